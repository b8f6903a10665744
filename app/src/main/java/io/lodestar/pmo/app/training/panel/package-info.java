/**
 * The issue panel "Qualification" and the calculated value "Lodestar qualification" (issue 10): the
 * view models both hosts render, built from the engine's qualification check.
 */
package io.lodestar.pmo.app.training.panel;
