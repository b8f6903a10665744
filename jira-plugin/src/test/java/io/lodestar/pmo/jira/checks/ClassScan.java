package io.lodestar.pmo.jira.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Class look-ups by name, so that checks need no compile-time dependency on host types. */
final class ClassScan {

  private ClassScan() {}

  /** The classes compiled under any of {@code classesDirs} in {@code packageName} and below. */
  static List<Class<?>> classesIn(List<Path> classesDirs, String packageName, ClassLoader loader) {
    List<Class<?>> classes = new ArrayList<>();
    for (Path dir : classesDirs) {
      classes.addAll(classesIn(dir, packageName, loader));
    }
    return classes;
  }

  /** The classes compiled under {@code classesDir} in {@code packageName} and its sub-packages. */
  static List<Class<?>> classesIn(Path classesDir, String packageName, ClassLoader loader) {
    Path dir = classesDir.resolve(packageName.replace('.', '/'));
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String relative = classesDir.relativize(file).toString().replace('\\', '/');
        String name =
            relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        load(name, loader).ifPresent(classes::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }

  static Optional<Class<?>> load(String name, ClassLoader loader) {
    try {
      return Optional.of(Class.forName(name, false, loader));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** The names of the class, its superclasses and every interface it implements, transitively. */
  static Set<String> supertypeNames(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    collect(type, names);
    return names;
  }

  private static void collect(Class<?> type, Set<String> names) {
    if (type == null || !names.add(type.getName())) {
      return;
    }
    collect(type.getSuperclass(), names);
    for (Class<?> i : type.getInterfaces()) {
      collect(i, names);
    }
  }

  static Optional<Annotation> annotation(Class<?> type, String annotationName) {
    for (Annotation a : type.getDeclaredAnnotations()) {
      if (a.annotationType().getName().equals(annotationName)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  static boolean hasAnyAnnotation(Class<?> type, List<String> annotationNames) {
    return annotationNames.stream().anyMatch(n -> annotation(type, n).isPresent());
  }

  /** The annotation's {@code value()} as a string, or empty when it has none. */
  static Optional<String> value(Annotation annotation) {
    try {
      Object v = annotation.annotationType().getMethod("value").invoke(annotation);
      return Optional.ofNullable(v).map(Object::toString);
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }
}
