package io.lodestar.pmo.jira.checks;

import static io.lodestar.pmo.jira.checks.Problems.assertNone;
import static io.lodestar.pmo.jira.checks.Problems.assertReported;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.jira.checks.fixtures.bundle.FixtureEngineValue;
import io.lodestar.pmo.jira.checks.fixtures.bundle.FixtureHostUser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Proves {@link BundleChecker}, which {@link BundleContentsIT} runs on the real jar after {@code
 * package}, on small jars built here: well-formed, then broken one way at a time.
 */
public class BundleCheckerTest {

  private static final List<String> REQUIRED = List.of("lodestar-engine", "commons-csv");

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void check_shouldFindNothing_whenBundleIsWellFormed() {
    assertNone("well-formed fake bundle", check(FakeBundle.wellFormed()));
  }

  @Test
  public void descriptorCheck_shouldReport_whenKeyIsUnfilteredOrWrong_orResourceMissing() {
    List<String> unfiltered =
        check(
            FakeBundle.wellFormed()
                .put(
                    PluginDescriptor.FILE_NAME,
                    FakeBundle.descriptor("${atlassian.plugin.key}", "${project.version}")));
    List<String> missingTemplate =
        check(FakeBundle.wellFormed().remove("templates/fixture/panel.vm"));
    List<String> noDescriptor = check(FakeBundle.wellFormed().remove(PluginDescriptor.FILE_NAME));
    assertReported(unfiltered, "has key \"${atlassian.plugin.key}\"", FakeBundle.KEY);
    assertReported(unfiltered, "not filtered", "${project.version}");
    assertReported(missingTemplate, "templates/fixture/panel.vm", "not in the jar");
    assertReported(noDescriptor, "no atlassian-plugin.xml at its root");
  }

  @Test
  public void
      descriptorClassCheck_shouldReport_hostClassNamedOnlyInXml_whenItsPackageIsNotImported() {
    String descriptor =
        FakeBundle.descriptor(FakeBundle.KEY, "1.0")
            .replace(
                "</atlassian-plugin>",
                "<customfield-searcher key=\"s\" class=\"com.example.host.searchers.ExactTextSearcher\"/>"
                    + "<customfield-type key=\"t\" class=\""
                    + FixtureEngineValue.class.getName()
                    + "\"/></atlassian-plugin>");
    List<String> problems =
        check(
            FakeBundle.wellFormed()
                .put(PluginDescriptor.FILE_NAME, descriptor)
                .put(
                    FakeBundle.classEntry(FixtureEngineValue.class),
                    FakeBundle.classBytes(FixtureEngineValue.class)));
    assertReported(
        problems, "com.example.host.searchers.ExactTextSearcher", "neither in the bundle");
    assertThat(problems).noneMatch(p -> p.contains(FixtureEngineValue.class.getName()));
  }

  @Test
  public void manifestCheck_shouldReport_missingPluginKey_wrongSymbolicName_noSpringContext() {
    List<String> problems =
        check(
            FakeBundle.wellFormed()
                .header("Atlassian-Plugin-Key", null)
                .header("Bundle-SymbolicName", "something.else")
                .header("Spring-Context", null)
                .header("Export-Package", "io.lodestar.pmo.jira.checks.fixtures.bundle"));
    assertReported(problems, "Atlassian-Plugin-Key is null");
    assertReported(problems, "Bundle-SymbolicName is something.else");
    assertReported(problems, "no Spring-Context");
    assertReported(problems, "Export-Package exports io.lodestar");
  }

  @Test
  public void hostClassCheck_shouldReport_hostClassesAtTheRootAndInsideEmbeddedJars() {
    byte[] someClass = FakeBundle.classBytes(FixtureEngineValue.class);
    List<String> problems =
        check(
            FakeBundle.wellFormed()
                .put("com/atlassian/jira/issue/Issue.class", someClass)
                .put(
                    FakeBundle.ENGINE_JAR,
                    FakeBundle.jar(Map.of("net/java/ao/RawEntity.class", someClass))));
    assertReported(problems, "contains host class com/atlassian/jira/issue/Issue.class");
    assertReported(
        problems, FakeBundle.ENGINE_JAR, "contains host class net/java/ao/RawEntity.class");
  }

  @Test
  public void inlinedAppCheck_shouldReport_missingAndChangedAppFiles_andAnEmbeddedAppJar()
      throws Exception {
    // given app's build output with a template the bundle lacks and one it holds changed
    java.nio.file.Path app = folder.newFolder("app-classes").toPath();
    java.nio.file.Files.createDirectories(app.resolve("templates/fixture"));
    java.nio.file.Files.writeString(app.resolve("templates/fixture/panel.vm"), "other text");
    java.nio.file.Files.writeString(app.resolve("templates/fixture/gone.vm"), "x");
    FakeBundle bundle =
        FakeBundle.wellFormed().put("lodestar-app-0.1.0.jar", FakeBundle.jar(Map.of()));
    // when
    List<String> problems =
        new BundleChecker(bundle.writeTo(folder.newFolder().toPath()), FakeBundle.KEY, REQUIRED)
            .inlinedAppProblems(app, List.of("templates"));
    // then
    assertReported(problems, "lacks app's templates/fixture/gone.vm");
    assertReported(problems, "different templates/fixture/panel.vm");
    assertReported(problems, "embeds lodestar-app-0.1.0.jar as a jar");
  }

  @Test
  public void testCodeCheck_shouldReport_anAppTestClassAtTheRoot_andATestLibraryImport()
      throws Exception {
    // given app's compiled tests holding a class the bundle also holds, and a junit import
    java.nio.file.Path tests = folder.newFolder("app-test-classes").toPath();
    java.nio.file.Files.createDirectories(tests.resolve("io/lodestar/pmo/app"));
    java.nio.file.Files.writeString(tests.resolve("io/lodestar/pmo/app/SomeTest.class"), "x");
    FakeBundle bundle =
        FakeBundle.wellFormed()
            .put("io/lodestar/pmo/app/SomeTest.class", "x")
            .header("Import-Package", "org.junit;version=\"[4.13,5)\",org.junitx.other");
    // when
    Path jar = bundle.writeTo(folder.newFolder().toPath());
    List<String> problems =
        new BundleChecker(jar, FakeBundle.KEY, REQUIRED).testCodeProblems(tests);
    // then
    assertReported(problems, "contains app test code io/lodestar/pmo/app/SomeTest.class");
    assertReported(problems, "names test library package org.junit");
    org.assertj.core.api.Assertions.assertThat(problems).hasSize(2);
  }

  @Test
  public void embeddingCheck_shouldReport_missingLibrary_danglingClassPath_andTheStandIn() {
    List<String> problems =
        check(
            FakeBundle.wellFormed()
                .header("Bundle-ClassPath", ".," + FakeBundle.ENGINE_JAR + ",lib/gone.jar")
                .put("jira-api-standin-0.1.0.jar", FakeBundle.jar(Map.of())));
    assertReported(problems, "commons-csv is not embedded");
    assertReported(problems, "lib/gone.jar, which is not in the jar");
    assertReported(problems, "contains the compile-only stand-in", "jira-api-standin-0.1.0.jar");
  }

  @Test
  public void importCheck_shouldReport_hostPackageUsedButNotImported_orImportedOptionally() {
    List<String> missing = check(FakeBundle.wellFormed().header("Import-Package", "jakarta.ws.rs"));
    List<String> optional =
        check(
            FakeBundle.wellFormed()
                .header(
                    "Import-Package",
                    "com.atlassian.annotations.security;resolution:=optional,jakarta.ws.rs"));
    String user = FakeBundle.classEntry(FixtureHostUser.class);
    assertReported(
        missing,
        "package com.atlassian.annotations.security",
        user,
        "neither imported nor in the bundle");
    assertReported(optional, "package com.atlassian.annotations.security", "imported optionally");
  }

  @Test
  public void importCheck_shouldReport_hostPackageUsedByAnEmbeddedLibrary_butIgnoreItsOtherNeeds() {
    // given an embedded library class that uses a host package, and commons-csv's CSVPrinter, which
    // uses SpotBugs' class-retention annotations (bnd rightly does not import those)
    String user = FakeBundle.classEntry(FixtureHostUser.class);
    String printer = "org/apache/commons/csv/CSVPrinter.class";
    FakeBundle bundle =
        FakeBundle.wellFormed()
            .remove(user)
            .header("Import-Package", "jakarta.ws.rs")
            .put(
                FakeBundle.CSV_JAR,
                FakeBundle.jar(
                    Map.of(
                        user,
                        FakeBundle.classBytes(FixtureHostUser.class),
                        printer,
                        FakeBundle.classBytes(org.apache.commons.csv.CSVPrinter.class))));
    // when
    List<String> problems = check(bundle);
    // then
    assertReported(
        problems, "package com.atlassian.annotations.security", FakeBundle.CSV_JAR + "!" + user);
    assertThat(problems).noneMatch(p -> p.contains("edu.umd") || p.contains("commons.io"));
  }

  private List<String> check(FakeBundle bundle) {
    try {
      Path jar = bundle.writeTo(folder.newFolder().toPath());
      return new BundleChecker(jar, FakeBundle.KEY, REQUIRED).problems();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
