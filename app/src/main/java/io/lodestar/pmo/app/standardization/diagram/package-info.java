/**
 * Server-side drawing of a workflow template: an SVG diagram (statuses as nodes grouped left to
 * right by status category, transitions as labelled arrows) and the accessible table beside it,
 * both escaped where they are built. Pure Java, no browser script.
 */
package io.lodestar.pmo.app.standardization.diagram;
