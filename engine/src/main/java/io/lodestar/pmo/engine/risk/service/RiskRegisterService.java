package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.RiskAssessor;
import io.lodestar.pmo.engine.risk.exposure.ExposureResult;
import io.lodestar.pmo.engine.risk.exposure.ExposureSimulator;
import io.lodestar.pmo.engine.risk.exposure.RiskExposureInput;
import io.lodestar.pmo.engine.risk.exposure.SimulationSettings;
import io.lodestar.pmo.engine.risk.mapping.MappedRisk;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.register.ExposureSnapshot;
import io.lodestar.pmo.engine.risk.register.ExposureSnapshotAccumulator;
import io.lodestar.pmo.engine.risk.register.HeatMap;
import io.lodestar.pmo.engine.risk.register.HeatMapAccumulator;
import io.lodestar.pmo.engine.risk.register.RegisterRow;
import io.lodestar.pmo.engine.risk.register.RegisterSummary;
import io.lodestar.pmo.engine.risk.register.RegisterSummaryAccumulator;
import io.lodestar.pmo.engine.risk.register.RegisterWindow;
import io.lodestar.pmo.engine.risk.register.RegisterWindowAccumulator;
import io.lodestar.pmo.engine.risk.register.RiskAppetite;
import io.lodestar.pmo.engine.risk.register.TopRisksAccumulator;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The risk register of a project (or several), permission-faithful and streaming.
 *
 * <p><b>Approach and cost.</b> Scores are computed by the engine, so the source cannot sort or
 * filter by them: every request walks all the viewer-visible risk issues of the project through
 * {@link RiskSource} in pages of {@code sourcePageSize}, maps and assesses each record, and feeds
 * it to a bounded accumulator. Time is O(n) source reads plus O(n log w) for a window of w =
 * startAt + maxResults rows; memory is O(sourcePageSize + w) — never the whole register. A project
 * with 5,000 risks at a page size of 200 costs 25 source calls per register page; callers that need
 * many pages quickly should cache at their level, not here.
 *
 * <p><b>With an index.</b> A host that keeps each risk's assessment materialised ({@link
 * AssessedRiskIndex}) makes the page, the heat map and the summary bounded: the index gives the
 * page's keys in order (then only those records are read and assessed, O(page)) or, when it keeps
 * the records too, the page's records themselves (one read of the index, no source call), and the
 * heat map and summary from its tallies (O(cells + bands)); only when the index is not consistent
 * with the project's current settings and model (being rebuilt: {@link #indexProgress}) does the
 * request walk as above. Exports, snapshots and the exposure always walk (once per request).
 */
public final class RiskRegisterService {

  /** Largest register page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 500;

  /** Largest {@code startAt + maxResults}: bounds the window kept in memory. */
  public static final int MAX_WINDOW = 10_000;

  /** Largest source page size accepted by the constructor. */
  public static final int MAX_SOURCE_PAGE_SIZE = 1000;

  private final RiskSource source;
  private final RiskProjectSettingsStore settingsStore;
  private final ScoringModelStore modelStore;
  private final int sourcePageSize;
  private final ExposureLimits exposureLimits;
  private final AssessedRiskIndex index;

  /**
   * Answers of the index remembered under its {@link AssessedRiskIndex#answerVersion} token: only
   * when the index offers one, and only answers the index gave (never a walk's).
   */
  private final RegisterAnswerCache answers;

  /**
   * Message key: more risks to simulate than {@link ExposureLimits#maxRisks()}. Args: risks, max.
   */
  public static final String EXPOSURE_TOO_MANY_RISKS = "lodestar.risk.exposure.error.tooManyRisks";

  /**
   * Message key: {@code trials × risks} above {@link ExposureLimits#maxDraws()}. Args: risks, the
   * most trials that fit, max draws.
   */
  public static final String EXPOSURE_TOO_MANY_TRIALS =
      "lodestar.risk.exposure.error.tooManyTrials";

  /**
   * @param source where risk records come from
   * @param settingsStore per-project settings and default
   * @param modelStore scoring models
   * @param sourcePageSize records per source call, 1..{@value #MAX_SOURCE_PAGE_SIZE}
   */
  public RiskRegisterService(
      RiskSource source,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore,
      int sourcePageSize) {
    this(source, settingsStore, modelStore, sourcePageSize, ExposureLimits.DEFAULT);
  }

  /**
   * @param source where risk records come from
   * @param settingsStore per-project settings and default
   * @param modelStore scoring models
   * @param sourcePageSize records per source call, 1..{@value #MAX_SOURCE_PAGE_SIZE}
   * @param exposureLimits bounds on one exposure simulation
   */
  public RiskRegisterService(
      RiskSource source,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore,
      int sourcePageSize,
      ExposureLimits exposureLimits) {
    this(source, settingsStore, modelStore, sourcePageSize, exposureLimits, null);
  }

  /**
   * @param source where risk records come from
   * @param settingsStore per-project settings and default
   * @param modelStore scoring models
   * @param sourcePageSize records per source call, 1..{@value #MAX_SOURCE_PAGE_SIZE}
   * @param exposureLimits bounds on one exposure simulation
   * @param index the host's materialised assessments; null = none (every request walks)
   */
  public RiskRegisterService(
      RiskSource source,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore,
      int sourcePageSize,
      ExposureLimits exposureLimits,
      AssessedRiskIndex index) {
    this.index = index;
    this.answers = new RegisterAnswerCache(RegisterAnswerCache.DEFAULT_CAPACITY);
    this.exposureLimits = Objects.requireNonNull(exposureLimits, "exposureLimits");
    this.source = Objects.requireNonNull(source, "source");
    this.settingsStore = Objects.requireNonNull(settingsStore, "settingsStore");
    this.modelStore = Objects.requireNonNull(modelStore, "modelStore");
    if (sourcePageSize < 1 || sourcePageSize > MAX_SOURCE_PAGE_SIZE) {
      throw new IllegalArgumentException("sourcePageSize must be 1..1000: " + sourcePageSize);
    }
    this.sourcePageSize = sourcePageSize;
  }

  /**
   * One page of a project's register, filtered and sorted.
   *
   * @param viewerKey user key whose permissions apply; null = system (full visibility)
   * @param projectKey the project
   * @param query filter, sort and window
   * @return Ok; Invalid (field {@code startAt}/{@code maxResults}, {@link
   *     RiskMessageKeys#PAGE_RANGE}; field {@code cell}, {@link
   *     RiskMessageKeys#CELL_OUTSIDE_MATRIX}, see {@code RegisterFilter.violations}); NotFound
   *     ({@link RiskMessageKeys#PROJECT_NOT_CONFIGURED} or {@link RiskMessageKeys#MODEL_NOT_FOUND})
   */
  public Outcome<RegisterPage> page(String viewerKey, String projectKey, RegisterQuery query) {
    List<Violation> violations = new ArrayList<>();
    if (query.startAt() < 0) {
      violations.add(
          Violation.of("startAt", RiskMessageKeys.PAGE_RANGE, query.startAt(), query.maxResults()));
    }
    if (query.maxResults() < 1
        || query.maxResults() > MAX_PAGE_SIZE
        || (long) query.startAt() + query.maxResults() > MAX_WINDOW) {
      violations.add(
          Violation.of(
              "maxResults", RiskMessageKeys.PAGE_RANGE, query.startAt(), query.maxResults()));
    }
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    Outcome<RegisterScope> scope = scope(projectKey);
    if (!(scope instanceof Outcome.Ok<RegisterScope> ok)) {
      return notOk(scope);
    }
    RegisterScope r = ok.value();
    List<Violation> misfits = query.filter().violations(r.model());
    if (!misfits.isEmpty()) {
      return Outcome.invalid(misfits);
    }
    RegisterAnswerCache.Key key = answerKey("page", viewerKey, r, query);
    if (key != null) {
      Optional<RegisterPage> known = answers.find(key, RegisterPage.class);
      if (known.isPresent()) {
        return Outcome.ok(known.get());
      }
    }
    Optional<RegisterPage> indexed = indexedPage(viewerKey, r, query);
    if (indexed.isPresent()) {
      remember(key, viewerKey, r, indexed.get());
      return Outcome.ok(indexed.get());
    }
    RegisterWindowAccumulator window =
        new RegisterWindowAccumulator(
            query.filter(), query.sort(), query.startAt(), query.maxResults());
    RiskAssessor assessor = new RiskAssessor(r.model());
    WalkTotals totals =
        walk(
            viewerKey,
            r,
            mapped ->
                window.accept(new RegisterRow(assessor.assess(mapped.risk()), mapped.problems())));
    return Outcome.ok(
        new RegisterPage(
            projectKey, r.model(), window.result(), totals.visible(), totals.hidden()));
  }

  /**
   * A project's heat map (inherent and residual) with its model matrix.
   *
   * @return Ok, or NotFound as for {@link #page}
   */
  public Outcome<ProjectHeatMap> heatMap(String viewerKey, String projectKey) {
    return scope(projectKey)
        .map(
            scope -> {
              RegisterAnswerCache.Key key = answerKey("heatmap", viewerKey, scope, "");
              if (key != null) {
                Optional<ProjectHeatMap> known = answers.find(key, ProjectHeatMap.class);
                if (known.isPresent()) {
                  return known.get();
                }
              }
              if (index != null) {
                Optional<AssessedRiskIndex.Tallied<HeatMap>> tallied =
                    index.heatMap(
                        viewerKey,
                        projectKey,
                        AssessmentStamp.of(scope),
                        scope.model().probabilityScale().size(),
                        scope.model().impactScale().size());
                if (tallied.isPresent()) {
                  ProjectHeatMap answer =
                      new ProjectHeatMap(
                          projectKey,
                          tallied.get().value(),
                          ModelPreview.of(scope.model()),
                          tallied.get().hidden());
                  remember(key, viewerKey, scope, answer);
                  return answer;
                }
              }
              HeatMapAccumulator heat = HeatMapAccumulator.of(scope.model());
              RiskAssessor assessor = new RiskAssessor(scope.model());
              WalkTotals totals =
                  walk(viewerKey, scope, mapped -> heat.accept(assessor.assess(mapped.risk())));
              return new ProjectHeatMap(
                  projectKey, heat.result(), ModelPreview.of(scope.model()), totals.hidden());
            });
  }

  /**
   * A summary over {@code projectKeys}, each project assessed with its own model and appetite.
   * Projects without settings (or whose model no longer exists) are skipped and listed.
   *
   * @param viewerKey user key whose permissions apply; null = system
   * @param projectKeys projects to include; duplicates are counted once
   * @param asOf today, for overdue reviews
   * @param topN how many worst active risks to include, ≥ 0
   */
  public PortfolioRiskSummary summary(
      String viewerKey, List<String> projectKeys, LocalDate asOf, int topN) {
    Scopes scopes = scopes(projectKeys);
    RiskAppetite appetite = RiskAppetite.NONE;
    for (RegisterScope r : scopes.configured()) {
      String bandKey = r.settings().appetiteBandKey();
      if (bandKey != null) {
        appetite =
            appetite.withProject(r.projectKey(), r.model().bands().byKey(bandKey).orElse(null));
      }
    }
    RegisterSummaryAccumulator summary = new RegisterSummaryAccumulator(asOf, appetite, topN);
    List<RegisterSummary> tallied = new ArrayList<>();
    TopRisksAccumulator top = new TopRisksAccumulator(topN);
    for (RegisterScope r : scopes.configured()) {
      RiskAssessor assessor = new RiskAssessor(r.model());
      Optional<RegisterSummary> fromIndex = indexedSummary(viewerKey, r, asOf, topN, assessor, top);
      if (fromIndex.isPresent()) {
        tallied.add(fromIndex.get());
        continue;
      }
      WalkTotals totals =
          walk(viewerKey, r, mapped -> summary.accept(assessor.assess(mapped.risk())));
      summary.addHidden(totals.hidden());
    }
    RegisterSummary result = summary.result();
    if (!tallied.isEmpty()) {
      result.top().forEach(top::accept);
      for (RegisterSummary t : tallied) {
        result = sum(result, t);
      }
      result = withTop(result, top.result());
    }
    return new PortfolioRiskSummary(result, scopes.unconfigured());
  }

  /**
   * Today's exposure snapshot over {@code projectKeys} (for the nightly trend), as seen by {@code
   * viewerKey} (null = system). Unconfigured projects are skipped.
   */
  public ExposureSnapshot snapshot(String viewerKey, List<String> projectKeys, LocalDate date) {
    ExposureSnapshotAccumulator snapshot = new ExposureSnapshotAccumulator(date);
    for (RegisterScope r : scopes(projectKeys).configured()) {
      RiskAssessor assessor = new RiskAssessor(r.model());
      walk(viewerKey, r, mapped -> snapshot.accept(assessor.assess(mapped.risk())));
    }
    return snapshot.result();
  }

  /**
   * Monte Carlo exposure over {@code projectKeys}: every visible active threat with a probability
   * (on {@code basis}) and an impact becomes one simulation input ({@link ExposureInputMapper});
   * unconfigured projects are skipped and listed.
   *
   * <p>Bounded ({@link ExposureLimits}): the walk keeps at most {@code maxRisks} inputs (beyond
   * that it only counts), and nothing is simulated when the register is too large. A refused
   * simulation is not truncated: a P95 over part of the register would understate the contingency
   * without saying so.
   *
   * @param viewerKey user key whose permissions apply; null = system
   * @param projectKeys projects to include; duplicates once
   * @param settings trials, seed and distribution
   * @param basis which probability of each risk to simulate
   * @return Ok; Invalid with field {@code ""} ({@link #EXPOSURE_TOO_MANY_RISKS}) when more risks
   *     qualify than {@code maxRisks}, or field {@code trials} ({@link #EXPOSURE_TOO_MANY_TRIALS})
   *     when {@code trials × risks} exceeds {@code maxDraws}
   */
  public Outcome<RegisterExposure> exposure(
      String viewerKey,
      List<String> projectKeys,
      SimulationSettings settings,
      ExposureBasis basis) {
    Objects.requireNonNull(basis, "basis");
    int maxRisks = exposureLimits.maxRisks();
    Map<String, RiskExposureInput> inputs = new LinkedHashMap<>();
    long[] overflow = new long[1];
    Scopes scopes = scopes(projectKeys);
    int[] excluded = new int[ExposureInputMapper.Exclusion.values().length];
    long hidden = 0;
    for (RegisterScope r : scopes.configured()) {
      ScoringModel model = r.model();
      RiskAssessor assessor = basis == ExposureBasis.CURRENT ? new RiskAssessor(model) : null;
      WalkTotals totals =
          walk(
              viewerKey,
              r,
              mapped -> {
                RiskState state =
                    assessor == null
                        ? basis.stateOf(null)
                        : basis.stateOf(assessor.assess(mapped.risk()));
                Optional<ExposureInputMapper.Exclusion> why =
                    ExposureInputMapper.exclusion(mapped.risk(), model, state);
                if (why.isPresent()) {
                  excluded[why.get().ordinal()]++;
                } else if (inputs.size() >= maxRisks
                    && !inputs.containsKey(mapped.risk().issueKey())) {
                  overflow[0]++;
                } else {
                  ExposureInputMapper.map(mapped.risk(), model, state)
                      .ifPresent(input -> inputs.putIfAbsent(input.riskKey(), input));
                }
              });
      hidden += totals.hidden();
    }
    long risks = inputs.size() + overflow[0];
    if (risks > maxRisks) {
      return Outcome.invalid(Violation.of("", EXPOSURE_TOO_MANY_RISKS, risks, maxRisks));
    }
    if ((long) settings.trials() * risks > exposureLimits.maxDraws()) {
      return Outcome.invalid(
          Violation.of(
              "trials",
              EXPOSURE_TOO_MANY_TRIALS,
              risks,
              exposureLimits.maxTrials(risks),
              exposureLimits.maxDraws()));
    }
    ExposureResult result =
        new ExposureSimulator().simulate(List.copyOf(inputs.values()), settings);
    return Outcome.ok(
        new RegisterExposure(
            result,
            basis,
            inputs.size(),
            excluded[ExposureInputMapper.Exclusion.NO_PROBABILITY.ordinal()],
            excluded[ExposureInputMapper.Exclusion.NO_IMPACT.ordinal()],
            hidden,
            scopes.unconfigured()));
  }

  /**
   * Resolves a project's effective settings and scoring model once, for {@link #forEachRisk(String,
   * RegisterScope, Consumer)} and {@link #counts}. The one resolution every operation of this
   * service (and the review reminder) uses.
   *
   * @return Ok; NotFound ({@link RiskMessageKeys#PROJECT_NOT_CONFIGURED} or {@link
   *     RiskMessageKeys#MODEL_NOT_FOUND})
   */
  public Outcome<RegisterScope> scope(String projectKey) {
    Optional<RiskProjectSettings> settings = settingsStore.effective(projectKey);
    if (settings.isEmpty()) {
      return Outcome.notFound(RiskMessageKeys.PROJECT_NOT_CONFIGURED, projectKey);
    }
    Optional<ScoringModel> model = modelStore.find(settings.get().modelId());
    if (model.isEmpty()) {
      return Outcome.notFound(RiskMessageKeys.MODEL_NOT_FOUND, settings.get().modelId());
    }
    return Outcome.ok(new RegisterScope(projectKey, settings.get(), model.get()));
  }

  /**
   * Feeds every viewer-visible risk of a resolved {@code scope}, mapped with its model, to {@code
   * consumer}, page by page; the settings and model are not looked up again.
   *
   * @return the visible and hidden counts of the walk
   */
  public WalkTotals forEachRisk(
      String viewerKey, RegisterScope scope, Consumer<MappedRisk> consumer) {
    return walk(viewerKey, scope, consumer);
  }

  /**
   * The visible and hidden counts of a scope, from one source call of one record: for a header sent
   * before a register is streamed.
   */
  public WalkTotals counts(String viewerKey, RegisterScope scope) {
    RiskRecordPage page =
        source.page(viewerKey, scope.projectKey(), scope.settings().mapping(), 0, 1);
    return new WalkTotals(page.totalVisible(), page.hiddenCount());
  }

  /**
   * Feeds every viewer-visible risk of one project, mapped, to {@code consumer}, page by page. For
   * adapters building their own views (exports) without holding the register.
   *
   * @return Ok with the visible and hidden counts, or NotFound as for {@link #page}
   */
  public Outcome<WalkTotals> forEachRisk(
      String viewerKey, String projectKey, Consumer<MappedRisk> consumer) {
    return scope(projectKey).map(scope -> forEachRisk(viewerKey, scope, consumer));
  }

  /**
   * Counts of a walk.
   *
   * @param visible risk issues the viewer may browse
   * @param hidden risk issues the viewer may not browse
   */
  public record WalkTotals(long visible, long hidden) {}

  /**
   * The projects of a multi-project operation, split by {@link #scope}: the one place where
   * unconfigured projects (no settings, or a model that no longer exists) are set aside.
   *
   * @param projectKeys the requested projects; duplicates count once, first occurrence's order
   * @return the resolved scopes and the unconfigured keys, both in request order
   */
  public Scopes scopes(List<String> projectKeys) {
    List<RegisterScope> configured = new ArrayList<>();
    List<String> unconfigured = new ArrayList<>();
    for (String projectKey : projectKeys.stream().distinct().toList()) {
      if (scope(projectKey) instanceof Outcome.Ok<RegisterScope> ok) {
        configured.add(ok.value());
      } else {
        unconfigured.add(projectKey);
      }
    }
    return new Scopes(configured, unconfigured);
  }

  /**
   * Requested projects split by configuration.
   *
   * @param configured the projects with settings and model, resolved; never null
   * @param unconfigured the keys of the others; never null
   */
  public record Scopes(List<RegisterScope> configured, List<String> unconfigured) {
    public Scopes {
      configured = List.copyOf(configured);
      unconfigured = List.copyOf(unconfigured);
    }
  }

  private WalkTotals walk(String viewerKey, RegisterScope scope, Consumer<MappedRisk> consumer) {
    RiskProjectSettings settings = scope.settings();
    return walkRecords(
        source,
        sourcePageSize,
        viewerKey,
        scope.projectKey(),
        settings,
        raw -> consumer.accept(RiskRecordMapper.map(raw, settings.mapping(), scope.model())));
  }

  /**
   * Pages through a project's records. Stops at the reported total, on an empty page, or when the
   * source makes no progress, so a misbehaving source cannot loop forever.
   */
  static WalkTotals walkRecords(
      RiskSource source,
      int pageSize,
      String viewerKey,
      String projectKey,
      RiskProjectSettings settings,
      Consumer<RawRiskRecord> consumer) {
    int startAt = 0;
    long visible = 0;
    long hidden = 0;
    while (true) {
      RiskRecordPage page =
          source.page(viewerKey, projectKey, settings.mapping(), startAt, pageSize);
      visible = page.totalVisible();
      hidden = page.hiddenCount();
      List<RawRiskRecord> records = page.records();
      int usable = Math.min(records.size(), pageSize);
      for (int i = 0; i < usable; i++) {
        consumer.accept(records.get(i));
      }
      startAt += usable;
      if (usable == 0 || startAt >= page.totalVisible()) {
        return new WalkTotals(visible, hidden);
      }
    }
  }

  /**
   * Where the host's index of a scope stands (starting its rebuild when needed): empty when the
   * service has no index (every request walks); consistent when page, heat map and summary are
   * answered from it; otherwise the rebuild's progress, while requests walk.
   */
  public Optional<AssessedRiskIndex.Progress> indexProgress(RegisterScope scope) {
    return index == null
        ? Optional.empty()
        : Optional.of(index.progress(scope.projectKey(), AssessmentStamp.of(scope)));
  }

  /** The page from the index: keys from it, then only those records read and assessed. */
  private Optional<RegisterPage> indexedPage(
      String viewerKey, RegisterScope r, RegisterQuery query) {
    if (index == null) {
      return Optional.empty();
    }
    Optional<AssessedRiskIndex.RecordWindow> records =
        index.recordWindow(
            viewerKey,
            r.projectKey(),
            AssessmentStamp.of(r),
            query.filter(),
            query.sort(),
            query.startAt(),
            query.maxResults());
    if (records.isPresent()) {
      AssessedRiskIndex.RecordWindow w = records.get();
      RiskAssessor assessor = new RiskAssessor(r.model());
      List<RegisterRow> rows = new ArrayList<>(w.records().size());
      for (RawRiskRecord raw : w.records()) {
        MappedRisk mapped = RiskRecordMapper.map(raw, r.settings().mapping(), r.model());
        rows.add(new RegisterRow(assessor.assess(mapped.risk()), mapped.problems()));
      }
      return Optional.of(
          new RegisterPage(
              r.projectKey(),
              r.model(),
              new RegisterWindow(rows, query.startAt(), w.matched(), w.visible()),
              w.visible(),
              w.hidden()));
    }
    Optional<AssessedRiskIndex.KeyWindow> window =
        index.window(
            viewerKey,
            r.projectKey(),
            AssessmentStamp.of(r),
            query.filter(),
            query.sort(),
            query.startAt(),
            query.maxResults());
    if (window.isEmpty()) {
      return Optional.empty();
    }
    AssessedRiskIndex.KeyWindow w = window.get();
    RiskAssessor assessor = new RiskAssessor(r.model());
    List<RegisterRow> rows = new ArrayList<>(w.keys().size());
    for (MappedRisk mapped : byKeys(viewerKey, r, w.keys())) {
      rows.add(new RegisterRow(assessor.assess(mapped.risk()), mapped.problems()));
    }
    return Optional.of(
        new RegisterPage(
            r.projectKey(),
            r.model(),
            new RegisterWindow(rows, query.startAt(), w.matched(), w.visible()),
            w.visible(),
            w.hidden()));
  }

  /** A project's summary from the index; its top risks are read by key and fed to {@code top}. */
  private Optional<RegisterSummary> indexedSummary(
      String viewerKey,
      RegisterScope r,
      LocalDate asOf,
      int topN,
      RiskAssessor assessor,
      TopRisksAccumulator top) {
    if (index == null) {
      return Optional.empty();
    }
    RegisterAnswerCache.Key key =
        answerKey("summary", viewerKey, r, new SummaryParameters(asOf, topN));
    if (key != null) {
      Optional<IndexedSummary> known = answers.find(key, IndexedSummary.class);
      if (known.isPresent()) {
        known.get().top().forEach(top::accept);
        return Optional.of(known.get().tally());
      }
    }
    String stamp = AssessmentStamp.of(r);
    Optional<RegisterSummary> tally = index.summary(viewerKey, r.projectKey(), stamp, asOf);
    if (tally.isEmpty()) {
      return Optional.empty();
    }
    List<MappedRisk> worst;
    Optional<List<RawRiskRecord>> topRecords =
        index.topRecords(viewerKey, r.projectKey(), stamp, topN);
    if (topRecords.isPresent()) {
      worst = new ArrayList<>(topRecords.get().size());
      for (RawRiskRecord raw : topRecords.get()) {
        worst.add(RiskRecordMapper.map(raw, r.settings().mapping(), r.model()));
      }
    } else {
      Optional<List<String>> topKeys = index.topKeys(viewerKey, r.projectKey(), stamp, topN);
      if (topKeys.isEmpty()) {
        return Optional.empty();
      }
      worst = byKeys(viewerKey, r, topKeys.get());
    }
    List<AssessedRisk> active = new ArrayList<>(worst.size());
    for (MappedRisk mapped : worst) {
      AssessedRisk risk = assessor.assess(mapped.risk());
      if (risk.risk().status().isActive()) {
        active.add(risk);
      }
    }
    active.forEach(top::accept);
    remember(key, viewerKey, r, new IndexedSummary(tally.get(), active));
    return tally;
  }

  /** A project's summary as the index answered it, with its worst active risks, assessed. */
  private record IndexedSummary(RegisterSummary tally, List<AssessedRisk> top) {
    IndexedSummary {
      top = List.copyOf(top);
    }
  }

  /** The parameters of a project's summary besides the viewer and the project. */
  private record SummaryParameters(LocalDate asOf, int topN) {}

  /**
   * The key of an answer about {@code r} for the viewer, with the index's token read now; null when
   * there is no index or it offers no token (then nothing is remembered or looked up).
   */
  private RegisterAnswerCache.Key answerKey(
      String kind, String viewerKey, RegisterScope r, Object parameters) {
    if (index == null) {
      return null;
    }
    return index
        .answerVersion(viewerKey, r.projectKey(), AssessmentStamp.of(r))
        .map(v -> new RegisterAnswerCache.Key(kind, r.projectKey(), v, parameters))
        .orElse(null);
  }

  /**
   * Remembers an answer computed after {@code key}'s token was read, when the token read again now
   * is still the same: the answer then stands for that token (a write or a permission change while
   * it was computed changes the token, and the answer is not kept).
   */
  private void remember(
      RegisterAnswerCache.Key key, String viewerKey, RegisterScope r, Object answer) {
    if (key == null) {
      return;
    }
    Optional<String> now = index.answerVersion(viewerKey, r.projectKey(), AssessmentStamp.of(r));
    if (now.isPresent() && now.get().equals(key.version())) {
      answers.put(key, answer);
    }
  }

  /** Lookups of the remembered answers so far (hit rate for the load test and the tests). */
  public RegisterAnswerCache.Stats answerStats() {
    return answers.stats();
  }

  /** The records of {@code keys}, mapped, in the order of {@code keys} (missing ones left out). */
  private List<MappedRisk> byKeys(String viewerKey, RegisterScope r, List<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    Map<String, RawRiskRecord> found = new HashMap<>();
    for (RawRiskRecord raw :
        source.records(viewerKey, r.projectKey(), r.settings().mapping(), keys)) {
      found.put(raw.issueKey(), raw);
    }
    List<MappedRisk> mapped = new ArrayList<>(keys.size());
    for (String key : keys) {
      RawRiskRecord raw = found.get(key);
      if (raw != null) {
        mapped.add(RiskRecordMapper.map(raw, r.settings().mapping(), r.model()));
      }
    }
    return mapped;
  }

  private static RegisterSummary sum(RegisterSummary a, RegisterSummary b) {
    Map<RiskStatus, Long> byStatus = new EnumMap<>(a.byStatus());
    b.byStatus().forEach((k, v) -> byStatus.merge(k, v, Long::sum));
    Map<RiskKind, Long> byKind = new EnumMap<>(a.byKind());
    b.byKind().forEach((k, v) -> byKind.merge(k, v, Long::sum));
    Map<String, Long> byBand = new TreeMap<>(a.activeByBand());
    b.activeByBand().forEach((k, v) -> byBand.merge(k, v, Long::sum));
    return new RegisterSummary(
        a.total() + b.total(),
        a.hidden() + b.hidden(),
        byStatus,
        byKind,
        byBand,
        a.activeUnrated() + b.activeUnrated(),
        a.overdueReviews() + b.overdueReviews(),
        a.aboveAppetite() + b.aboveAppetite(),
        a.threatEmv().add(b.threatEmv()),
        a.opportunityEmv().add(b.opportunityEmv()),
        a.top());
  }

  private static RegisterSummary withTop(RegisterSummary s, List<AssessedRisk> top) {
    return new RegisterSummary(
        s.total(),
        s.hidden(),
        s.byStatus(),
        s.byKind(),
        s.activeByBand(),
        s.activeUnrated(),
        s.overdueReviews(),
        s.aboveAppetite(),
        s.threatEmv(),
        s.opportunityEmv(),
        top);
  }

  /** A refusal of one type passed on as another (only Ok carries a value). */
  @SuppressWarnings("unchecked")
  private static <T> Outcome<T> notOk(Outcome<?> refusal) {
    if (refusal.isOk()) {
      throw new IllegalArgumentException("not a refusal: " + refusal);
    }
    return (Outcome<T>) refusal;
  }
}
