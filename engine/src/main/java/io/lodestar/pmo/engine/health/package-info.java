/**
 * Rule-based RAG health: named rules per dimension returning results with message keys, DOMAIN.md
 * presets, worst-of or weighted combination, overrides with a reason and an expiry.
 */
package io.lodestar.pmo.engine.health;
