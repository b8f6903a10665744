/**
 * Active Objects storage of standardization: template versions, project assignments, compliance
 * scans and their results, behind the app's ports ({@code TemplateStore}, {@code AssignmentStore},
 * {@code ScanRecords}).
 */
package io.lodestar.pmo.jira.standardization.persistence;
