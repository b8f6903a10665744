/**
 * The training REST API under {@code /rest/lodestar/1.0/training} (catalog, people's certificates
 * and enrolments, plans, the competency matrix, an issue's qualification) and {@code
 * /rest/lodestar/1.0/admin/training} (a person's data exported and erased on request). Reads need a
 * signed-in user; personal data is checked by {@link io.lodestar.pmo.app.training.TrainingAccess};
 * writes are XSRF-protected by the shared filter, versioned (409 when stale) and audited.
 */
package io.lodestar.pmo.app.training.rest;
