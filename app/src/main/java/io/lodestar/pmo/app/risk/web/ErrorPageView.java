package io.lodestar.pmo.app.risk.web;

/**
 * A refusal page: why the user cannot see what they asked for.
 *
 * @param title the heading, translated
 * @param message the explanation, translated
 */
public record ErrorPageView(String title, String message) {}
