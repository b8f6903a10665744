/**
 * The portfolio layer on the sandbox: SQL adapters of the engine's and the app's portfolio ports
 * and the in-memory rollup index built from the sandbox's issues.
 */
package io.lodestar.pmo.sandbox.portfolio;
