package io.lodestar.pmo.jira.checks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * Checks the built plugin jar: what Jira's plugin framework reads (descriptor, manifest headers),
 * what the OSGi resolver needs ({@code Import-Package} covering every host package the classes use)
 * and what must never be inside (host classes, the stand-in).
 */
final class BundleChecker {

  /** Packages the host provides: their classes inside the bundle shadow Jira's own. */
  static final List<String> HOST_PATHS =
      List.of(
          "com/atlassian/",
          "net/java/ao/",
          "jakarta/",
          "javax/servlet/",
          "javax/ws/rs/",
          "javax/inject/",
          "org/springframework/",
          "org/eclipse/gemini/",
          "org/osgi/",
          "org/slf4j/");

  /** Our own code, as it must appear in the jar's root. */
  static final String OWN_PATH = "io/lodestar/pmo/jira/";

  private final String jarName;
  private final String pluginKey;
  private final List<String> requiredEmbedded;
  private final Manifest manifest;
  private final Map<String, byte[]> root = new TreeMap<>();
  private final Map<String, Map<String, byte[]>> embedded = new LinkedHashMap<>();

  /**
   * @param requiredEmbedded file-name prefixes of the libraries that must be embedded, e.g. {@code
   *     lodestar-engine}
   */
  BundleChecker(Path jar, String pluginKey, List<String> requiredEmbedded) {
    this.jarName = jar.getFileName().toString();
    this.pluginKey = pluginKey;
    this.requiredEmbedded = List.copyOf(requiredEmbedded);
    try (JarFile file = new JarFile(jar.toFile())) {
      this.manifest = file.getManifest() == null ? new Manifest() : file.getManifest();
      for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          byte[] bytes = in.readAllBytes();
          root.put(entry.getName(), bytes);
          if (entry.getName().endsWith(".jar")) {
            embedded.put(entry.getName(), readJar(bytes));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }

  private static Map<String, byte[]> readJar(byte[] bytes) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bytes))) {
      for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  private String header(String name) {
    return manifest.getMainAttributes().getValue(new Attributes.Name(name));
  }

  // ---------------------------------------------------------------- checks

  /**
   * The host-neutral app is inlined: every class and resource of app's build output under the given
   * top-level folders is at the bundle's root with the same bytes, and no app jar is embedded
   * beside it (that would put its classes on the class path twice).
   *
   * @param appRoot app's compiled classes and resources (a directory)
   * @param folders the inlined top-level folders, e.g. {@code io}, {@code templates}
   */
  List<String> inlinedAppProblems(java.nio.file.Path appRoot, List<String> folders) {
    List<String> problems = new ArrayList<>();
    int seen = 0;
    for (String folder : folders) {
      java.nio.file.Path start = appRoot.resolve(folder);
      if (!java.nio.file.Files.isDirectory(start)) {
        problems.add("app has no " + folder + "/ to inline (" + appRoot + ")");
        continue;
      }
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(start)) {
        for (java.nio.file.Path file :
            files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
          String entry = appRoot.relativize(file).toString().replace('\\', '/');
          seen++;
          byte[] inJar = root.get(entry);
          if (inJar == null) {
            problems.add(jarName + " lacks app's " + entry);
          } else if (!java.util.Arrays.equals(inJar, java.nio.file.Files.readAllBytes(file))) {
            problems.add(jarName + " holds a different " + entry + " than app's build");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (seen == 0) {
      problems.add("nothing of app found to compare under " + appRoot);
    }
    for (String name : embedded.keySet()) {
      if (name.substring(name.lastIndexOf('/') + 1).startsWith("lodestar-app")) {
        problems.add(jarName + " embeds " + name + " as a jar: app must be inlined, not both");
      }
    }
    return problems;
  }

  /** {@code atlassian-plugin.xml} at the root, its key filtered to the real key. */
  List<String> descriptorProblems() {
    List<String> problems = new ArrayList<>();
    byte[] descriptor = root.get(PluginDescriptor.FILE_NAME);
    if (descriptor == null) {
      problems.add(jarName + " has no " + PluginDescriptor.FILE_NAME + " at its root");
      return problems;
    }
    Element plugin = Xml.parse(new ByteArrayInputStream(descriptor), false).getDocumentElement();
    String key = plugin.getAttribute("key");
    if (!pluginKey.equals(key)) {
      problems.add(PluginDescriptor.FILE_NAME + " has key \"" + key + "\", not " + pluginKey);
    }
    for (Element e : Xml.descendants(plugin)) {
      for (String attribute : List.of("key", "name")) {
        if (e == plugin && e.getAttribute(attribute).contains("${")) {
          problems.add(
              PluginDescriptor.FILE_NAME
                  + " was not filtered: "
                  + attribute
                  + "="
                  + e.getAttribute(attribute));
        }
      }
      if ("version".equals(Xml.name(e)) && Xml.text(e).contains("${")) {
        problems.add(PluginDescriptor.FILE_NAME + " was not filtered: version " + Xml.text(e));
      }
      if ("resource".equals(Xml.name(e)) && e.hasAttribute("location")) {
        String location = e.getAttribute("location").trim().replaceFirst("^/+", "");
        boolean i18n = "i18n".equals(e.getAttribute("type"));
        String entry =
            i18n
                ? (location.contains("/") ? location : location.replace('.', '/')) + ".properties"
                : location;
        boolean host =
            DescriptorChecker.HOST_RESOURCE_PREFIXES.stream().anyMatch(location::startsWith);
        boolean present =
            entry.endsWith("/")
                ? root.keySet().stream().anyMatch(n -> n.startsWith(entry))
                : root.containsKey(entry);
        if (!location.contains(":") && !host && !present) {
          problems.add(
              PluginDescriptor.FILE_NAME + " names " + entry + ", which is not in the jar");
        }
      }
    }
    return problems;
  }

  /** The headers Jira reads, and no export of our packages. */
  List<String> manifestProblems() {
    List<String> problems = new ArrayList<>();
    expect("Atlassian-Plugin-Key", pluginKey, problems);
    String symbolicName = header("Bundle-SymbolicName");
    String bsn = symbolicName == null ? null : symbolicName.split(";")[0].trim();
    if (!pluginKey.equals(bsn)) {
      problems.add("Bundle-SymbolicName is " + symbolicName + ", not " + pluginKey);
    }
    expect("Bundle-ManifestVersion", "2", problems);
    if (header("Bundle-Version") == null) {
      problems.add("the manifest has no Bundle-Version");
    }
    String springContext = header("Spring-Context");
    if (springContext == null || springContext.isBlank()) {
      problems.add("the manifest has no Spring-Context: the plugin's Spring XML would never load");
    } else if (root.keySet().stream().noneMatch(n -> n.matches("META-INF/spring/[^/]+\\.xml"))) {
      problems.add("Spring-Context is set but there is no META-INF/spring/*.xml in the jar");
    }
    for (OsgiHeaders.Clause export : OsgiHeaders.parse(header("Export-Package"))) {
      if (export.name().startsWith("io.lodestar.")) {
        problems.add("Export-Package exports " + export.name() + ": Lodestar exports nothing");
      }
    }
    return problems;
  }

  private void expect(String name, String value, List<String> problems) {
    String actual = header(name);
    if (!value.equals(actual == null ? null : actual.trim())) {
      problems.add("manifest header " + name + " is " + actual + ", not " + value);
    }
  }

  /** Test libraries whose packages the shipped bundle must never import. */
  static final List<String> TEST_LIBRARY_PACKAGES =
      List.of("org.junit", "org.mockito", "org.assertj", "net.jqwik", "org.opentest4j");

  /**
   * No test code ships: no entry of app's compiled tests at the jar root, and no import of a test
   * library (a test-jar matched by an inline rule brings both).
   *
   * @param appTestRoot app's compiled test classes (a directory; skipped when absent)
   */
  List<String> testCodeProblems(java.nio.file.Path appTestRoot) {
    List<String> problems = new ArrayList<>();
    if (java.nio.file.Files.isDirectory(appTestRoot)) {
      try (java.util.stream.Stream<java.nio.file.Path> files =
          java.nio.file.Files.walk(appTestRoot)) {
        files
            .filter(java.nio.file.Files::isRegularFile)
            .map(f -> appTestRoot.relativize(f).toString().replace('\\', '/'))
            .filter(root::containsKey)
            .forEach(e -> problems.add(jarName + " contains app test code " + e));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    for (OsgiHeaders.Clause clause : OsgiHeaders.parse(header("Import-Package"))) {
      for (String library : TEST_LIBRARY_PACKAGES) {
        if (clause.name().equals(library) || clause.name().startsWith(library + ".")) {
          problems.add("Import-Package names test library package " + clause.name());
        }
      }
    }
    return problems;
  }

  /** No host class at the root or in an embedded jar. */
  List<String> hostClassProblems() {
    List<String> problems = new ArrayList<>();
    for (String name : root.keySet()) {
      hostPath(name)
          .ifPresent(
              p -> problems.add(jarName + " contains host class " + name + " (" + p + "**)"));
    }
    embedded.forEach(
        (jar, entries) -> {
          for (String name : entries.keySet()) {
            hostPath(name)
                .ifPresent(
                    p -> problems.add(jar + " inside " + jarName + " contains host class " + name));
          }
        });
    return problems;
  }

  private static java.util.Optional<String> hostPath(String entry) {
    return HOST_PATHS.stream()
        .filter(p -> entry.startsWith(p) && entry.endsWith(".class"))
        .findFirst();
  }

  /** The required libraries are embedded and on the Bundle-ClassPath; the stand-in is not. */
  List<String> embeddingProblems() {
    List<String> problems = new ArrayList<>();
    List<String> classPath =
        OsgiHeaders.parse(header("Bundle-ClassPath")).stream()
            .map(OsgiHeaders.Clause::name)
            .toList();
    if (classPath.isEmpty()) {
      classPath = List.of(".");
    }
    if (!classPath.contains(".")) {
      problems.add("Bundle-ClassPath " + classPath + " leaves out '.', where our classes are");
    }
    for (String entry : classPath) {
      if (!".".equals(entry) && !embedded.containsKey(entry)) {
        problems.add("Bundle-ClassPath names " + entry + ", which is not in the jar");
      }
    }
    for (String library : requiredEmbedded) {
      boolean present =
          classPath.stream().anyMatch(e -> e.substring(e.lastIndexOf('/') + 1).startsWith(library));
      if (!present) {
        problems.add(library + " is not embedded on the Bundle-ClassPath " + classPath);
      }
    }
    for (String name : root.keySet()) {
      if (name.contains("jira-api-standin") || name.contains("standin")) {
        problems.add(jarName + " contains the compile-only stand-in: " + name);
      }
    }
    String embeddedArtifacts = header("Embedded-Artifacts");
    if (embeddedArtifacts != null && embeddedArtifacts.contains("standin")) {
      problems.add("Embedded-Artifacts lists the stand-in: " + embeddedArtifacts);
    }
    return problems;
  }

  /**
   * Every package our own classes use, and every host package any class uses (embedded libraries
   * included), is imported unless it is {@code java.*} or inside the bundle (bnd computes it; a
   * hand-written Import-Package or a mis-scoped dependency breaks it); what our own code needs is
   * not imported optionally; nothing of ours inside the bundle is imported.
   */
  /**
   * Every class the descriptor names (module classes, searchers, context providers, conditions, AO
   * entities, upgrade tasks) must be loadable by the bundle: inside it, or in a package it imports.
   * bnd computes imports from bytecode only, so a host class named only in XML (such as a system
   * searcher) needs an explicit import.
   */
  List<String> descriptorClassProblems() {
    List<String> problems = new ArrayList<>();
    byte[] descriptor = root.get(PluginDescriptor.FILE_NAME);
    if (descriptor == null) {
      return problems;
    }
    Set<String> imports = new TreeSet<>();
    for (OsgiHeaders.Clause clause : OsgiHeaders.parse(header("Import-Package"))) {
      imports.add(clause.name());
    }
    Element plugin = Xml.parse(new ByteArrayInputStream(descriptor), false).getDocumentElement();
    Set<String> named = new TreeSet<>();
    for (Element e : Xml.descendants(plugin)) {
      String element = Xml.name(e);
      if (e.hasAttribute("class") && !"web-resource".equals(element)) {
        named.add(e.getAttribute("class").trim());
      }
      if ("entity".equals(element) || "upgradeTask".equals(element)) {
        named.add(Xml.text(e).trim());
      }
    }
    for (String className : named) {
      if (className.isEmpty() || className.startsWith("java.")) {
        continue;
      }
      String entry = className.replace('.', '/') + ".class";
      String pkg =
          className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : "";
      if (root.containsKey(entry)) {
        continue;
      }
      if (!imports.contains(pkg) && !importedByWildcard(pkg, imports)) {
        problems.add(
            PluginDescriptor.FILE_NAME
                + " names "
                + className
                + ", which is neither in the bundle nor in an imported package");
      }
    }
    return problems;
  }

  List<String> importProblems() {
    List<String> problems = new ArrayList<>();
    Map<String, OsgiHeaders.Clause> imports = new TreeMap<>();
    for (OsgiHeaders.Clause clause : OsgiHeaders.parse(header("Import-Package"))) {
      imports.put(clause.name(), clause);
    }
    Map<String, byte[]> classes = new TreeMap<>();
    root.forEach(
        (name, bytes) -> {
          if (isClass(name)) {
            classes.put(name, bytes);
          }
        });
    embedded.forEach(
        (jar, entries) ->
            entries.forEach(
                (name, bytes) -> {
                  if (isClass(name)) {
                    classes.put(jar + "!" + name, bytes);
                  }
                }));
    Set<String> inside = new TreeSet<>();
    classes.keySet().forEach(name -> inside.add(packageOf(name.substring(name.indexOf('!') + 1))));
    Map<String, Set<String>> usedBy = new TreeMap<>();
    classes.forEach(
        (name, bytes) -> {
          for (String pkg : ClassReferences.packagesOf(bytes)) {
            usedBy.computeIfAbsent(pkg, k -> new TreeSet<>()).add(name);
          }
        });
    usedBy.forEach(
        (pkg, users) -> {
          boolean ours = users.stream().anyMatch(u -> u.startsWith(OWN_PATH));
          if (pkg.startsWith("java.") || inside.contains(pkg) || !(ours || isHostPackage(pkg))) {
            // an embedded library's own needs (optional, or CLASS-retention annotations such as
            // SpotBugs') are bnd's business; ours and every host package are checked
            return;
          }
          OsgiHeaders.Clause clause = imports.get(pkg);
          String user =
              users.iterator().next()
                  + (users.size() > 1 ? " and " + (users.size() - 1) + " more" : "");
          if (clause == null && !importedByWildcard(pkg, imports.keySet())) {
            problems.add(
                "package "
                    + pkg
                    + " is used by "
                    + user
                    + " but neither imported nor in the bundle");
          } else if (clause != null
              && clause.isOptional()
              && users.stream().anyMatch(u -> u.startsWith(OWN_PATH))) {
            problems.add(
                "package " + pkg + " is used by our own " + user + " but imported optionally");
          }
        });
    for (String pkg : imports.keySet()) {
      if (inside.contains(pkg) && pkg.startsWith("io.lodestar.")) {
        problems.add("Import-Package imports " + pkg + ", which is inside the bundle");
      }
    }
    return problems;
  }

  private static boolean isHostPackage(String pkg) {
    String path = pkg.replace('.', '/') + "/";
    return HOST_PATHS.stream().anyMatch(path::startsWith);
  }

  private static boolean importedByWildcard(String pkg, Set<String> imports) {
    return imports.stream()
        .filter(i -> i.endsWith(".*"))
        .anyMatch(i -> pkg.startsWith(i.substring(0, i.length() - 1)));
  }

  private static boolean isClass(String name) {
    return name.endsWith(".class")
        && !name.startsWith("META-INF/")
        && !name.endsWith("module-info.class")
        && !name.endsWith("package-info.class");
  }

  private static String packageOf(String classEntry) {
    int slash = classEntry.lastIndexOf('/');
    return slash < 0 ? "" : classEntry.substring(0, slash).replace('/', '.');
  }

  List<String> problems() {
    return List.of(
            descriptorProblems(),
            manifestProblems(),
            hostClassProblems(),
            embeddingProblems(),
            importProblems(),
            descriptorClassProblems())
        .stream()
        .flatMap(List::stream)
        .collect(Collectors.toList());
  }
}
