/**
 * The sandbox's embedded H2 database: {@link io.lodestar.pmo.sandbox.shared.store.SandboxStore}
 * (open a data directory, run work in a transaction) and the versioned schema migrations under
 * {@code db/migration/}.
 */
package io.lodestar.pmo.sandbox.shared.store;
