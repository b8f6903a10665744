/**
 * Versioned templates: workflow templates per issue type, project rules, artifact rules (JQL
 * counts), scheme bindings and the compliance threshold. Editing a template makes a new immutable
 * {@link io.lodestar.pmo.engine.standardization.template.TemplateVersion}; a project follows one
 * version ({@link io.lodestar.pmo.engine.standardization.template.TemplateAssignment}) and moves to
 * a newer one with a {@link io.lodestar.pmo.engine.standardization.template.TemplateDiff}.
 */
package io.lodestar.pmo.engine.standardization.template;
