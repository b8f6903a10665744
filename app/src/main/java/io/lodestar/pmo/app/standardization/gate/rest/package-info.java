/** REST of stage gates: {@code /rest/lodestar/1.0/projects/{projectKey}/gate}. */
package io.lodestar.pmo.app.standardization.gate.rest;
