package io.lodestar.pmo.jira.checks;

import static io.lodestar.pmo.jira.checks.Problems.assertNone;
import static io.lodestar.pmo.jira.checks.Problems.assertReported;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.jira.checks.fixtures.velocity.FixtureRiskView;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Keeps the Velocity templates under {@code templates/} within Jira's method allow-list: every
 * template is rendered (Velocity 2, HTML escaping on, like Jira) with the sample contexts that
 * {@link TemplateSampleSource}s register, every method it makes Velocity call is recorded ({@link
 * RecordingUberspect}) and must be listed in a {@code <velocity-allowlist>} (our classes) or be an
 * accepted JDK or host method. Templates never opt out of HTML escaping. The second group proves
 * each check fails on the bad fixtures under {@code src/test/resources/fixtures/velocity}.
 *
 * <p>Allow-list syntax (Atlassian's own plugins, e.g. atlassian-slack-integration-server): {@code
 * <method>fully.qualified.Class#method()</method>}, nested classes with {@code $}, parameter types
 * fully qualified and comma-separated: {@code Class#format(java.lang.String,java.lang.Object)}.
 */
public class VelocityAllowlistTest {

  /**
   * Templates allowed to opt out of HTML escaping, each with the reason. Put trusted markup
   * together in the view class, escaped piece by piece, never in a template; the one exception is
   * the sandbox-only portfolio overview, which inserts the server-side charts built that way.
   */
  static final Map<String, String> ESCAPING_OPT_OUTS =
      Map.of(
          "templates/portfolio/overview.vm",
          "sandbox-only for now (SANDBOX_ONLY_TEMPLATES): inserts the S-curve and forecast fan"
              + " charts as SvgChart.svgHtml() and DataTable.tableHtml(), markup built by"
              + " app.portfolio.chart with every text escaped where it is built");

  /**
   * Templates that only the sandbox renders so far: their pages have no Jira servlet yet, because
   * the ports behind them have no Jira adapters (issue 8: the portfolio overview; the "Lodestar
   * portfolio health" dashboard item, whose {@code DashboardItemStore} has no Jira adapter, so no
   * {@code dashboard-item} module is registered; issue 9: the "Templates & compliance" admin page
   * and the project "Compliance" page, whose {@code app.standardization.port} stores have no Jira
   * adapters). Remove one here in the change that registers its page in Jira, with a sample and its
   * allow-list entries.
   */
  static final List<String> SANDBOX_ONLY_TEMPLATES =
      List.of(
          "templates/portfolio/overview.vm",
          "templates/dashboard/portfolio-health.vm",
          // issue 10: the training page (no Jira servlet yet)
          "templates/training/page.vm",
          // issue 9: templates and compliance pages (no Jira adapters yet)
          "templates/standardization/admin.vm",
          "templates/standardization/project.vm",
          // issue 9: the dry-run and new-project pages (no Jira ApplyHostPort adapter yet)
          "templates/standardization/dry-run.vm",
          "templates/standardization/new-project.vm");

  private static final Path FIXTURES = BuildPaths.fixtures().resolve("velocity");

  // ------------------------------------------------------------------ the plugin's templates

  @Test
  public void templates_shouldEachBeRendered_byASampleOrThroughParse() {
    // given every template and the registered samples
    VelocityAllowlistChecker target = pluginChecker();
    List<String> templates =
        target.templates().stream().filter(t -> !SANDBOX_ONLY_TEMPLATES.contains(t)).toList();
    // when
    VelocityAllowlistChecker.Rendering rendering = target.render(templates);
    // then
    assertNone(
        "templates without a sample",
        VelocityAllowlistChecker.coverageProblems(templates, rendering));
  }

  @Test
  public void sandboxOnlyTemplates_shouldExist_andHaveNoSampleYet() {
    // an exemption must go in the change that gives its template a sample (and Jira a page)
    VelocityAllowlistChecker target = pluginChecker();
    List<String> templates = target.templates();
    VelocityAllowlistChecker.Rendering rendering = target.render(templates);
    assertThat(templates).containsAll(SANDBOX_ONLY_TEMPLATES);
    assertThat(rendering.rendered()).doesNotContainAnyElementsOf(SANDBOX_ONLY_TEMPLATES);
  }

  @Test
  public void templates_shouldRenderWithTheirSamples_withoutUnresolvedReferences() {
    VelocityAllowlistChecker target = pluginChecker();
    VelocityAllowlistChecker.Rendering rendering = target.render(target.templates());
    assertNone("rendering", rendering.problems());
  }

  @Test
  public void templateCalls_shouldAllBeAllowlistedOrAccepted_whenRenderedWithTheirSamples() {
    VelocityAllowlistChecker target = pluginChecker();
    VelocityAllowlistChecker.Rendering rendering = target.render(target.templates());
    assertNone("template calls", target.callProblems(rendering));
  }

  @Test
  public void templates_shouldNeverOptOutOfHtmlEscaping() {
    VelocityAllowlistChecker target = pluginChecker();
    List<String> templates = target.templates();
    VelocityAllowlistChecker.Rendering rendering = target.render(templates);
    assertNone("HTML escaping", target.escapingProblems(templates, rendering));
  }

  @Test
  public void allowlistEntries_shouldNamePublicMethodsOfOurOwnClasses_once() {
    assertNone("velocity-allowlist entries", pluginChecker().allowlistEntryProblems());
  }

  // ------------------------------------------------------------------ the checks fail on bad input

  @Test
  public void checker_shouldFindNothing_whenTemplatesCallOnlyAllowlistedAndAcceptedMethods() {
    // given good.vm, which #parses partial.vm
    VelocityAllowlistChecker target =
        fixture("atlassian-plugin.xml", samples("templates/fixture/good.vm"), Map.of());
    List<String> templates = List.of("templates/fixture/good.vm", "templates/fixture/partial.vm");
    // when
    VelocityAllowlistChecker.Rendering rendering = target.render(templates);
    // then
    assertNone("coverage", VelocityAllowlistChecker.coverageProblems(templates, rendering));
    assertNone("rendering", rendering.problems());
    assertNone("calls", target.callProblems(rendering));
    assertNone("escaping", target.escapingProblems(templates, rendering));
    assertNone("entries", target.allowlistEntryProblems());
    assertThat(rendering.calls())
        .extracting(TemplateCall::signature)
        .contains(
            FixtureRiskView.class.getName() + "#getTitle()",
            FixtureRiskView.class.getName() + "#getScore()",
            "java.lang.String#length()");
  }

  @Test
  public void render_shouldEscapeHtml_likeJira() {
    VelocityAllowlistChecker target =
        fixture("atlassian-plugin.xml", samples("templates/fixture/good.vm"), Map.of());
    VelocityAllowlistChecker.Rendering rendering =
        target.render(List.of("templates/fixture/good.vm"));
    assertThat(rendering.output().values())
        .singleElement()
        .asString()
        .contains("&lt;b&gt;Bold&lt;/b&gt; risk")
        .doesNotContain("<b>Bold</b>");
  }

  @Test
  public void callCheck_shouldReport_whenTemplateCallsAMethodNoAllowlistLists() {
    List<String> problems = callProblems("templates/fixture/unlisted.vm");
    assertReported(
        problems,
        "templates/fixture/unlisted.vm:2",
        FixtureRiskView.class.getName() + "#getOwner()",
        "no <velocity-allowlist> lists");
  }

  @Test
  public void callCheck_shouldReport_whenTemplateCallsAJdkMethodThatIsNotAccepted() {
    List<String> problems = callProblems("templates/fixture/jdk.vm");
    assertReported(problems, "jdk.vm:2", "java.lang.String#getBytes()", "not among the accepted");
  }

  @Test
  public void callCheck_shouldReport_whenTemplateReachesIntoAForeignClass() {
    List<String> problems = callProblems("templates/fixture/foreign.vm");
    assertReported(problems, "foreign.vm:2", "CSVFormat#getDelimiterString()", "own view classes");
  }

  @Test
  public void callCheck_shouldReport_whenTemplateUsesAVelocity2OnlyConstruct() {
    List<String> problems = callProblems("templates/fixture/velocity2.vm");
    assertReported(problems, "velocity2.vm:2", "org.apache.velocity", "Velocity 1.6");
  }

  @Test
  public void render_shouldReport_whenAReferenceCannotBeResolved() {
    String template = "templates/fixture/invalid.vm";
    VelocityAllowlistChecker target = fixture("atlassian-plugin.xml", samples(template), Map.of());
    List<String> problems = target.render(List.of(template)).problems();
    assertReported(problems, "invalid.vm:2", "$risk.nonexistent", FixtureRiskView.class.getName());
    assertReported(problems, "invalid.vm:3", "$undefinedVariable");
  }

  @Test
  public void coverageCheck_shouldReport_templatesWithoutSample_andSamplesOfMissingTemplates() {
    TemplateSamples samples =
        samples("templates/fixture/good.vm").register("templates/fixture/gone.vm", Map::of);
    VelocityAllowlistChecker target = fixture("atlassian-plugin.xml", samples, Map.of());
    List<String> templates = List.of("templates/fixture/good.vm", "templates/fixture/nosample.vm");
    VelocityAllowlistChecker.Rendering rendering = target.render(templates);
    assertReported(
        VelocityAllowlistChecker.coverageProblems(templates, rendering),
        "templates/fixture/nosample.vm has no sample");
    assertReported(rendering.problems(), "templates/fixture/gone.vm, which does not exist");
  }

  @Test
  public void escapingCheck_shouldReport_disableHtmlEscaping_htmlReferences_unlessOptedOut() {
    String template = "templates/fixture/escaping.vm";
    VelocityAllowlistChecker strict = fixture("atlassian-plugin.xml", samples(template), Map.of());
    VelocityAllowlistChecker lenient =
        fixture("atlassian-plugin.xml", samples(template), Map.of(template, "fixture: trusted"));
    List<String> problems =
        strict.escapingProblems(List.of(template), strict.render(List.of(template)));
    List<String> optedOut =
        lenient.escapingProblems(List.of(template), lenient.render(List.of(template)));
    assertReported(problems, template, "#disable_html_escaping");
    assertReported(problems, template, "$risk.descriptionHtml", "ending in Html");
    assertNone("opted-out template", optedOut);
  }

  @Test
  public void allowlistCheck_shouldReport_staleMalformedForeignUnknownAndRepeatedEntries() {
    VelocityAllowlistChecker target = fixture("bad-allowlist.xml", new TemplateSamples(), Map.of());
    List<String> problems = target.allowlistEntryProblems();
    assertReported(problems, "#getGone()", "no such public method");
    assertReported(problems, "#getTitle(java.lang.String)", "no such public method");
    assertReported(problems, "java.lang.String#length()", "only their own classes");
    assertReported(problems, "NoSuchView", "does not exist");
    assertReported(problems, "<method>getTitle</method>", "not of the form");
    assertReported(problems, "#getTitle( )", "listed twice");
  }

  // ------------------------------------------------------------------ helpers

  /** The plugin's templates, descriptor and the samples every TemplateSampleSource registers. */
  private static VelocityAllowlistChecker pluginChecker() {
    return new VelocityAllowlistChecker(
        BundleResources.ofPlugin(),
        PluginDescriptor.ofPlugin(),
        discoverSamples(),
        ESCAPING_OPT_OUTS,
        VelocityAllowlistTest.class.getClassLoader());
  }

  /**
   * Finds every {@link TemplateSampleSource} among the test classes of {@code io.lodestar.pmo} (the
   * fixtures of this package excepted) and lets it register its samples.
   */
  static TemplateSamples discoverSamples() {
    TemplateSamples samples = new TemplateSamples();
    ClassLoader loader = VelocityAllowlistTest.class.getClassLoader();
    Path testClasses = BuildPaths.classesDirOf(VelocityAllowlistTest.class);
    for (Class<?> c : ClassScan.classesIn(testClasses, "io.lodestar.pmo", loader)) {
      if (!TemplateSampleSource.class.isAssignableFrom(c)
          || c.isInterface()
          || Modifier.isAbstract(c.getModifiers())
          || c.getPackageName().startsWith(VelocityAllowlistTest.class.getPackageName())) {
        continue;
      }
      try {
        samples.addFrom((TemplateSampleSource) c.getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(
            c.getName() + " must be public with a public no-argument constructor", e);
      }
    }
    return samples;
  }

  private static TemplateSamples samples(String template) {
    return new TemplateSamples()
        .register(template, () -> Map.of("risk", new FixtureRiskView("<b>Bold</b> risk")));
  }

  private static List<String> callProblems(String template) {
    VelocityAllowlistChecker target = fixture("atlassian-plugin.xml", samples(template), Map.of());
    return target.callProblems(target.render(List.of(template)));
  }

  private static VelocityAllowlistChecker fixture(
      String descriptor, TemplateSamples samples, Map<String, String> optOuts) {
    return new VelocityAllowlistChecker(
        new BundleResources(FIXTURES),
        PluginDescriptor.load(FIXTURES.resolve(descriptor)),
        samples,
        optOuts,
        VelocityAllowlistTest.class.getClassLoader());
  }
}
