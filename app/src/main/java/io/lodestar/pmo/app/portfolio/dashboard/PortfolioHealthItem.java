package io.lodestar.pmo.app.portfolio.dashboard;

import io.lodestar.pmo.app.portfolio.NodeOverview;
import io.lodestar.pmo.app.portfolio.NodeRow;
import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig.Column;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig.Sort;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemView.CellView;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemView.FormView;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemView.RowView;
import io.lodestar.pmo.app.portfolio.web.PortfolioPageController;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.OptionView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.RagView;
import io.lodestar.pmo.app.risk.web.PageView;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.health.Health;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.Progress;
import io.lodestar.pmo.engine.rollup.Rollup;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Lodestar portfolio health" dashboard item: for its configured portfolio or program, the
 * programs and directly held projects the viewer may see, with health (computed, and a project's
 * override beside it; a word and an icon, never colour alone), % complete and the hidden counts, in
 * the configured columns and order, at most the configured number of rows, and a link to the
 * portfolio page. The owner of the dashboard also gets the configuration form.
 *
 * <p><b>Bounds.</b> One {@link PortfolioOverviews#overview} of the node (its first {@link
 * PortfolioOverviews#MAX_PAGE} children are sorted), no issue read.
 *
 * <p>The host hands in the URL of the page holding the item ({@code hostPageUrl}); the item's links
 * ({@code edit=ID}) and its form post go back there.
 */
public final class PortfolioHealthItem {

  public static final String TEMPLATE = "templates/dashboard/portfolio-health.vm";

  private final AccessGuard guard;
  private final HealthItemConfigs configs;
  private final PortfolioOverviews overviews;
  private final Texts texts;
  private final WebText text;

  public PortfolioHealthItem(
      AccessGuard guard, HealthItemConfigs configs, PortfolioOverviews overviews, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.configs = Objects.requireNonNull(configs, "configs");
    this.overviews = Objects.requireNonNull(overviews, "overviews");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.text = new WebText(texts);
  }

  /** What a configuration post ends in: a redirect back to the host page, or the item's form. */
  public record Result(String redirect, PageView item) {
    public boolean isRedirect() {
      return redirect != null;
    }
  }

  /**
   * The item as the signed-in viewer sees it; with {@code editing} and for the owner, with the
   * configuration form filled from the stored configuration.
   */
  public PageView show(String contextPath, String hostPageUrl, long itemId, boolean editing) {
    DashboardItem item = configs.item(itemId);
    HostUser user = guard.requireUser();
    boolean owner = configs.isOwner(user, item);
    FormView form =
        editing && owner
            ? form(hostPageUrl, item.config(), null, Map.of(), "", item.config())
            : null;
    return view(contextPath, hostPageUrl, item, owner, form, 200);
  }

  /**
   * A post of the configuration form ({@code item}, {@code version}, {@code portfolio}, {@code
   * columns} (repeated), {@code sort}, {@code rows}) by the owner.
   */
  public Result configure(String contextPath, String hostPageUrl, Map<String, String[]> params) {
    long itemId = longParam(params, "item");
    DashboardItem item = configs.ownedItem(itemId);
    Map<String, String> errors = new HashMap<>();
    List<Column> columns = new ArrayList<>();
    for (String c : params.getOrDefault("columns", new String[0])) {
      try {
        columns.add(Column.valueOf(c));
      } catch (IllegalArgumentException e) {
        errors.put("columns", texts.text("lodestar.dashboard.config.error.column", c));
      }
    }
    Sort sort = null;
    String sortRaw = param(params, "sort");
    if (sortRaw != null) {
      try {
        sort = Sort.valueOf(sortRaw);
      } catch (IllegalArgumentException e) {
        errors.put("sort", texts.text("lodestar.dashboard.config.error.sort", sortRaw));
      }
    }
    int rows = 0;
    String rowsRaw = param(params, "rows");
    if (rowsRaw != null) {
      try {
        rows = Integer.parseInt(rowsRaw);
      } catch (NumberFormatException e) {
        rows = -1;
      }
    }
    long version = Math.max(0, longParam(params, "version"));
    HealthItemConfig sent =
        new HealthItemConfig(param(params, "portfolio"), columns, sort, rows, version);
    String message = "";
    if (errors.isEmpty()) {
      Outcome<HealthItemConfig> saved = configs.save(itemId, sent);
      if (saved instanceof Outcome.Ok<HealthItemConfig>) {
        return new Result(hostPageUrl + "#lodestar-dashboard-item-" + itemId, null);
      }
      if (saved instanceof Outcome.Invalid<HealthItemConfig> invalid) {
        for (Violation v : invalid.violations()) {
          errors.putIfAbsent(v.field(), texts.text(v.messageKey(), v.args().toArray()));
        }
      } else if (saved instanceof Outcome.Conflict<HealthItemConfig>) {
        message = texts.text("lodestar.dashboard.config.error.stale");
        return new Result(
            null,
            view(
                contextPath,
                hostPageUrl,
                item,
                true,
                form(hostPageUrl, sent, rowsRaw, errors, message, configs.item(itemId).config()),
                409));
      }
    }
    return new Result(
        null,
        view(
            contextPath,
            hostPageUrl,
            item,
            true,
            form(hostPageUrl, sent, rowsRaw, errors, message, item.config()),
            400));
  }

  // ------------------------------------------------------------------------------------------

  private PageView view(
      String contextPath,
      String hostPageUrl,
      DashboardItem item,
      boolean owner,
      FormView form,
      int status) {
    HealthItemConfig config = item.config();
    String editUrl = owner ? withParam(hostPageUrl, "edit", Long.toString(item.id())) : "";
    List<String> headers = new ArrayList<>();
    for (Column c : config.columns()) {
      headers.add(text.get("lodestar.dashboard.column." + c.name()));
    }
    HealthItemView view;
    if (!config.isConfigured()) {
      view =
          new HealthItemView(
              item.id(),
              text.get("lodestar.dashboard.item.title"),
              text.get(
                  owner
                      ? "lodestar.dashboard.item.unconfigured.owner"
                      : "lodestar.dashboard.item.unconfigured"),
              "",
              "",
              headers,
              List.of(),
              "",
              editUrl,
              form);
    } else {
      view = configured(contextPath, item, headers, editUrl, form);
    }
    return new PageView(TEMPLATE, status, Map.of("item", view, "text", text));
  }

  private HealthItemView configured(
      String contextPath, DashboardItem item, List<String> headers, String editUrl, FormView form) {
    HealthItemConfig config = item.config();
    HostUser user = guard.requireUser();
    PortfolioNode node = configs.visibleNode(config.portfolioKey());
    String title = text.get("lodestar.dashboard.item.title");
    if (node == null) {
      return new HealthItemView(
          item.id(),
          title,
          text.format("lodestar.dashboard.item.notVisible", config.portfolioKey()),
          "",
          "",
          headers,
          List.of(),
          "",
          editUrl,
          form);
    }
    Outcome<NodeOverview> found =
        overviews.overview(
            node.key(),
            configs.browsable(),
            guard.isPmoAdmin(user),
            overviews.rollups().visibleTo(user),
            0,
            PortfolioOverviews.MAX_PAGE);
    String url =
        contextPath
            + PortfolioPageController.PAGE
            + "?key="
            + URLEncoder.encode(node.key(), StandardCharsets.UTF_8);
    title = text.format("lodestar.dashboard.item.titleOf", node.name());
    if (!(found instanceof Outcome.Ok<NodeOverview> ok)) {
      return new HealthItemView(
          item.id(),
          title,
          text.format("lodestar.dashboard.item.notVisible", config.portfolioKey()),
          "",
          "",
          headers,
          List.of(),
          "",
          editUrl,
          form);
    }
    NodeOverview o = ok.value();
    String notice =
        o.index().ready()
            ? ""
            : text.format("lodestar.portfolio.page.warming", o.index().percent());
    List<NodeRow> sorted = new ArrayList<>(o.children());
    sorted.sort(order(config.sort()));
    List<RowView> rows = new ArrayList<>();
    for (NodeRow r : sorted.subList(0, Math.min(config.rows(), sorted.size()))) {
      rows.add(row(contextPath, r, config));
    }
    if (rows.isEmpty() && notice.isEmpty()) {
      notice = text.get("lodestar.dashboard.item.noRows");
    }
    long hiddenItems = o.total().map(Rollup::hidden).orElse(0L);
    String hidden =
        o.hiddenProjects() == 0 && hiddenItems == 0
            ? ""
            : text.format2("lodestar.dashboard.item.hidden", o.hiddenProjects(), hiddenItems);
    String summary =
        texts.text(
            "lodestar.dashboard.item.summary",
            rows.size(),
            o.children().size(),
            text.get("lodestar.dashboard.sort." + config.sort().name()));
    return new HealthItemView(
        item.id(), title, notice, url, hidden, headers, rows, summary, editUrl, form);
  }

  private RowView row(String contextPath, NodeRow r, HealthItemConfig config) {
    boolean program = r.kind().equals("PROGRAM");
    String url =
        contextPath
            + PortfolioPageController.PAGE
            + (program ? "?key=" : "?project=")
            + URLEncoder.encode(r.key(), StandardCharsets.UTF_8);
    List<CellView> cells = new ArrayList<>();
    for (Column c : config.columns()) {
      cells.add(
          switch (c) {
            case HEALTH -> new CellView(c.name(), "", rag(computed(r)));
            case OVERRIDE ->
                r.health()
                    .flatMap(Health::override)
                    .map(
                        o ->
                            new CellView(
                                c.name(),
                                text.format("lodestar.dashboard.item.until", o.expiresOn()),
                                rag(Optional.of(o.rag()))))
                    .orElseGet(() -> new CellView(c.name(), "–", null));
            case PROGRESS ->
                new CellView(c.name(), r.progress().map(this::percent).orElse("–"), null);
            case ISSUES ->
                new CellView(
                    c.name(), r.rollup().map(x -> Long.toString(x.issues())).orElse("–"), null);
            case DONE ->
                new CellView(
                    c.name(), r.rollup().map(x -> Long.toString(x.done())).orElse("–"), null);
            case HIDDEN ->
                new CellView(
                    c.name(), r.rollup().map(x -> Long.toString(x.hidden())).orElse("–"), null);
          });
    }
    return new RowView(
        text.get(
            program
                ? "lodestar.portfolio.page.kind.program"
                : "lodestar.portfolio.page.kind.project"),
        r.key(),
        r.name(),
        url,
        cells);
  }

  /** A project's computed health, a program's worst computed health of its visible projects. */
  static Optional<Rag> computed(NodeRow r) {
    return r.health().isPresent() ? r.health().get().computed().overall() : r.worstComputed();
  }

  /** The health a row is sorted by: a project's override where one holds, else computed. */
  static Optional<Rag> effective(NodeRow r) {
    return r.health().isPresent() ? r.health().get().effective() : r.worstComputed();
  }

  static Comparator<NodeRow> order(Sort sort) {
    Comparator<NodeRow> byName =
        Comparator.comparing((NodeRow r) -> r.name().toLowerCase(Locale.ROOT))
            .thenComparing(NodeRow::key);
    return switch (sort) {
      case NAME -> byName;
      case HEALTH ->
          Comparator.comparingInt((NodeRow r) -> effective(r).map(g -> -g.ordinal()).orElse(1))
              .thenComparing(byName);
      case PROGRESS ->
          Comparator.comparing(
                  (NodeRow r) -> percentValue(r).orElse(null),
                  Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(byName);
    };
  }

  private static Optional<BigDecimal> percentValue(NodeRow r) {
    return r.progress().flatMap(p -> p.percent().rounded(4));
  }

  private String percent(Progress p) {
    return p.percent()
        .rounded(1)
        .map(v -> v.toPlainString() + " %")
        .orElseGet(() -> text.get(((Metric.NotApplicable) p.percent()).reasonKey()));
  }

  private RagView rag(Optional<Rag> rag) {
    if (rag.isEmpty()) {
      return new RagView(text.get("lodestar.portfolio.rag.none"), "–", "aui-lozenge");
    }
    return switch (rag.get()) {
      case GREEN ->
          new RagView(
              text.get("lodestar.portfolio.rag.GREEN"), "✔", "aui-lozenge aui-lozenge-success");
      case AMBER ->
          new RagView(
              text.get("lodestar.portfolio.rag.AMBER"), "▲", "aui-lozenge aui-lozenge-current");
      case RED ->
          new RagView(text.get("lodestar.portfolio.rag.RED"), "✖", "aui-lozenge aui-lozenge-error");
    };
  }

  private FormView form(
      String hostPageUrl,
      HealthItemConfig shown,
      String rowsTyped,
      Map<String, String> errors,
      String message,
      HealthItemConfig stored) {
    List<OptionView> portfolios = new ArrayList<>();
    for (PortfolioNode n : configs.choices()) {
      portfolios.add(new OptionView(n.key(), n.name(), n.key().equals(shown.portfolioKey())));
    }
    List<OptionView> columns = new ArrayList<>();
    for (Column c : Column.values()) {
      columns.add(
          new OptionView(
              c.name(), text.get("lodestar.dashboard.column." + c.name()), shown.shows(c)));
    }
    List<OptionView> sorts = new ArrayList<>();
    for (Sort s : Sort.values()) {
      sorts.add(
          new OptionView(
              s.name(), text.get("lodestar.dashboard.sort." + s.name()), s == shown.sort()));
    }
    return new FormView(
        hostPageUrl,
        stored.version(),
        portfolios,
        columns,
        sorts,
        rowsTyped != null ? rowsTyped : shown.rows() > 0 ? Integer.toString(shown.rows()) : "",
        Integer.toString(HealthItemConfig.MAX_ROWS),
        errors.getOrDefault("portfolio", ""),
        errors.getOrDefault("columns", ""),
        errors.getOrDefault("sort", ""),
        errors.getOrDefault("rows", ""),
        message,
        hostPageUrl);
  }

  private static String param(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
      return null;
    }
    return values[0].strip();
  }

  private long longParam(Map<String, String[]> params, String name) {
    String raw = param(params, name);
    try {
      return raw == null ? -1 : Long.parseLong(raw);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String withParam(String url, String name, String value) {
    return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
  }
}
