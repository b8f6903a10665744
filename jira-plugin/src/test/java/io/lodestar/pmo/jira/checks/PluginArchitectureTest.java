package io.lodestar.pmo.jira.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The architecture rules of {@link PluginArchitectureRules} (package conventions are documented
 * there), checked on the plugin's own classes in {@code target/classes}; the second group proves
 * each rule fails on the fixtures under {@code src/test/resources/fixtures/arch}, which are
 * compiled at test time.
 */
public class PluginArchitectureTest {

  private static JavaClasses plugin;
  private static JavaClasses fixtures;

  @BeforeClass
  public static void importClasses() {
    plugin =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(BuildPaths.targetClasses(), BuildPaths.appRoot());
    fixtures =
        new ClassFileImporter()
            .importPath(FixtureCompiler.compile(BuildPaths.fixtures().resolve("arch/src")));
  }

  // ------------------------------------------------------------------ the plugin's classes

  @Test
  public void import_shouldSeeEveryCompiledPluginAndAppClass() {
    // given the classes the compiler wrote, so that the rules below never pass on nothing
    ClassLoader loader = getClass().getClassLoader();
    long jira =
        ClassScan.classesIn(BuildPaths.targetClasses(), "io.lodestar.pmo.jira", loader).size();
    long app = ClassScan.classesIn(BuildPaths.appRoot(), "io.lodestar.pmo.app", loader).size();
    // then both modules' classes are imported
    assertThat(jira).isPositive();
    assertThat(app).isPositive();
    assertThat(plugin.stream().filter(c -> c.getPackageName().startsWith("io.lodestar.pmo.jira")))
        .hasSizeGreaterThanOrEqualTo((int) jira);
    assertThat(plugin.stream().filter(c -> c.getPackageName().startsWith("io.lodestar.pmo.app")))
        .hasSizeGreaterThanOrEqualTo((int) app);
  }

  @Test
  public void plugin_shouldHoldNoNonFinalStaticFields() {
    PluginArchitectureRules.NO_NON_FINAL_STATIC_FIELDS.check(plugin);
  }

  @Test
  public void plugin_shouldHoldNoMutableValueInStaticFinalFields() {
    PluginArchitectureRules.NO_MUTABLE_STATIC_VALUES.check(plugin);
  }

  @Test
  public void plugin_shouldNeverLookServicesUpThroughComponentAccessor() {
    PluginArchitectureRules.NO_STATIC_SERVICE_LOOKUP.check(plugin);
  }

  @Test
  public void app_shouldNameNoHostType() {
    PluginArchitectureRules.APP_NAMES_NO_HOST_TYPES.check(plugin);
  }

  @Test
  public void plugin_shouldUseJakartaApis_notJavax() {
    PluginArchitectureRules.JAKARTA_NOT_JAVAX.check(plugin);
  }

  @Test
  public void restResources_shouldLiveInRestPackages() {
    PluginArchitectureRules.REST_RESOURCES_IN_REST_PACKAGES.check(plugin);
  }

  @Test
  public void restResources_shouldDeclareAccessOnEveryResourceMethod() {
    PluginArchitectureRules.REST_RESOURCES_DECLARE_ACCESS.check(plugin);
  }

  // ------------------------------------------------------------------ the rules fail on bad input

  @Test
  public void staticFieldRule_shouldReportNonFinalStaticField() {
    List<String> violations = violations(PluginArchitectureRules.NO_NON_FINAL_STATIC_FIELDS);
    assertThat(violations).anyMatch(v -> v.contains("MutableState.counter"));
    assertThat(violations).noneMatch(v -> v.contains("ImmutableState"));
  }

  @Test
  public void mutableValueRule_shouldReportCollectionsArraysBuildersAndAtomics_butNotConstants() {
    List<String> violations = violations(PluginArchitectureRules.NO_MUTABLE_STATIC_VALUES);
    assertThat(violations)
        .anyMatch(v -> v.contains("MutableState.NAMES"))
        .anyMatch(v -> v.contains("MutableState.LEVELS") && v.contains("array"))
        .anyMatch(v -> v.contains("MutableState.BUFFER"))
        .anyMatch(v -> v.contains("MutableState.CACHE"))
        .anyMatch(v -> v.contains("MutableState.SEQUENCE"))
        .noneMatch(v -> v.contains("ImmutableState"));
  }

  @Test
  public void serviceLookupRule_shouldReportComponentAccessor() {
    List<String> violations = violations(PluginArchitectureRules.NO_STATIC_SERVICE_LOOKUP);
    assertThat(violations)
        .anyMatch(v -> v.contains("LeakyResource") && v.contains("ComponentAccessor"));
  }

  @Test
  public void portabilityRule_shouldReportHostTypesInApp_butNotInTheJiraAdapters() {
    List<String> violations = violations(PluginArchitectureRules.APP_NAMES_NO_HOST_TYPES);
    assertThat(violations)
        .anyMatch(v -> v.contains("LeakyResource") && v.contains("ApplicationUser"))
        .anyMatch(v -> v.contains("UsesSal") && v.contains("UserManager"))
        .noneMatch(v -> v.contains("JiraCurrentUser"))
        .noneMatch(v -> v.contains("RiskPanelProvider"))
        .noneMatch(v -> v.contains("LicensedOnly"));
  }

  @Test
  public void jakartaRule_shouldReportJavaxWsRs() {
    List<String> violations = violations(PluginArchitectureRules.JAKARTA_NOT_JAVAX);
    assertThat(violations).anyMatch(v -> v.contains("OldNamespaceResource"));
  }

  @Test
  public void restRules_shouldReportMisplacedResources_andMethodsWithoutAccessAnnotation() {
    List<String> placement = violations(PluginArchitectureRules.REST_RESOURCES_IN_REST_PACKAGES);
    List<String> access = violations(PluginArchitectureRules.REST_RESOURCES_DECLARE_ACCESS);
    assertThat(placement).anyMatch(v -> v.contains("MisplacedResource"));
    assertThat(access)
        .anyMatch(v -> v.contains("LeakyResource.get()"))
        .noneMatch(v -> v.contains("GoodResource"))
        .noneMatch(v -> v.contains("MethodLevelResource"));
  }

  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(fixtures);
    assertThat(result.hasViolation())
        .as("%s must fail on the fixtures", rule.getDescription())
        .isTrue();
    return result.getFailureReport().getDetails();
  }
}
