/**
 * The sandbox's own pages (landing, login, outbox, API docs, browse), which stand in for Jira's
 * surfaces around the app's pages.
 */
package io.lodestar.pmo.sandbox.shared.web;
