/**
 * Applying templates: dry run, all-or-nothing apply with a plan fingerprint, new projects from a
 * template (issue 9).
 */
package io.lodestar.pmo.app.standardization.apply;
