package com.atlassian.sal.api.lifecycle;

/**
 * Stand-in for SAL's plugin lifecycle callback (export the bean as an OSGi service of this type).
 * Checked against https://docs.atlassian.com/sal-api/
 * (com.atlassian.sal.api.lifecycle.LifecycleAware) [unverified].
 */
public interface LifecycleAware {
  void onStart();

  void onStop();
}
