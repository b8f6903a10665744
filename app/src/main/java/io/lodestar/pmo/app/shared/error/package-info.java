/**
 * Failures a request can end in, each carrying text already resolved for the user and mapped to one
 * HTTP status by {@link io.lodestar.pmo.app.shared.rest.LodestarExceptionMapper}. They never carry
 * a stack trace to the client.
 */
package io.lodestar.pmo.app.shared.error;
