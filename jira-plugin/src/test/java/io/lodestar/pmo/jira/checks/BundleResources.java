package io.lodestar.pmo.jira.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The resources a bundle is built from, under one or more root directories searched in order: the
 * plugin's own ({@code target/classes}: descriptor, Spring XML) and the embedded app's (templates,
 * i18n, JS, CSS), which the bundle carries inline at its root.
 */
record BundleResources(List<Path> roots) {

  BundleResources {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("no resource root");
    }
    roots = List.copyOf(roots);
  }

  BundleResources(Path root) {
    this(List.of(root));
  }

  static BundleResources ofPlugin() {
    return new BundleResources(List.of(BuildPaths.bundleResourceRoot(), BuildPaths.appRoot()));
  }

  /**
   * A bundle-relative location ({@code templates/x.vm}, {@code /templates/x.vm}, {@code images/}).
   */
  boolean exists(String location) {
    String relative = strip(location);
    for (Path root : roots) {
      Path p = root.resolve(relative);
      if (relative.endsWith("/") ? Files.isDirectory(p) : Files.isRegularFile(p)) {
        return true;
      }
    }
    return false;
  }

  /** The file of a location: in the first root that has it, else under the first root. */
  Path resolve(String location) {
    String relative = strip(location);
    for (Path root : roots) {
      if (Files.exists(root.resolve(relative))) {
        return root.resolve(relative);
      }
    }
    return roots.get(0).resolve(relative);
  }

  /** The roots as a Velocity file loader path (comma-separated, searched in order). */
  String loaderPath() {
    return String.join(",", roots.stream().map(Path::toString).toList());
  }

  /**
   * Every file under {@code dir} whose name ends with {@code suffix}, as root-relative paths, over
   * all roots.
   */
  List<String> list(String dir, String suffix) {
    TreeSet<String> found = new TreeSet<>();
    for (Path root : roots) {
      Path start = root.resolve(dir);
      if (!Files.isDirectory(start)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(start)) {
        files
            .filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().endsWith(suffix))
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ArrayList<>(found);
  }

  private static String strip(String location) {
    String l = location.trim();
    while (l.startsWith("/")) {
      l = l.substring(1);
    }
    return l;
  }
}
