package io.lodestar.pmo.jira.checks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles fixture sources at test time, against the JDK only: fixtures that misuse host types
 * bring stubs of those types, so that they neither need the stand-in nor end up in test-classes.
 */
final class FixtureCompiler {

  private FixtureCompiler() {}

  /** Compiles every {@code .java} under {@code sourceRoot}; returns the classes directory. */
  static Path compile(Path sourceRoot) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("the architecture fixtures need a JDK, not a JRE");
    }
    try (Stream<Path> walk = Files.walk(sourceRoot);
        StandardJavaFileManager files =
            compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<File> sources =
          walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).sorted().toList();
      Path out = Files.createTempDirectory("lodestar-fixtures");
      Path emptyClassPath = Files.createTempDirectory("lodestar-fixtures-cp");
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      boolean ok =
          compiler
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of(
                      "--release",
                      "17",
                      "-proc:none",
                      "-d",
                      out.toString(),
                      "--class-path",
                      emptyClassPath.toString()),
                  null,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
      if (!ok) {
        throw new IllegalStateException(
            "fixtures do not compile:\n"
                + diagnostics.getDiagnostics().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining("\n")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
