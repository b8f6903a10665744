package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.app.risk.rest.ModelPreviewJson.BandRef;
import io.lodestar.pmo.app.risk.rest.ModelPreviewJson.LevelRef;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.StateAssessment;
import io.lodestar.pmo.engine.risk.mapping.MappingProblem;
import io.lodestar.pmo.engine.risk.register.HeatMap;
import io.lodestar.pmo.engine.risk.register.RegisterRow;
import io.lodestar.pmo.engine.risk.register.RegisterSummary;
import io.lodestar.pmo.engine.risk.scoring.CellEvaluation;
import io.lodestar.pmo.engine.risk.service.ProjectHeatMap;
import io.lodestar.pmo.engine.risk.service.RegisterPage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** JSON shapes of the register views. All records; enums as lower-case strings. */
public final class RegisterJson {

  private RegisterJson() {}

  /**
   * One page of the register.
   *
   * @param projectKey the project
   * @param modelId the scoring model used
   * @param modelName its name
   * @param startAt index of the first row among the matching rows
   * @param maxResults page size asked for
   * @param total rows matching the filter (all pages)
   * @param totalVisible risks the viewer may browse (before filtering)
   * @param hiddenCount risks of the project the viewer may not browse
   * @param rows this page
   */
  public record PageJson(
      String projectKey,
      long modelId,
      String modelName,
      int startAt,
      int maxResults,
      long total,
      long totalVisible,
      long hiddenCount,
      List<RowJson> rows) {}

  /**
   * One register row.
   *
   * @param key issue key
   * @param title issue summary
   * @param ownerKey owner's user key; null when unowned
   * @param status {@code open}, {@code mitigating}, {@code accepted}, {@code closed}, {@code
   *     occurred}
   * @param kind {@code threat} or {@code opportunity}
   * @param category category; null when none
   * @param response response strategy; null when none
   * @param inherent inherent assessment
   * @param residual residual assessment
   * @param reviewDate next review (ISO date); null when none
   * @param overdue whether the review is overdue today
   * @param mitigationKeys linked mitigation issues
   * @param problems what could not be read from the issue, as messages
   */
  public record RowJson(
      String key,
      String title,
      String ownerKey,
      String status,
      String kind,
      String category,
      String response,
      StateJson inherent,
      StateJson residual,
      String reviewDate,
      boolean overdue,
      List<String> mitigationKeys,
      List<String> problems) {}

  /**
   * One assessment.
   *
   * @param rated whether it could be scored
   * @param score the score; null when unrated
   * @param band the band; null when unrated
   * @param probabilityRank matrix row; null when unrated
   * @param impactRank matrix column; null when unrated
   * @param unratedReason why not rated ({@code no_probability}, {@code no_impact}, {@code
   *     no_detectability}, {@code out_of_scale}); null when rated
   */
  public record StateJson(
      boolean rated,
      BigDecimal score,
      BandRef band,
      Integer probabilityRank,
      Integer impactRank,
      String unratedReason) {

    static StateJson of(StateAssessment a) {
      if (a instanceof StateAssessment.Rated r) {
        CellEvaluation e = r.evaluation();
        return new StateJson(
            true,
            e.score(),
            BandRef.of(e.band()),
            e.cell().probabilityRank(),
            e.cell().impactRank(),
            null);
      }
      return new StateJson(
          false, null, null, null, null, lower(((StateAssessment.Unrated) a).reason()));
    }
  }

  /**
   * The heat map: inherent and residual counts per cell, coloured by the model.
   *
   * @param projectKey the project
   * @param rows probability levels, highest first
   * @param columns impact levels, lowest first
   * @param cells one per cell, row by row in the order of {@code rows}, then {@code columns}
   * @param inherentUnrated risks without an inherent assessment
   * @param residualUnrated risks without a residual assessment
   * @param total risks counted
   * @param hiddenCount risks the viewer may not browse
   */
  public record HeatMapJson(
      String projectKey,
      List<LevelRef> rows,
      List<LevelRef> columns,
      List<HeatCellJson> cells,
      long inherentUnrated,
      long residualUnrated,
      long total,
      long hiddenCount) {}

  /**
   * One heat-map cell.
   *
   * @param probabilityRank row rank
   * @param impactRank column rank
   * @param score the cell's score
   * @param band the cell's band (colour)
   * @param inherent risks whose inherent assessment is here
   * @param residual risks whose residual assessment is here
   */
  public record HeatCellJson(
      int probabilityRank,
      int impactRank,
      BigDecimal score,
      BandRef band,
      long inherent,
      long residual) {}

  /**
   * The register at a glance.
   *
   * @param total visible risks
   * @param hiddenCount risks the viewer may not browse
   * @param active open, mitigating and accepted risks
   * @param byStatus count per status
   * @param activeByBand active rated risks per band key
   * @param activeUnrated active risks without a current assessment
   * @param overdueReviews active risks whose review date has passed
   * @param aboveAppetite active risks in a band strictly above the appetite
   * @param threatEmv expected monetary value of active threats
   * @param opportunityEmv expected monetary value of active opportunities
   * @param top the worst active risks, worst first
   */
  public record SummaryJson(
      long total,
      long hiddenCount,
      long active,
      Map<String, Long> byStatus,
      Map<String, Long> activeByBand,
      long activeUnrated,
      long overdueReviews,
      long aboveAppetite,
      BigDecimal threatEmv,
      BigDecimal opportunityEmv,
      List<TopRiskJson> top) {}

  /**
   * One of the worst risks.
   *
   * @param key issue key
   * @param title summary
   * @param status status
   * @param current the current (residual when rated, else inherent) assessment
   */
  public record TopRiskJson(String key, String title, String status, StateJson current) {}

  static PageJson page(
      RegisterPage page, int maxResults, LocalDate today, Function<MappingProblem, String> text) {
    List<RowJson> rows = new ArrayList<>();
    for (RegisterRow row : page.window().rows()) {
      rows.add(row(row.risk(), row.problems().stream().map(text).toList(), today));
    }
    return new PageJson(
        page.projectKey(),
        page.model().id(),
        page.model().name(),
        page.window().startAt(),
        maxResults,
        page.window().matched(),
        page.totalVisible(),
        page.hidden(),
        rows);
  }

  static RowJson row(AssessedRisk a, List<String> problems, LocalDate today) {
    Risk r = a.risk();
    return new RowJson(
        r.issueKey(),
        r.title(),
        r.ownerKey(),
        lower(r.status()),
        lower(r.kind()),
        r.category(),
        lower(r.response()),
        StateJson.of(a.inherent()),
        StateJson.of(a.residual()),
        r.reviewDate() == null ? null : r.reviewDate().toString(),
        r.isReviewOverdue(today),
        r.mitigationKeys(),
        problems);
  }

  static HeatMapJson heatMap(ProjectHeatMap p) {
    HeatMap h = p.heatMap();
    List<HeatCellJson> cells = new ArrayList<>();
    for (HeatMap.HeatMapCell c : h.cells()) {
      CellEvaluation e = p.matrix().cell(c.cell().probabilityRank(), c.cell().impactRank());
      cells.add(
          new HeatCellJson(
              c.cell().probabilityRank(),
              c.cell().impactRank(),
              e.score(),
              BandRef.of(e.band()),
              c.inherent(),
              c.residual()));
    }
    return new HeatMapJson(
        p.projectKey(),
        p.matrix().rows().stream().map(r -> LevelRef.of(r.probability())).toList(),
        p.matrix().columns().stream().map(LevelRef::of).toList(),
        cells,
        h.inherentUnrated(),
        h.residualUnrated(),
        h.total(),
        p.hidden());
  }

  static SummaryJson summary(RegisterSummary s) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    s.byStatus().forEach((k, v) -> byStatus.put(lower(k), v));
    return new SummaryJson(
        s.total(),
        s.hidden(),
        s.active(),
        byStatus,
        new LinkedHashMap<>(s.activeByBand()),
        s.activeUnrated(),
        s.overdueReviews(),
        s.aboveAppetite(),
        s.threatEmv(),
        s.opportunityEmv(),
        s.top().stream()
            .map(
                a ->
                    new TopRiskJson(
                        a.issueKey(),
                        a.risk().title(),
                        lower(a.risk().status()),
                        StateJson.of(a.current())))
            .toList());
  }

  static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
