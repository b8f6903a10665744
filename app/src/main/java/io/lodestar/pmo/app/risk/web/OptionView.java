package io.lodestar.pmo.app.risk.web;

/**
 * One choice of a filter drop-down.
 *
 * @param value the request parameter value
 * @param label what the user sees
 * @param selected whether it is the current choice
 */
public record OptionView(String value, String label, boolean selected) {}
