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

  static Path appJavaSources() {
    return moduleDir().resolveSibling("app").resolve("src/main/java");
  }

  /**
   * The embedded app's compiled classes and resources (templates, i18n, JS, CSS): its {@code
   * target/classes} in a reactor build; when app comes from a repository as a jar, the jar's
   * content unpacked once under {@code target/app-content}.
   */
  static Path appRoot() {
    // failsafe names app's artifact; on its class path app's classes could also be found inside
    // the plugin jar itself (inlined), which must never be what the jar is compared with
    String named = System.getProperty("lodestar.appArtifact", "");
    Path location =
        named.isBlank() || named.startsWith("${")
            ? classesDirOf(io.lodestar.pmo.app.shared.host.Texts.class)
            : Paths.get(named);
    if (Files.isDirectory(location)) {
      return location;
    }
    Path target = moduleDir().resolve("target/app-content");
    Path stamp = target.resolve(".unpacked-from");
    try {
      String from = location + " " + Files.getLastModifiedTime(location).toMillis();
      if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(from)) {
        return target; // this jar is unpacked already: checks call this once per question
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
      deleteTree(target); // another jar's entries must not linger
      for (java.util.jar.JarEntry entry : java.util.Collections.list(jar.entries())) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target) || entry.isDirectory()) {
          continue;
        }
        Files.createDirectories(out.getParent());
        try (java.io.InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.writeString(stamp, location + " " + Files.getLastModifiedTime(location).toMillis());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return target;
  }

  static Path engineJavaSources() {
    return moduleDir().resolveSibling("engine").resolve("src/main/java");
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
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
