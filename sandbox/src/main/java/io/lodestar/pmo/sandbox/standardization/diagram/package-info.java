/**
 * The sandbox's "Workflow template preview" page: the demo's built-in workflow templates drawn by
 * {@link io.lodestar.pmo.app.standardization.diagram.WorkflowDiagram} (SVG and table), until the
 * template editor shows the diagram of the template being edited.
 */
package io.lodestar.pmo.sandbox.standardization.diagram;
