/**
 * The deterministic demo portfolio ({@link io.lodestar.pmo.sandbox.demo.DemoData}), its field ids
 * and mapping ({@link io.lodestar.pmo.sandbox.demo.DemoFields}) and the demo log-ins ({@link
 * io.lodestar.pmo.sandbox.demo.DemoAccounts}).
 */
package io.lodestar.pmo.sandbox.demo;
