/**
 * The global page "Resources → Skills & certifications" ({@code
 * /plugins/servlet/lodestar/training}): the catalog, certificates with their expiry, the expiring
 * soon list and a team's competency matrix, each limited to what the viewer may see.
 */
package io.lodestar.pmo.app.training.web;
