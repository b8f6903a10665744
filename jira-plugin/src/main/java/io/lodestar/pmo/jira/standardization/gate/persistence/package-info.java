/** Active Objects storage of stage gates: the current phase of each project. */
package io.lodestar.pmo.jira.standardization.gate.persistence;
