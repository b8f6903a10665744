package io.lodestar.pmo.jira.checks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the checks find the plugin's build output and sources. Surefire and failsafe run with the
 * module directory ({@code jira-plugin/}) as working directory and set {@code basedir}; both are
 * honoured so that the checks also run from an IDE.
 */
final class BuildPaths {

  private BuildPaths() {}

  static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return (basedir != null ? Paths.get(basedir) : Paths.get("")).toAbsolutePath().normalize();
  }

  /** {@code target/classes}: compiled classes plus the (filtered) bundle resources. */
  static Path targetClasses() {
    return moduleDir().resolve("target/classes");
  }

  static Path mainResources() {
    return moduleDir().resolve("src/main/resources");
  }

  /**
   * The root the bundle's resources are read from: {@code target/classes} once Maven has processed
   * the resources (so the descriptor is the filtered one), else {@code src/main/resources}.
   */
  static Path bundleResourceRoot() {
    return Files.isRegularFile(targetClasses().resolve(PluginDescriptor.FILE_NAME))
        ? targetClasses()
        : mainResources();
  }

  static boolean descriptorIsFiltered() {
    return bundleResourceRoot().equals(targetClasses());
  }

  static Path pluginJavaSources() {
    return moduleDir().resolve("src/main/java");
  }

  static Path engineJavaSources() {
    return moduleDir().resolveSibling("engine").resolve("src/main/java");
  }

  /** The classes directory (or jar) a class was loaded from, e.g. {@code target/test-classes}. */
  static Path classesDirOf(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code src/test/resources/fixtures}: the small bad (and good) inputs the checkers are proven
   * on.
   */
  static Path fixtures() {
    return moduleDir().resolve("src/test/resources/fixtures");
  }
}
