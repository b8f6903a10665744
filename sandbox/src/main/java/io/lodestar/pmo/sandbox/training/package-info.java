/**
 * The sandbox's training adapters (issue 10): the SQL store of schema V12, the issue reads of the
 * qualification check, the issue navigator's "Lodestar qualification" filter, the expiry reminder's
 * scheduler and the demo's skills, certificates and courses.
 */
package io.lodestar.pmo.sandbox.training;
