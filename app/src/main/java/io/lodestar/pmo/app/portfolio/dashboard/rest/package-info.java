/**
 * REST of the dashboard item "Lodestar portfolio health" under {@code /rest/lodestar/1.0}: an
 * item's configuration, for the owner of its dashboard. Thin: authorise → validate → call {@code
 * HealthItemConfigs} → map to JSON. Sandbox only until the item's port has a Jira adapter.
 */
package io.lodestar.pmo.app.portfolio.dashboard.rest;
