/**
 * Escaped XML, SVG and HTML markup written from code: the portfolio charts, the workflow diagram.
 */
package io.lodestar.pmo.app.shared.markup;
