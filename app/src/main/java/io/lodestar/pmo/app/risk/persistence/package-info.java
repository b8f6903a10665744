/**
 * The stored text forms of risk configuration (scoring models, field mappings), one format for
 * every host: Jira's Active Objects stores and the sandbox's SQL stores write and read the same
 * text through these codecs, and a row that cannot be read fails with {@link
 * io.lodestar.pmo.app.shared.persistence.StoredDataException}.
 */
package io.lodestar.pmo.app.risk.persistence;
