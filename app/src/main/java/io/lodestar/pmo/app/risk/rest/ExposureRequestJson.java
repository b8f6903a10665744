package io.lodestar.pmo.app.risk.rest;

/**
 * Body of {@code POST /projects/{key}/risks/exposure}. Every member is optional.
 *
 * @param trials 1..100,000, and at most 50,000,000 ÷ (risks simulated); default 10,000, which
 *     always fits, since at most 5,000 risks are simulated
 * @param seed any whole number; default: a fresh random seed, echoed in the result
 * @param distribution {@code triangular} or {@code pert}; default {@code pert}
 * @param state whose probability to simulate: {@code inherent}, {@code residual} or {@code current}
 *     (residual when rated, else inherent); default {@code current}
 */
public record ExposureRequestJson(String trials, String seed, String distribution, String state) {}
