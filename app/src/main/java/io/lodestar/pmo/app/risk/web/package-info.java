/**
 * The risk register's pages: page controllers (resolve, authorise, validate, call the engine) and
 * the immutable view models the Velocity templates under {@code templates/risk/} receive, plus the
 * servlets that host them ({@code jakarta.servlet} only). Every method a template calls is on the
 * descriptor's Velocity allow-list, checked by jira-plugin's {@code VelocityAllowlistTest}.
 */
package io.lodestar.pmo.app.risk.web;
