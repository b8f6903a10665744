package io.lodestar.pmo.jira.checks;

import static io.lodestar.pmo.jira.checks.Problems.assertNone;
import static io.lodestar.pmo.jira.checks.Problems.assertReported;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.jira.checks.fixtures.spring.FixtureGreeter;
import io.lodestar.pmo.jira.checks.fixtures.spring.FixtureNeedsClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Keeps the Spring XML wiring under {@code META-INF/spring/} honest: it loads every file the way
 * the plugin's context would ({@code Spring-Context: *}), with each Gemini Blueprint {@code
 * <osgi:reference>} satisfied by a Mockito mock ({@link MockOsgiNamespaceHandler}), and checks that
 * every bean, every module class and every service export works. The second group proves each check
 * fails on the bad fixtures under {@code src/test/resources/fixtures/spring}.
 */
public class SpringWiringTest {

  private static final Path FIXTURES = BuildPaths.fixtures().resolve("spring");
  private static final List<String> FIXTURE_MUST_BE_EXPORTED = List.of("java.util.EventListener");

  // ------------------------------------------------------------------ the plugin's wiring

  @Test
  public void springXml_shouldUseGeminiBlueprint_andImportHostServicesOnlyInTheHostServicesFile() {
    // given the plugin's Spring XML files
    SpringWiringChecker target = SpringWiringChecker.ofPlugin();
    // when
    List<String> problems = target.structureProblems();
    // then
    assertNone("Spring XML structure", problems);
  }

  @Test
  public void context_shouldLoadAndConstructEveryBean_whenHostServicesAreMocked() {
    SpringWiringChecker.Loaded loaded = SpringWiringChecker.ofPlugin().load();
    try {
      assertNone("Spring context", loaded.problems());
    } finally {
      loaded.context().ifPresent(GenericApplicationContext::close);
    }
  }

  @Test
  public void serviceExports_shouldExportBeansAsInterfacesTheyImplement_andEveryHostCallback() {
    try (GenericApplicationContext context = pluginContext()) {
      List<String> problems =
          SpringWiringChecker.serviceExportProblems(context, SpringWiringChecker.MUST_BE_EXPORTED);
      assertNone("OSGi service exports", problems);
    }
  }

  @Test
  public void riskRegisterService_shouldAnswerFromTheSearchIndex_whenWired() throws Exception {
    try (GenericApplicationContext context = pluginContext()) {
      // given the wired register service
      Object service = context.getBean("riskRegisterService");
      // when its index is read
      java.lang.reflect.Field index = service.getClass().getDeclaredField("index");
      index.setAccessible(true);
      // then it is the Jira search index bean, not null (null = every request walks)
      assertThat(index.get(service)).isSameAs(context.getBean("assessedRiskIndex"));
      assertThat(context.getBean("assessedRiskIndex"))
          .isInstanceOf(io.lodestar.pmo.jira.risk.index.JiraAssessedRiskIndex.class);
    }
  }

  @Test
  public void moduleClasses_shouldBeBuildableFromTheContext_whenNamedInTheDescriptor() {
    // given the classes the plugin framework builds by constructor from the plugin's context
    List<Class<?>> moduleClasses = DescriptorChecker.ofPlugin().ownModuleClasses();
    try (GenericApplicationContext context = pluginContext()) {
      // when
      List<String> problems = SpringWiringChecker.constructionProblems(context, moduleClasses);
      // then
      assertNone("module classes built from the context", problems);
    }
  }

  /**
   * The plugin's context for the checks that need it. Beans that fail to build are reported by
   * {@link #context_shouldLoadAndConstructEveryBean_whenHostServicesAreMocked}; only a context that
   * could not be read at all stops these checks.
   */
  private static GenericApplicationContext pluginContext() {
    SpringWiringChecker.Loaded loaded = SpringWiringChecker.ofPlugin().load();
    if (loaded.context().isEmpty()) {
      assertNone("Spring context (needed for this check)", loaded.problems());
    }
    return loaded.context().orElseThrow();
  }

  // ------------------------------------------------------------------ the checks fail on bad input

  @Test
  public void checker_shouldFindNothing_whenFixtureIsWellWired() {
    // given
    SpringWiringChecker good = SpringWiringChecker.of(FIXTURES.resolve("good"));
    // when
    SpringWiringChecker.Loaded loaded = good.load();
    // then
    assertNone("good fixture structure", good.structureProblems());
    assertNone("good fixture context", loaded.problems());
    try (GenericApplicationContext context = loaded.context().orElseThrow()) {
      assertNone(
          "good fixture exports",
          SpringWiringChecker.serviceExportProblems(context, FIXTURE_MUST_BE_EXPORTED));
      assertNone(
          "good fixture module classes",
          SpringWiringChecker.constructionProblems(context, List.of(FixtureGreeter.class)));
      assertThat(context.getBean(FixtureGreeter.class).executor()).isNotNull();
    }
  }

  @Test
  public void load_shouldReportEveryBeanThatCannotBeBuilt_whenACollaboratorIsMissing() {
    SpringWiringChecker.Loaded loaded =
        SpringWiringChecker.of(FIXTURES.resolve("bad-unsatisfied")).load();
    loaded.context().ifPresent(GenericApplicationContext::close);
    assertReported(loaded.problems(), "bean needsClock (lodestar-fixture.xml)", "java.time.Clock");
  }

  @Test
  public void load_shouldReport_whenABeanClassDoesNotExist() {
    SpringWiringChecker.Loaded loaded =
        SpringWiringChecker.of(FIXTURES.resolve("bad-missing-class")).load();
    assertReported(
        loaded.problems(), "lodestar-fixture.xml", "fixtures.spring.Missing", "not found");
  }

  @Test
  public void constructionCheck_shouldReport_whenAModuleClassNeedsWhatTheContextLacks() {
    SpringWiringChecker.Loaded loaded = SpringWiringChecker.of(FIXTURES.resolve("good")).load();
    try (GenericApplicationContext context = loaded.context().orElseThrow()) {
      List<String> problems =
          SpringWiringChecker.constructionProblems(context, List.of(FixtureNeedsClock.class));
      assertReported(problems, "FixtureNeedsClock cannot be built", "java.time.Clock");
    }
  }

  @Test
  public void structureCheck_shouldReport_whenReferenceIsOutsideHostFileOrImportedTwice() {
    List<String> problems =
        SpringWiringChecker.of(FIXTURES.resolve("bad-reference-outside")).structureProblems();
    assertReported(
        problems, "lodestar-fixture.xml", "textSupplier", "belongs in lodestar-host-services.xml");
    assertReported(problems, "java.util.concurrent.Executor is imported twice");
  }

  @Test
  public void structureCheck_shouldReport_whenSpringDmOrScannerNamespaceOrWrongFileName() {
    List<String> problems =
        SpringWiringChecker.of(FIXTURES.resolve("bad-namespace")).structureProblems();
    assertReported(problems, "http://www.springframework.org/schema/osgi", "Gemini Blueprint");
    assertReported(problems, "atlassian-scanner", "declare beans explicitly");
    assertReported(problems, "plugin-context.xml", "lodestar-<feature>.xml");
    assertReported(problems, "there is no lodestar-host-services.xml");
  }

  @Test
  public void load_shouldReport_whenReferencedInterfaceIsUnknownOrAClass() {
    List<String> unknown =
        SpringWiringChecker.of(FIXTURES.resolve("bad-unknown-interface")).load().problems();
    List<String> aClass =
        SpringWiringChecker.of(FIXTURES.resolve("bad-class-reference")).load().problems();
    assertReported(unknown, "com.atlassian.nosuch.NoSuchService", "declare it in jira-api-standin");
    assertReported(aClass, "java.util.ArrayList is a class");
  }

  @Test
  public void load_shouldReport_whenTwoFilesDefineTheSameBeanId() {
    List<String> problems =
        SpringWiringChecker.of(FIXTURES.resolve("bad-duplicate-id")).load().problems();
    assertReported(problems, "greeter");
  }

  @Test
  public void load_shouldReport_whenAnUnsupportedBlueprintElementIsUsed() {
    List<String> problems =
        SpringWiringChecker.of(FIXTURES.resolve("bad-unknown-element")).load().problems();
    assertReported(problems, "list");
  }

  @Test
  public void exportCheck_shouldReport_wrongInterface_missingBean_andUnexportedCallback() {
    SpringWiringChecker.Loaded loaded =
        SpringWiringChecker.of(FIXTURES.resolve("bad-export")).load();
    assertNone("bad-export context", loaded.problems());
    try (GenericApplicationContext context = loaded.context().orElseThrow()) {
      List<String> problems =
          SpringWiringChecker.serviceExportProblems(context, FIXTURE_MUST_BE_EXPORTED);
      assertReported(
          problems, "exports bean greeter as java.util.function.Supplier", "FixtureGreeter");
      assertReported(problems, "ref=\"ghost\"", "names no bean");
      assertReported(problems, "bean callback is a java.util.EventListener but is not exported");
    }
  }
}
