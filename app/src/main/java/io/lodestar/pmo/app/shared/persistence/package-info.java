/**
 * Storage formats shared by every host: the properties-like text of structured configuration
 * columns and the error raised when a stored row cannot be read.
 */
package io.lodestar.pmo.app.shared.persistence;
