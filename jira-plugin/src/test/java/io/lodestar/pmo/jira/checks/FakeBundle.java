package io.lodestar.pmo.jira.checks;

import io.lodestar.pmo.jira.checks.fixtures.bundle.FixtureEngineValue;
import io.lodestar.pmo.jira.checks.fixtures.bundle.FixtureHostUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A small plugin jar built in a test, well-formed until a test breaks one thing in it: the fixture
 * BundleCheckerTest proves {@link BundleChecker} on.
 */
final class FakeBundle {

  static final String KEY = "io.lodestar.fixture";
  static final String ENGINE_JAR = "lodestar-engine-1.0.jar";
  static final String CSV_JAR = "commons-csv-1.14.1.jar";

  private final Map<String, String> headers = new LinkedHashMap<>();
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  static FakeBundle wellFormed() {
    FakeBundle bundle = new FakeBundle();
    bundle.headers.put("Manifest-Version", "1.0");
    bundle.headers.put("Bundle-ManifestVersion", "2");
    bundle.headers.put("Bundle-SymbolicName", KEY + ";singleton:=true");
    bundle.headers.put("Bundle-Version", "1.0.0");
    bundle.headers.put("Atlassian-Plugin-Key", KEY);
    bundle.headers.put("Spring-Context", "*");
    bundle.headers.put("Bundle-ClassPath", ".," + ENGINE_JAR + "," + CSV_JAR);
    bundle.headers.put(
        "Import-Package",
        "com.atlassian.annotations.security,jakarta.ws.rs;version=\"[3.1,4)\","
            + "org.springframework.osgi.*;resolution:=\"optional\","
            + "org.eclipse.gemini.blueprint.*;resolution:=\"optional\"");
    bundle.put(PluginDescriptor.FILE_NAME, descriptor(KEY, "1.0.0"));
    bundle.put("templates/fixture/panel.vm", "<p>$panel.title()</p>");
    bundle.put("i18n/lodestar.properties", "lodestar.fixture.title=Title");
    bundle.put("META-INF/spring/lodestar-host-services.xml", "<beans/>");
    bundle.entries.put(classEntry(FixtureHostUser.class), classBytes(FixtureHostUser.class));
    bundle.entries.put(
        ENGINE_JAR,
        jar(Map.of(classEntry(FixtureEngineValue.class), classBytes(FixtureEngineValue.class))));
    bundle.entries.put(
        CSV_JAR,
        jar(Map.of("META-INF/LICENSE.txt", "Apache-2.0".getBytes(StandardCharsets.UTF_8))));
    return bundle;
  }

  static String descriptor(String key, String version) {
    return "<atlassian-plugin key=\""
        + key
        + "\" name=\"Fixture\" plugins-version=\"2\">"
        + "<plugin-info><version>"
        + version
        + "</version></plugin-info>"
        + "<resource type=\"i18n\" name=\"i18n\" location=\"i18n/lodestar\"/>"
        + "<web-panel key=\"panel\" location=\"atl.jira.view.issue.right.context\">"
        + "<resource type=\"velocity\" name=\"view\" location=\"templates/fixture/panel.vm\"/>"
        + "</web-panel></atlassian-plugin>";
  }

  FakeBundle header(String name, String value) {
    if (value == null) {
      headers.remove(name);
    } else {
      headers.put(name, value);
    }
    return this;
  }

  FakeBundle put(String entry, String text) {
    entries.put(entry, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  FakeBundle put(String entry, byte[] bytes) {
    entries.put(entry, bytes);
    return this;
  }

  FakeBundle remove(String entry) {
    entries.remove(entry);
    return this;
  }

  Path writeTo(Path dir) {
    Manifest manifest = new Manifest();
    headers.forEach((k, v) -> manifest.getMainAttributes().put(new Attributes.Name(k), v));
    Path jar = dir.resolve("lodestar-jira-plugin-fixture.jar");
    try (OutputStream out = Files.newOutputStream(jar)) {
      out.write(jar(manifest, entries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  static byte[] jar(Map<String, byte[]> content) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    return jar(manifest, content);
  }

  private static byte[] jar(Manifest manifest, Map<String, byte[]> content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
      for (Map.Entry<String, byte[]> e : content.entrySet()) {
        out.putNextEntry(new JarEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String classEntry(Class<?> type) {
    return type.getName().replace('.', '/') + ".class";
  }

  static byte[] classBytes(Class<?> type) {
    try (InputStream in = type.getClassLoader().getResourceAsStream(classEntry(type))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
