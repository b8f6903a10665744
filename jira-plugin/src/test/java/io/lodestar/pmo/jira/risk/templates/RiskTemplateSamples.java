package io.lodestar.pmo.jira.risk.templates;

import io.lodestar.pmo.app.risk.panel.RiskPanelView;
import io.lodestar.pmo.app.risk.web.AdminPageView;
import io.lodestar.pmo.app.risk.web.AuditLogPageView;
import io.lodestar.pmo.app.risk.web.ErrorPageView;
import io.lodestar.pmo.app.risk.web.ExposurePanelView;
import io.lodestar.pmo.app.risk.web.FieldErrorView;
import io.lodestar.pmo.app.risk.web.FieldErrorsView;
import io.lodestar.pmo.app.risk.web.HeatMapView;
import io.lodestar.pmo.app.risk.web.LevelView;
import io.lodestar.pmo.app.risk.web.OptionView;
import io.lodestar.pmo.app.risk.web.OwnerPickerView;
import io.lodestar.pmo.app.risk.web.PagingView;
import io.lodestar.pmo.app.risk.web.RegisterPageView;
import io.lodestar.pmo.app.risk.web.RegisterRowView;
import io.lodestar.pmo.app.risk.web.RegisterSummaryView;
import io.lodestar.pmo.app.risk.web.SortLinkView;
import io.lodestar.pmo.app.risk.web.TornadoView;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import io.lodestar.pmo.jira.checks.TemplateSampleSource;
import io.lodestar.pmo.jira.checks.TemplateSamples;
import java.util.List;
import java.util.Map;

/**
 * Sample contexts for every risk template, for the checks' template registry ({@link
 * TemplateSampleSource}, found by VelocityAllowlistTest): contexts built only from our own view
 * classes, as the controllers, the panel context provider and the custom field types build them,
 * with variants reaching each template's other branches.
 */
public final class RiskTemplateSamples implements TemplateSampleSource {

  private static final WebText TEXT = new WebText((key, args) -> key);
  private static final LevelView HIGH = new LevelView("0.28", "High", "#DE350B", true);

  @Override
  public void addSamples(TemplateSamples samples) {
    samples.register(
        "templates/risk/register.vm", () -> registerContext(registerPage(true, true, true)));
    samples.register(
        "templates/risk/register.vm",
        "empty, nothing hidden, no cell filter",
        () -> registerContext(registerPage(false, false, false)));
    samples.register(
        "templates/risk/register.vm",
        "rejected filter and exposure parameters, no top risks",
        () -> registerContext(registerPage(true, false, false), false));
    samples.register("templates/risk/admin.vm", () -> adminContext(true));
    samples.register("templates/risk/admin.vm", "no models", () -> adminContext(false));
    samples.register(
        "templates/risk/admin.vm",
        "one project's settings",
        RiskTemplateSamples::projectSettingsContext);
    samples.register("templates/risk/audit.vm", () -> auditContext(true, false));
    samples.register("templates/risk/audit.vm", "empty", () -> auditContext(false, false));
    samples.register(
        "templates/risk/audit.vm", "a rejected filter", () -> auditContext(false, true));
    samples.register(
        "templates/risk/error.vm",
        () -> Map.of("error", new ErrorPageView("Forbidden", "No"), "text", TEXT));
    samples.register(
        "templates/risk/issue-panel.vm", () -> Map.of("panel", ratedPanel(), "text", TEXT));
    samples.register(
        "templates/risk/issue-panel.vm",
        "linked risks only",
        () -> Map.of("panel", linkedPanel(true), "text", TEXT));
    samples.register(
        "templates/risk/issue-panel.vm",
        "no linked risks",
        () -> Map.of("panel", linkedPanel(false), "text", TEXT));
    samples.register("templates/risk/cf-score-view.vm", () -> Map.of("value", 0.28));
    samples.register(
        "templates/risk/cf-level-view.vm", () -> Map.of("value", "High", "lodestarLevel", HIGH));
    samples.register(
        "templates/risk/cf-level-view.vm", "without colour", () -> Map.of("value", "High"));
  }

  private static Map<String, ?> auditContext(boolean entries, boolean error) {
    AuditLogPageView page =
        new AuditLogPageView(
            "/jira/plugins/servlet/lodestar/audit",
            List.of(new OptionView("", "Anything", true)),
            "MOBA",
            error ? List.of(new FieldErrorView("project", "Only settings")) : List.of(),
            entries
                ? List.of(
                    new AuditLogPageView.EntryView(
                        "2026-12-03 10:00:00 UTC",
                        "2026-12-03T10:00:00Z",
                        "Alice (alice)",
                        "Risk settings saved",
                        "Risk settings of project MOBA",
                        "",
                        "modelId=1"),
                    new AuditLogPageView.EntryView(
                        "2026-12-03 09:00:00 UTC",
                        "2026-12-03T09:00:00Z",
                        "Unknown user (u9)",
                        "Scoring model deleted",
                        "Scoring model 7",
                        "name=Old",
                        ""))
                : List.of(),
            entries ? new PagingView("1 to 2 of 30", "/prev", "/next") : new PagingView("", "", ""),
            "No change",
            "/jira/plugins/servlet/lodestar/admin");
    return Map.of("page", page, "text", TEXT);
  }

  private static Map<String, ?> registerContext(RegisterPageView page) {
    return registerContext(page, true);
  }

  /**
   * @param full a summary with top risks, a run exposure with tornado bars and an accepted filter;
   *     otherwise an empty summary, an exposure with a rejected seed and refusal, and a rejected
   *     owner
   */
  private static Map<String, ?> registerContext(RegisterPageView page, boolean full) {
    RegisterSummaryView.Figure figure = new RegisterSummaryView.Figure("total", "Risks", "12");
    RegisterSummaryView summary =
        new RegisterSummaryView(
            List.of(figure),
            List.of(new RegisterSummaryView.Figure("open", "Open", "3")),
            List.of(new RegisterSummaryView.BandCount("High", "#DE350B", 2)),
            "Appetite: Medium",
            full
                ? List.of(
                    new RegisterSummaryView.TopRisk("R-1", "/browse/R-1", "Fire", HIGH, "EUR 10"))
                : List.of(),
            "No active risk is rated");
    TornadoView tornado =
        new TornadoView(
            "Tornado",
            "Bars",
            560,
            40,
            full
                ? List.of(
                    new TornadoView.Bar(
                        "R-1",
                        "/browse/R-1",
                        "90%",
                        "EUR 10",
                        "EUR 11",
                        "R-1: 90%",
                        88,
                        96,
                        6,
                        300,
                        18,
                        19,
                        402))
                : List.of(),
            full ? "10 of 12" : "");
    ExposurePanelView.Result result =
        new ExposurePanelView.Result(
            List.of(new RegisterSummaryView.Figure("seed", "Seed", "42")),
            List.of(
                new ExposurePanelView.Dimension(
                    "cost",
                    "Cost (EUR)",
                    List.of(new RegisterSummaryView.Figure("p50", "P50", "1")),
                    tornado)),
            "/register?seed=42");
    ExposurePanelView exposure =
        new ExposurePanelView(
            List.of(new ExposurePanelView.Hidden("sort", "score")),
            full ? "42" : "abc",
            "10000",
            List.of(new OptionView("pert", "PERT", true)),
            List.of(new OptionView("current", "Current", true)),
            full
                ? List.of()
                : List.of(
                    new FieldErrorView("seed", "Not a number"),
                    new FieldErrorView("trials", "Too many"),
                    new FieldErrorView("distribution", "Unknown"),
                    new FieldErrorView("basis", "Unknown")),
            full ? "" : "Busy",
            full ? result : null);
    FieldErrorsView errors =
        full
            ? FieldErrorsView.NONE
            : new FieldErrorsView(
                List.of(
                    new FieldErrorView("owner", "No user named Bob"),
                    new FieldErrorView("status", "Unknown"),
                    new FieldErrorView("level", "Unknown")));
    OwnerPickerView picker =
        new OwnerPickerView(full ? "alice" : "", full ? "Alice" : "Bob", "/rest/users/picker", 1);
    return Map.of(
        "page",
        page,
        "text",
        TEXT,
        "createRisk",
        new io.lodestar.pmo.app.risk.web.CreateRiskLink(
            "/jira/secure/CreateIssueDetails!init.jspa?pid=10000&issuetype=10100"),
        "summary",
        summary,
        "exposure",
        exposure,
        "filterErrors",
        errors,
        "ownerPicker",
        picker);
  }

  private static RegisterPageView registerPage(boolean rows, boolean hidden, boolean cell) {
    long[][] counts = new long[5][5];
    counts[4][4] = 2;
    HeatMapView map =
        HeatMapView.of(
            new HeatMapView.Words("Inherent", "Probability", "Impact", "1 not rated"),
            ModelPreview.of(FormulaModel.pmbokDefault()),
            counts,
            (p, i) -> "#",
            cell ? Cell.of(5, 5) : null);
    return new RegisterPageView(
        "ALPHA",
        "Alpha",
        "/register",
        List.of(new OptionView("", "Any", true), new OptionView("open", "Open", false)),
        List.of(new OptionView("", "Any", false), new OptionView("high", "High", true)),
        "alice",
        true,
        "score",
        "desc",
        List.of(new SortLinkView("Key", "/register?sort=key", "none"), SortLinkView.plain("Owner")),
        rows
            ? List.of(
                new RegisterRowView(
                    "ALPHA-1",
                    "/browse/ALPHA-1",
                    "Supplier",
                    "Alice",
                    "Open",
                    HIGH,
                    LevelView.unrated("Not rated"),
                    "2026-01-01",
                    true,
                    true,
                    List.of("Risk probability: the option Very high has no level.")))
            : List.of(),
        new PagingView("1 to 1 of 1", "/register", "/register?startAt=50"),
        hidden ? "1 hidden" : "",
        map,
        map,
        "/csv",
        "/exposure",
        cell ? "Cell" : "",
        cell ? "/register" : "",
        rows ? "/admin?project=ALPHA" : "",
        "Risk appetite: Medium. 1 above appetite.");
  }

  private static Map<String, ?> adminContext(boolean models) {
    return Map.of(
        "page",
        new AdminPageView(
            models
                ? List.of(new AdminPageView.ModelRowView(1, "PMBOK", "Formula", "5\u00d75", 1))
                : List.of(),
            List.of(new OptionView("ALPHA", "ALPHA - Alpha", false)),
            "pmo",
            "/rest",
            "",
            "",
            ""),
        "text",
        TEXT);
  }

  /** A project admin's settings page: the admin page limited to one project. */
  private static Map<String, ?> projectSettingsContext() {
    return Map.of(
        "page",
        new AdminPageView(
            List.of(new AdminPageView.ModelRowView(1, "PMBOK", "Formula", "5\u00d75", 1)),
            List.of(new OptionView("ALPHA", "ALPHA - Alpha", true)),
            "",
            "/rest",
            "ALPHA",
            "Risk settings: ALPHA - Alpha",
            "/register?project=ALPHA"),
        "text",
        TEXT);
  }

  private static RiskPanelView ratedPanel() {
    return new RiskPanelView(
        true,
        HIGH,
        HIGH,
        HIGH,
        List.of(
            List.of(
                new RiskPanelView.MatrixCell("#DE350B", "High 0.28", true),
                new RiskPanelView.MatrixCell("#FFAB00", "Medium 0.10", false))),
        "1 of 2 done",
        50,
        List.of(),
        "1 hidden");
  }

  private static RiskPanelView linkedPanel(boolean anyLinked) {
    LevelView none = LevelView.unrated("Not rated");
    return new RiskPanelView(
        false,
        none,
        none,
        none,
        List.of(),
        "",
        0,
        anyLinked
            ? List.of(new RiskPanelView.LinkedRiskView("ALPHA-2", "Other", "/browse/ALPHA-2"))
            : List.of(),
        "");
  }
}
