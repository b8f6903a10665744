/**
 * Training and development (issue 10): a hierarchical skills catalog with levels 1–5, person skills
 * with their source and date, competency matrices, certification types and person certifications
 * with validity, requirements on work and the qualification check of an assignee <b>for the dates
 * of the work</b> as named policies, courses, sessions and enrolments (attending reserves capacity
 * as a training absence; passing grants skills and certifications), training plans and the
 * selection of certification expiry reminders.
 */
package io.lodestar.pmo.engine.training;
