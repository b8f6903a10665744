package io.lodestar.pmo.app.risk.web;

/**
 * The register's owner filter as a user picker: the field shows a display name, the page's script
 * searches users as one types ({@code GET users/picker}) and submits the login name of the user
 * picked. Without the script the field still works: the register accepts a login name or a display
 * name that names one user.
 *
 * @param username the login name of the owner filtered by; empty when none (or not resolved)
 * @param label what the field shows: the owner's display name, or the text as typed when it named
 *     no user
 * @param searchUrl the picker's REST search, with the project; the script adds {@code query}
 * @param minChars characters typed before the script searches
 */
public record OwnerPickerView(String username, String label, String searchUrl, int minChars) {}
