package com.atlassian.templaterenderer;

/**
 * Stand-in for the template renderer's exception. Checked against
 * https://docs.atlassian.com/atlassian-template-renderer/
 * (com.atlassian.templaterenderer.RenderingException) [unverified: superclass].
 */
public class RenderingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RenderingException(String message) {
    super(message);
  }

  public RenderingException(Throwable cause) {
    super(cause);
  }

  public RenderingException(String message, Throwable cause) {
    super(message, cause);
  }
}
