package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.shared.host.WebResources;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sandbox's {@link WebResources}: collects the web-resource modules a page requires while the
 * request is served, for {@link DecoratorFilter} to add their CSS and JS to the decorated page's
 * head, as Jira's web-resource manager does. Outside a decorated request a requirement is ignored.
 */
public final class SandboxWebResources implements WebResources {

  // Per instance, not static; a page request runs on one thread.
  private final ThreadLocal<Set<String>> required = new ThreadLocal<>();

  @Override
  public void requireWebResource(String moduleKey) {
    Objects.requireNonNull(moduleKey, "moduleKey");
    Set<String> keys = required.get();
    if (keys != null) {
      keys.add(moduleKey);
    }
  }

  /** Starts collecting for the calling thread's request. */
  void begin() {
    required.set(new LinkedHashSet<>());
  }

  /**
   * Ends the calling thread's collection.
   *
   * @return the module keys required, in order of first requirement
   */
  List<String> finish() {
    Set<String> keys = required.get();
    required.remove();
    return keys == null ? List.of() : List.copyOf(keys);
  }
}
