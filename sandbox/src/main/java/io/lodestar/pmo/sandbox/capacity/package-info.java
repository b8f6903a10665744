/**
 * The capacity ports on the sandbox database (schema V10 tables {@code cap_*} and {@code issue}).
 */
package io.lodestar.pmo.sandbox.capacity;
