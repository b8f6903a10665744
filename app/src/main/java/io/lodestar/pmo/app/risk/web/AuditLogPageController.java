package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.app.shared.audit.AuditFilter;
import io.lodestar.pmo.app.shared.audit.AuditHistory;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupService;
import io.lodestar.pmo.engine.risk.service.RiskSettingsService;
import io.lodestar.pmo.engine.risk.service.ScoringModelService;
import io.lodestar.pmo.engine.shared.AuditEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The audit log page ({@code templates/risk/audit.vm}): who changed what and when in Lodestar's
 * configuration (scoring models, risk settings, the PMO admin group), newest first, {@value
 * #PAGE_SIZE} entries a page, filtered by kind of thing ({@code type}) and by project ({@code
 * project}: that project's risk settings). PMO admins only: anyone else gets the 403 page, an
 * anonymous visitor the 401 page. Jira-free: the sandbox mounts the same controller.
 *
 * <p><b>Bounded</b>: one page of at most {@value #PAGE_SIZE} entries and one count per request,
 * each read by the host's {@link AuditHistory}; long before/after texts are shortened to {@value
 * #MAX_TEXT} characters. A rejected parameter keeps the page and its form, with the message beside
 * the field (status 400), and lists nothing.
 */
public final class AuditLogPageController {

  /** The audit log template. */
  public static final String TEMPLATE = "templates/risk/audit.vm";

  /** Entries per page. */
  static final int PAGE_SIZE = 25;

  /** Largest first entry accepted. */
  static final int MAX_START_AT = 1_000_000;

  /** Longest before/after text shown; the rest is cut off with a note. */
  static final int MAX_TEXT = 4_000;

  static final String TYPE = "type";
  static final String PROJECT = "project";
  static final String START_AT = "startAt";

  /** The kinds of thing audited, in the filter's order. */
  static final List<String> TYPES =
      List.of(
          ScoringModelService.AUDIT_TARGET,
          RiskSettingsService.AUDIT_TARGET,
          PmoAdminGroupService.AUDIT_TARGET_TYPE,
          io.lodestar.pmo.app.portfolio.PortfolioOverviews.OVERRIDE_AUDIT_TARGET,
          io.lodestar.pmo.app.portfolio.PortfolioOverviews.PROFILE_AUDIT_TARGET);

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final AccessGuard guard;
  private final AuditHistory history;
  private final UserDirectory users;
  private final Texts texts;

  public AuditLogPageController(
      AccessGuard guard, AuditHistory history, UserDirectory users, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.history = Objects.requireNonNull(history, "history");
    this.users = Objects.requireNonNull(users, "users");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * @param contextPath the host's context path, e.g. {@code /jira} or empty
   * @param parameters the request's query parameters ({@code type}, {@code project}, {@code
   *     startAt}; the first value counts)
   * @return the audit log page (200, or 400 with the form and the messages), or the 401 / 403 page
   */
  public PageView show(String contextPath, Map<String, String[]> parameters) {
    WebText text = new WebText(texts);
    try {
      guard.requirePmoAdmin();
    } catch (LodestarException refusal) {
      return ErrorPages.of(refusal, text);
    }
    String base = (contextPath == null ? "" : contextPath) + RiskWebPaths.AUDIT_PAGE;
    List<FieldErrorView> errors = new ArrayList<>();
    String type = type(first(parameters, TYPE), errors);
    String project = project(first(parameters, PROJECT), type, errors);
    int startAt = startAt(first(parameters, START_AT), errors);

    List<AuditLogPageView.EntryView> entries = List.of();
    PagingView paging = new PagingView("", "", "");
    String empty = texts.text("lodestar.audit.page.empty");
    if (errors.isEmpty()) {
      AuditFilter filter =
          project.isEmpty()
              ? AuditFilter.ofType(type)
              : AuditFilter.ofTarget(RiskSettingsService.AUDIT_TARGET, project);
      int total = history.count(filter);
      List<AuditEntry> page =
          startAt >= total ? List.of() : history.page(filter, startAt, PAGE_SIZE);
      entries = page.stream().map(this::entry).toList();
      paging = paging(base, type, project, startAt, entries.size(), total);
      if (!filter.isAll()) {
        empty = texts.text("lodestar.audit.page.emptyFiltered");
      }
    }
    AuditLogPageView page =
        new AuditLogPageView(
            base,
            typeOptions(type),
            project,
            errors,
            entries,
            paging,
            empty,
            (contextPath == null ? "" : contextPath) + RiskWebPaths.ADMIN_PAGE);
    return new PageView(
        TEMPLATE,
        errors.isEmpty() ? 200 : 400,
        Map.of("page", page, "text", text),
        List.of(RiskWebPaths.AUDIT_RESOURCES));
  }

  // ------------------------------------------------------------------ parameters

  private String type(String raw, List<FieldErrorView> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    if (TYPES.contains(value)) {
      return value;
    }
    errors.add(
        new FieldErrorView(
            TYPE,
            texts.text(
                "lodestar.risk.register.error.notOneOf",
                shortened(value, 100),
                String.join(", ", TYPES))));
    return null;
  }

  /** A project key, upper case; only with no type or the project-settings type. */
  private String project(String raw, String type, List<FieldErrorView> errors) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    String value = raw.strip().toUpperCase(Locale.ROOT);
    if (value.length() > AuditFilter.MAX_LENGTH) {
      errors.add(
          new FieldErrorView(
              PROJECT, texts.text("lodestar.risk.register.error.tooLong", AuditFilter.MAX_LENGTH)));
      return shortened(value, AuditFilter.MAX_LENGTH);
    }
    if (type != null && !type.equals(RiskSettingsService.AUDIT_TARGET)) {
      errors.add(
          new FieldErrorView(
              PROJECT, texts.text("lodestar.audit.page.error.projectNeedsSettings")));
    }
    return value;
  }

  private int startAt(String raw, List<FieldErrorView> errors) {
    if (raw == null || raw.isBlank()) {
      return 0;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= 0 && value <= MAX_START_AT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(
        new FieldErrorView(
            START_AT,
            texts.text(
                "lodestar.risk.register.error.notANumber", shortened(raw, 100), 0, MAX_START_AT)));
    return 0;
  }

  private static String first(Map<String, String[]> parameters, String name) {
    String[] values = parameters == null ? null : parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  // ------------------------------------------------------------------ the view

  private List<OptionView> typeOptions(String type) {
    List<OptionView> options = new ArrayList<>();
    options.add(new OptionView("", texts.text("lodestar.audit.page.type.any"), type == null));
    for (String t : TYPES) {
      options.add(new OptionView(t, texts.text("lodestar.audit.type." + t), t.equals(type)));
    }
    return options;
  }

  private AuditLogPageView.EntryView entry(AuditEntry e) {
    String who =
        users
            .byKey(e.actorKey())
            .map(AuditLogPageController::who)
            .orElseGet(() -> texts.text("lodestar.audit.page.unknownUser", e.actorKey()));
    return new AuditLogPageView.EntryView(
        WHEN.format(e.at()),
        e.at().truncatedTo(ChronoUnit.SECONDS).toString(),
        who,
        texts.text(e.action()),
        target(e),
        e.before() == null ? "" : clipped(e.before()),
        e.after() == null ? "" : clipped(e.after()));
  }

  private static String who(HostUser user) {
    return user.displayName().equals(user.username())
        ? user.displayName()
        : user.displayName() + " (" + user.username() + ")";
  }

  private String target(AuditEntry e) {
    if (RiskSettingsService.AUDIT_TARGET.equals(e.targetType())) {
      return RiskSettingsService.DEFAULT_TARGET_ID.equals(e.targetId())
          ? texts.text("lodestar.audit.target.defaultSettings")
          : texts.text("lodestar.audit.target.projectSettings", e.targetId());
    }
    if (ScoringModelService.AUDIT_TARGET.equals(e.targetType())) {
      return texts.text("lodestar.audit.target.model", e.targetId());
    }
    if (PmoAdminGroupService.AUDIT_TARGET_TYPE.equals(e.targetType())) {
      return texts.text("lodestar.audit.target.setting", e.targetId());
    }
    if (io.lodestar.pmo.app.portfolio.PortfolioOverviews.OVERRIDE_AUDIT_TARGET.equals(
        e.targetType())) {
      return texts.text("lodestar.audit.target.healthOverride", e.targetId());
    }
    if (io.lodestar.pmo.app.portfolio.PortfolioOverviews.PROFILE_AUDIT_TARGET.equals(
        e.targetType())) {
      return texts.text("lodestar.audit.target.projectProfile", e.targetId());
    }
    if (io.lodestar.pmo.app.portfolio.SnapshotTaker.AUDIT_TARGET.equals(e.targetType())) {
      return texts.text("lodestar.audit.target.snapshot", e.targetId());
    }
    if (io.lodestar.pmo.app.standardization.gate.StageGateService.AUDIT_TARGET.equals(
        e.targetType())) {
      return texts.text("lodestar.audit.target.standardization.gate", e.targetId());
    }
    return e.targetType() + " " + e.targetId();
  }

  private String clipped(String value) {
    if (value.length() <= MAX_TEXT) {
      return value;
    }
    return value.substring(0, MAX_TEXT)
        + "\n"
        + texts.text("lodestar.audit.page.clipped", value.length() - MAX_TEXT);
  }

  private static String shortened(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max) + "\u2026";
  }

  private PagingView paging(
      String base, String type, String project, int startAt, int shown, int total) {
    String summary =
        shown == 0
            ? ""
            : texts.text("lodestar.audit.page.paging", startAt + 1, startAt + shown, total);
    String previous =
        startAt == 0 ? "" : link(base, type, project, Math.max(0, startAt - PAGE_SIZE));
    int next = startAt + PAGE_SIZE;
    return new PagingView(
        summary,
        previous,
        next < total && next <= MAX_START_AT ? link(base, type, project, next) : "");
  }

  private static String link(String base, String type, String project, int startAt) {
    Map<String, String> p = new LinkedHashMap<>();
    if (type != null) {
      p.put(TYPE, type);
    }
    if (!project.isEmpty()) {
      p.put(PROJECT, project);
    }
    if (startAt > 0) {
      p.put(START_AT, Integer.toString(startAt));
    }
    String query = RiskWebPaths.query(p);
    return query.isEmpty() ? base : base + "?" + query;
  }
}
