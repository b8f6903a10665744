package io.lodestar.pmo.jira.checks;

import static io.lodestar.pmo.jira.checks.Problems.assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Checks the plugin jar itself, after {@code package} (failsafe; {@code verify} fails the build):
 * the descriptor and manifest Jira reads, no host class and no stand-in inside, the embedded
 * libraries on the Bundle-ClassPath, and an {@code Import-Package} covering every host package the
 * classes use. Failsafe passes the jar as {@code lodestar.bundle} and the key as {@code
 * lodestar.pluginKey}; {@link BundleCheckerTest} proves the checks fail on broken jars.
 */
public class BundleContentsIT {

  /** Libraries the bundle must embed (Platform 7+ exports no third-party libraries to apps). */
  static final List<String> REQUIRED_EMBEDDED =
      List.of("lodestar-engine", "commons-csv", "poi-ooxml", "xmlbeans");

  private static BundleChecker target;

  @BeforeClass
  public static void readJar() {
    String bundle = System.getProperty("lodestar.bundle");
    String key = System.getProperty("lodestar.pluginKey");
    assertThat(bundle).as("system property lodestar.bundle (set by failsafe)").isNotBlank();
    assertThat(key).as("system property lodestar.pluginKey (set by failsafe)").isNotBlank();
    Path jar = Paths.get(bundle);
    assertThat(Files.isRegularFile(jar)).as("%s exists", jar).isTrue();
    target = new BundleChecker(jar, key, REQUIRED_EMBEDDED);
  }

  @Test
  public void app_shouldBeInlined_withEveryClassTemplateI18nBundleAndWebResource() {
    assertNone(
        "app inlined in the jar",
        target.inlinedAppProblems(
            BuildPaths.appRoot(), List.of("io", "templates", "i18n", "css", "js")));
  }

  @Test
  public void descriptor_shouldBeAtTheRoot_withTheFilteredPluginKey_andItsResourcesInTheJar() {
    assertNone("descriptor in the jar", target.descriptorProblems());
  }

  @Test
  public void manifest_shouldCarryPluginKeySymbolicNameAndSpringContext_andExportNothing() {
    assertNone("manifest", target.manifestProblems());
  }

  @Test
  public void jar_shouldContainNoHostClass_atTheRootOrInEmbeddedJars() {
    assertNone("host classes in the jar", target.hostClassProblems());
  }

  @Test
  public void jar_shouldEmbedEngineAndCommonsCsv_onTheBundleClassPath_andNeverTheStandIn() {
    assertNone("embedded libraries", target.embeddingProblems());
  }

  @Test
  public void jar_shouldShipNoTestCode_andImportNoTestLibrary() {
    assertNone(
        "test code in the jar",
        target.testCodeProblems(BuildPaths.appRoot().resolveSibling("test-classes")));
  }

  @Test
  public void descriptor_shouldNameOnlyClassesTheBundleCanLoad() {
    assertNone("classes named by the descriptor", target.descriptorClassProblems());
  }

  @Test
  public void importPackage_shouldCoverEveryHostPackageTheClassesUse() {
    assertNone("Import-Package", target.importProblems());
  }
}
