package com.atlassian.plugin;

/**
 * Stand-in for the exception thrown while a module reads its descriptor parameters. Checked against
 * https://docs.atlassian.com/atlassian-plugins/ (com.atlassian.plugin.PluginParseException)
 * [unverified].
 */
public class PluginParseException extends PluginException {
  private static final long serialVersionUID = 1L;

  public PluginParseException() {}

  public PluginParseException(String message) {
    super(message);
  }

  public PluginParseException(String message, Throwable cause) {
    super(message, cause);
  }

  public PluginParseException(Throwable cause) {
    super(cause);
  }
}
