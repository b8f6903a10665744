package io.lodestar.pmo.jira.risk.rest;

/**
 * Body of {@code POST /projects/{key}/risks/exposure}. Every member is optional.
 *
 * @param trials 1..100,000; default 10,000
 * @param seed any whole number; default: a fresh random seed, echoed in the result
 * @param distribution {@code triangular} or {@code pert}; default {@code pert}
 */
public record ExposureRequestJson(String trials, String seed, String distribution) {}
