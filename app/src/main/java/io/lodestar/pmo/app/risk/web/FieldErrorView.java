package io.lodestar.pmo.app.risk.web;

/**
 * One rejected page parameter, shown beside its field.
 *
 * @param field the parameter's name
 * @param message why, translated
 */
public record FieldErrorView(String field, String message) {}
