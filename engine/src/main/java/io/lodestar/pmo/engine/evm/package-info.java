/**
 * Earned value and earned schedule (DOMAIN.md): pure calculators over cumulative inputs; undefined
 * figures are values with a reason, money is BigDecimal.
 */
package io.lodestar.pmo.engine.evm;
