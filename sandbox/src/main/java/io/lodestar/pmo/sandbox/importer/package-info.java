/**
 * Importing Jira exports (REST search JSON v2/v3, CSV "all fields") into the sandbox database, one
 * transaction per file, upserting by issue id: {@link
 * io.lodestar.pmo.sandbox.importer.JiraImporter}.
 */
package io.lodestar.pmo.sandbox.importer;
