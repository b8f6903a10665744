/** The one permission component every REST resource, page and panel goes through. */
package io.lodestar.pmo.app.shared.security;
