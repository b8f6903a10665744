package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.app.risk.rest.SimulationBusyException;
import io.lodestar.pmo.app.risk.rest.SimulationPermits;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.exposure.DimensionExposure;
import io.lodestar.pmo.engine.risk.exposure.ExposureDimension;
import io.lodestar.pmo.engine.risk.exposure.ExposureResult;
import io.lodestar.pmo.engine.risk.exposure.ImpactDistribution;
import io.lodestar.pmo.engine.risk.exposure.RiskContribution;
import io.lodestar.pmo.engine.risk.exposure.SimulationSettings;
import io.lodestar.pmo.engine.risk.register.ExpectedMonetaryValue;
import io.lodestar.pmo.engine.risk.register.RegisterSummary;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.service.ExposureBasis;
import io.lodestar.pmo.engine.risk.service.RegisterExposure;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The register page's summary section and exposure panel, from the register service's own results
 * ({@link RiskRegisterService#summary} and {@link RiskRegisterService#exposure}): the page shows
 * what the REST API answers, translated and formatted, with nothing computed here but layout.
 *
 * <p>The exposure runs only when the page is asked for it ({@code exposure=run}), under the same
 * {@link SimulationPermits} as the REST simulation (a busy node says so in the panel). Its
 * parameters are {@code seed} (any whole number; blank draws one, which the panel then shows and
 * keeps in its form, so that running again gives the same numbers), {@code trials} (1..{@value
 * #MAX_TRIALS}, default {@value #DEFAULT_TRIALS}), {@code distribution} ({@code pert}, {@code
 * triangular}) and {@code basis} ({@code current}, {@code inherent}, {@code residual}; not {@code
 * state}, which is the heat-map cell's).
 */
final class RegisterPanels {

  static final String EXPOSURE = "exposure";
  static final String RUN = "run";
  static final String SEED = "seed";
  static final String TRIALS = "trials";
  static final String DISTRIBUTION = "distribution";
  static final String BASIS = "basis";

  /** Most trials one page run may ask for (as the REST simulation). */
  static final int MAX_TRIALS = 100_000;

  /** Trials when none are asked for. */
  static final int DEFAULT_TRIALS = 10_000;

  /** Worst active risks the summary lists. */
  static final int TOP = 5;

  private final RiskRegisterService register;
  private final SimulationPermits simulations;
  private final ReportingCurrency currency;
  private final Texts texts;

  RegisterPanels(
      RiskRegisterService register,
      SimulationPermits simulations,
      ReportingCurrency currency,
      Texts texts) {
    this.register = Objects.requireNonNull(register, "register");
    this.simulations = Objects.requireNonNull(simulations, "simulations");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  // ------------------------------------------------------------------ summary

  /** The summary section, from one {@link RiskRegisterService#summary} of the project. */
  RegisterSummaryView summary(
      String viewerKey,
      ProjectRef project,
      ScoringModel model,
      Optional<Band> appetiteBand,
      LocalDate today,
      String contextPath) {
    RegisterSummary s = register.summary(viewerKey, List.of(project.key()), today, TOP).summary();
    List<RegisterSummaryView.Figure> counts = new ArrayList<>();
    counts.add(figure("total", "lodestar.risk.register.summary.total", count(s.total())));
    counts.add(figure("active", "lodestar.risk.register.summary.active", count(s.active())));
    counts.add(
        figure("overdue", "lodestar.risk.register.summary.overdue", count(s.overdueReviews())));
    counts.add(
        figure(
            "aboveAppetite",
            "lodestar.risk.register.summary.aboveAppetite",
            appetiteBand.isPresent()
                ? count(s.aboveAppetite())
                : texts.text("lodestar.risk.register.summary.noAppetite")));
    counts.add(
        figure("threatEmv", "lodestar.risk.register.summary.threatEmv", money(s.threatEmv())));
    counts.add(
        figure(
            "opportunityEmv",
            "lodestar.risk.register.summary.opportunityEmv",
            money(s.opportunityEmv())));
    if (s.hidden() > 0) {
      counts.add(figure("hidden", "lodestar.risk.register.summary.hidden", count(s.hidden())));
    }

    List<RegisterSummaryView.Figure> statuses = new ArrayList<>();
    for (RiskStatus status : RiskStatus.values()) {
      statuses.add(
          new RegisterSummaryView.Figure(
              RegisterRequest.lower(status),
              texts.text("lodestar.risk.register.status." + RegisterRequest.lower(status)),
              count(s.byStatus().getOrDefault(status, 0L))));
    }

    List<RegisterSummaryView.BandCount> bands = new ArrayList<>();
    model.bands().bands().stream()
        .sorted(Comparator.comparingInt(Band::rank).reversed())
        .forEach(
            band ->
                bands.add(
                    new RegisterSummaryView.BandCount(
                        band.label(),
                        band.colour(),
                        s.activeByBand().getOrDefault(band.key(), 0L))));
    bands.add(
        new RegisterSummaryView.BandCount(
            texts.text("lodestar.risk.register.unrated"), LevelView.NEUTRAL, s.activeUnrated()));

    String unrated = texts.text("lodestar.risk.register.unrated");
    List<RegisterSummaryView.TopRisk> top = new ArrayList<>();
    for (AssessedRisk risk : s.top()) {
      top.add(
          new RegisterSummaryView.TopRisk(
              risk.issueKey(),
              RiskWebPaths.issue(contextPath, risk.issueKey()),
              risk.risk().title(),
              LevelView.of(risk.current(), unrated),
              ExpectedMonetaryValue.of(risk).map(this::money).orElse("")));
    }
    String appetite =
        appetiteBand
            .map(
                band ->
                    texts.text(
                        "lodestar.risk.register.summary.appetite", band.label(), s.aboveAppetite()))
            .orElseGet(() -> texts.text("lodestar.risk.register.appetite.none"));
    return new RegisterSummaryView(
        counts, statuses, bands, appetite, top, texts.text("lodestar.risk.register.summary.noTop"));
  }

  // ------------------------------------------------------------------ exposure

  /**
   * The exposure panel: the form only, or the form and the result of one simulation when {@code
   * exposure=run}.
   *
   * @param permalink the register URL with these page parameters
   */
  ExposurePanelView exposure(
      String viewerKey,
      ProjectRef project,
      Map<String, String[]> parameters,
      Map<String, String> keep,
      Function<Map<String, String>, String> permalink,
      String contextPath) {
    List<ExposurePanelView.Hidden> hidden =
        keep.entrySet().stream()
            .map(e -> new ExposurePanelView.Hidden(e.getKey(), e.getValue()))
            .toList();
    List<FieldErrorView> errors = new ArrayList<>();
    String seedText = blankToEmpty(first(parameters, SEED));
    Long seed = seed(seedText, errors);
    String trialsText = blankToEmpty(first(parameters, TRIALS));
    int trials = trials(trialsText, errors);
    ImpactDistribution distribution =
        choice(parameters, DISTRIBUTION, ImpactDistribution.class, ImpactDistribution.PERT, errors);
    ExposureBasis basis =
        choice(parameters, BASIS, ExposureBasis.class, ExposureBasis.CURRENT, errors);
    boolean run = RUN.equals(blankToEmpty(first(parameters, EXPOSURE)));
    String trialsField = trialsText.isEmpty() ? Integer.toString(DEFAULT_TRIALS) : trialsText;
    if (!run || !errors.isEmpty()) {
      return new ExposurePanelView(
          hidden,
          seedText,
          trialsField,
          distributionOptions(distribution),
          basisOptions(basis),
          errors,
          "",
          null);
    }
    long used = seed == null ? ThreadLocalRandom.current().nextLong() : seed;
    SimulationSettings settings = SimulationSettings.of(trials, used, distribution);
    Outcome<RegisterExposure> outcome;
    try {
      outcome =
          simulations.run(
              () -> register.exposure(viewerKey, List.of(project.key()), settings, basis),
              texts.text(
                  "lodestar.risk.exposure.error.busy", SimulationPermits.RETRY_AFTER_SECONDS));
    } catch (SimulationBusyException busy) {
      return new ExposurePanelView(
          hidden,
          Long.toString(used),
          trialsField,
          distributionOptions(distribution),
          basisOptions(basis),
          List.of(),
          busy.getMessage(),
          null);
    }
    if (!(outcome instanceof Outcome.Ok<RegisterExposure> ok)) {
      return new ExposurePanelView(
          hidden,
          Long.toString(used),
          trialsField,
          distributionOptions(distribution),
          basisOptions(basis),
          List.of(),
          refusal(outcome),
          null);
    }
    Map<String, String> link = new LinkedHashMap<>();
    link.put(EXPOSURE, RUN);
    link.put(SEED, Long.toString(used));
    link.put(TRIALS, Integer.toString(trials));
    link.put(DISTRIBUTION, RegisterRequest.lower(distribution));
    link.put(BASIS, RegisterRequest.lower(basis));
    return new ExposurePanelView(
        hidden,
        Long.toString(used),
        Integer.toString(trials),
        distributionOptions(distribution),
        basisOptions(basis),
        List.of(),
        "",
        result(ok.value(), permalink.apply(link), contextPath));
  }

  private ExposurePanelView.Result result(
      RegisterExposure exposure, String permalink, String contextPath) {
    ExposureResult r = exposure.result();
    List<RegisterSummaryView.Figure> facts = new ArrayList<>();
    facts.add(fact("trials", count(r.trials())));
    facts.add(fact("seed", Long.toString(r.seed())));
    facts.add(
        fact(
            "distribution",
            texts.text(
                "lodestar.risk.register.exposure.distribution."
                    + RegisterRequest.lower(r.distribution()))));
    facts.add(
        fact(
            "basis",
            texts.text(
                "lodestar.risk.register.exposure.basis."
                    + RegisterRequest.lower(exposure.basis()))));
    facts.add(fact("currency", currency.code()));
    facts.add(fact("simulated", count(exposure.included())));
    facts.add(
        fact(
            "leftOut",
            texts.text(
                "lodestar.risk.register.exposure.leftOut.value",
                exposure.excludedNoProbability() + exposure.excludedNoImpact(),
                exposure.excludedNoProbability(),
                exposure.excludedNoImpact())));
    if (exposure.hidden() > 0) {
      facts.add(fact("hidden", count(exposure.hidden())));
    }
    List<ExposurePanelView.Dimension> dimensions =
        List.of(
            dimension(r.exposure(ExposureDimension.COST), contextPath),
            dimension(r.exposure(ExposureDimension.SCHEDULE), contextPath));
    return new ExposurePanelView.Result(facts, dimensions, permalink);
  }

  private ExposurePanelView.Dimension dimension(DimensionExposure e, String contextPath) {
    String name = RegisterRequest.lower(e.dimension());
    Function<Double, String> amount =
        e.dimension() == ExposureDimension.COST ? this::money : this::days;
    List<RegisterSummaryView.Figure> figures =
        List.of(
            dimensionFigure("p50", amount.apply(e.p50())),
            dimensionFigure("p80", amount.apply(e.p80())),
            dimensionFigure("p95", amount.apply(e.p95())),
            dimensionFigure("mean", amount.apply(e.mean())),
            dimensionFigure("sd", amount.apply(e.standardDeviation())),
            dimensionFigure("emv", amount.apply(e.emv())));
    String title =
        e.dimension() == ExposureDimension.COST
            ? texts.text("lodestar.risk.register.exposure.dimension.cost", currency.code())
            : texts.text("lodestar.risk.register.exposure.dimension.schedule");
    List<TornadoView.Entry> entries = new ArrayList<>();
    for (RiskContribution c :
        e.contributions().subList(0, Math.min(TornadoView.MAX_BARS, e.contributions().size()))) {
      String share = texts.text("lodestar.risk.register.exposure.share", c.varianceShare());
      String emv = amount.apply(c.emv());
      String swing = amount.apply(c.swing());
      entries.add(
          new TornadoView.Entry(
              c.riskKey(),
              RiskWebPaths.issue(contextPath, c.riskKey()),
              c.varianceShare(),
              share,
              emv,
              swing,
              texts.text(
                  "lodestar.risk.register.exposure.tornado.bar", c.riskKey(), share, emv, swing)));
    }
    String note =
        e.contributions().size() > TornadoView.MAX_BARS
            ? texts.text(
                "lodestar.risk.register.exposure.tornado.more",
                TornadoView.MAX_BARS,
                e.contributions().size())
            : "";
    TornadoView tornado =
        TornadoView.of(
            texts.text("lodestar.risk.register.exposure.tornado.title", title),
            texts.text("lodestar.risk.register.exposure.tornado.description"),
            entries,
            note);
    return new ExposurePanelView.Dimension(name, title, figures, tornado);
  }

  private String refusal(Outcome<RegisterExposure> outcome) {
    if (outcome instanceof Outcome.Invalid<RegisterExposure> invalid) {
      return invalid.violations().stream()
          .map((Violation v) -> texts.text(v.messageKey(), v.args().toArray()))
          .reduce((a, b) -> a + " " + b)
          .orElse("");
    }
    if (outcome instanceof Outcome.NotFound<RegisterExposure> notFound) {
      return texts.text(notFound.messageKey(), notFound.args().toArray());
    }
    return texts.text("lodestar.risk.register.exposure.failed");
  }

  // ------------------------------------------------------------------ parameters

  private Long seed(String raw, List<FieldErrorView> errors) {
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      errors.add(
          new FieldErrorView(
              SEED,
              texts.text(
                  "lodestar.risk.register.exposure.error.seed",
                  shortened(raw),
                  Long.MIN_VALUE,
                  Long.MAX_VALUE)));
      return null;
    }
  }

  private int trials(String raw, List<FieldErrorView> errors) {
    if (raw.isEmpty()) {
      return DEFAULT_TRIALS;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= 1 && value <= MAX_TRIALS) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(
        new FieldErrorView(
            TRIALS,
            texts.text("lodestar.risk.register.error.notANumber", shortened(raw), 1, MAX_TRIALS)));
    return DEFAULT_TRIALS;
  }

  private <E extends Enum<E>> E choice(
      Map<String, String[]> parameters,
      String name,
      Class<E> type,
      E fallback,
      List<FieldErrorView> errors) {
    String raw = blankToEmpty(first(parameters, name));
    if (raw.isEmpty()) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (RegisterRequest.lower(constant).equals(raw)) {
        return constant;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      allowed.add(RegisterRequest.lower(constant));
    }
    errors.add(
        new FieldErrorView(
            name,
            texts.text(
                "lodestar.risk.register.error.notOneOf",
                shortened(raw),
                String.join(", ", allowed))));
    return fallback;
  }

  private List<OptionView> distributionOptions(ImpactDistribution chosen) {
    List<OptionView> options = new ArrayList<>();
    for (ImpactDistribution d : List.of(ImpactDistribution.PERT, ImpactDistribution.TRIANGULAR)) {
      options.add(
          new OptionView(
              RegisterRequest.lower(d),
              texts.text(
                  "lodestar.risk.register.exposure.distribution." + RegisterRequest.lower(d)),
              d == chosen));
    }
    return options;
  }

  private List<OptionView> basisOptions(ExposureBasis chosen) {
    List<OptionView> options = new ArrayList<>();
    for (ExposureBasis b :
        List.of(ExposureBasis.CURRENT, ExposureBasis.INHERENT, ExposureBasis.RESIDUAL)) {
      options.add(
          new OptionView(
              RegisterRequest.lower(b),
              texts.text("lodestar.risk.register.exposure.basis." + RegisterRequest.lower(b)),
              b == chosen));
    }
    return options;
  }

  // ------------------------------------------------------------------ formatting

  private RegisterSummaryView.Figure figure(String name, String labelKey, String value) {
    return new RegisterSummaryView.Figure(name, texts.text(labelKey), value);
  }

  private RegisterSummaryView.Figure fact(String name, String value) {
    return new RegisterSummaryView.Figure(
        name, texts.text("lodestar.risk.register.exposure.fact." + name), value);
  }

  private RegisterSummaryView.Figure dimensionFigure(String name, String value) {
    return new RegisterSummaryView.Figure(
        name, texts.text("lodestar.risk.register.exposure." + name), value);
  }

  private String count(long n) {
    return texts.text("lodestar.risk.register.summary.count", n);
  }

  private String money(BigDecimal amount) {
    return texts.text("lodestar.risk.register.money", currency.code(), amount);
  }

  private String money(double amount) {
    return texts.text("lodestar.risk.register.money", currency.code(), amount);
  }

  private String days(double amount) {
    return texts.text("lodestar.risk.register.days", amount);
  }

  private static String first(Map<String, String[]> parameters, String name) {
    String[] values = parameters == null ? null : parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  private static String shortened(String value) {
    return value.length() <= 100 ? value : value.substring(0, 100) + "\u2026";
  }
}
