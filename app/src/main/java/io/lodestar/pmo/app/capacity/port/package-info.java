/** The host ports of the capacity views: capacity plans and absences, and the work on issues. */
package io.lodestar.pmo.app.capacity.port;
