package io.lodestar.pmo.jira.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The resources a bundle is built from, under one root directory. */
record BundleResources(Path root) {

  static BundleResources ofPlugin() {
    return new BundleResources(BuildPaths.bundleResourceRoot());
  }

  /**
   * A bundle-relative location ({@code templates/x.vm}, {@code /templates/x.vm}, {@code images/}).
   */
  boolean exists(String location) {
    String relative = strip(location);
    Path p = root.resolve(relative);
    return relative.endsWith("/") ? Files.isDirectory(p) : Files.isRegularFile(p);
  }

  Path resolve(String location) {
    return root.resolve(strip(location));
  }

  /** Every file under {@code dir} whose name ends with {@code suffix}, as root-relative paths. */
  List<String> list(String dir, String suffix) {
    Path start = root.resolve(dir);
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(start)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String strip(String location) {
    String l = location.trim();
    while (l.startsWith("/")) {
      l = l.substring(1);
    }
    return l;
  }
}
