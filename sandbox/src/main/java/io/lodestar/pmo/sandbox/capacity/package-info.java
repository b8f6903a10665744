/**
 * The capacity ports on the sandbox database (schema V11 tables {@code cap_*} and {@code issue}).
 */
package io.lodestar.pmo.sandbox.capacity;
