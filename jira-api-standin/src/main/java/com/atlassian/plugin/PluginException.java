package com.atlassian.plugin;

/**
 * Stand-in for the plugin framework's base runtime exception. Checked against
 * https://docs.atlassian.com/atlassian-plugins/ (com.atlassian.plugin.PluginException)
 * [unverified].
 */
public class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PluginException() {}

  public PluginException(String message) {
    super(message);
  }

  public PluginException(String message, Throwable cause) {
    super(message, cause);
  }

  public PluginException(Throwable cause) {
    super(cause);
  }
}
