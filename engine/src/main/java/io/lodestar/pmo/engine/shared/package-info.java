/**
 * Value types and ports shared by every engine feature. Nothing in the engine depends on Jira,
 * Active Objects, Spring, JAX-RS, servlets or JDBC.
 */
package io.lodestar.pmo.engine.shared;
