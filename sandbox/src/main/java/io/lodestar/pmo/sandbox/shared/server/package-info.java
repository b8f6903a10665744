/**
 * The embedded Jetty server that hosts app's REST resources (Jersey), servlets and Velocity
 * templates, with a small stand-in of Jira's page decorator and web-resource downloads.
 */
package io.lodestar.pmo.sandbox.shared.server;
