package com.atlassian.activeobjects.external;

/**
 * Stand-in for the exception of {@code ActiveObjects.getFastCountEstimate}. Checked against
 * PLATFORM.md §2.1 (decompiled AO delegate) [unverified: superclass, constructors].
 */
public class FailedFastCountException extends Exception {
  private static final long serialVersionUID = 1L;

  public FailedFastCountException(String message) {
    super(message);
  }
}
