package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.NumberMapping;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.shared.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Risk settings of a project (or the portfolio default) as JSON, the same shape in and out.
 *
 * @param version on GET: the stored version, 0 when there is nothing stored yet; on PUT: required,
 *     the version the client edited (0 to create)
 * @param source on GET only: {@code project} (the project's own settings), {@code default} (the
 *     project has none; the portfolio default is shown) or {@code none}; ignored on PUT
 * @param modelId id of the scoring model, &gt; 0
 * @param appetiteBandKey the highest acceptable band of the model; null for no appetite
 * @param mapping which issue types are risks and which fields hold what
 */
public record RiskSettingsJson(
    Long version, String source, Long modelId, String appetiteBandKey, MappingJson mapping) {

  /** The project's own settings. */
  public static final String SOURCE_PROJECT = "project";

  /** The portfolio default, shown for a project without its own settings. */
  public static final String SOURCE_DEFAULT = "default";

  /** Nothing configured. */
  public static final String SOURCE_NONE = "none";

  /**
   * The field mapping. Field ids are Jira field ids ({@code customfield_10010}, {@code assignee},
   * {@code duedate}); null = not mapped.
   *
   * @param riskIssueTypeIds issue type ids designated as risks
   * @param inherent fields of the inherent rating
   * @param residual fields of the residual rating
   * @param target fields of the target rating
   * @param ownerFieldId user field of the owner
   * @param reviewDateFieldId date field of the next review
   * @param categoryFieldId category field
   * @param responseFieldId response strategy field
   * @param kindFieldId threat / opportunity field
   * @param statusFieldId risk status field
   * @param proximityFieldId proximity field
   * @param cost three number fields of the cost impact
   * @param schedule three number fields of the schedule impact
   * @param numberMapping {@code rank} or {@code nearest_value}; null = rank
   * @param optionLevels per select field id, each option's level (a 1-based rank of the scale the
   *     field rates), e.g. {@code {"customfield_10010": {"Low": 2, "High": 4}}}; a field listed
   *     here rates only the options it lists; null = none (options rate by their position)
   */
  public record MappingJson(
      List<String> riskIssueTypeIds,
      RatingFieldsJson inherent,
      RatingFieldsJson residual,
      RatingFieldsJson target,
      String ownerFieldId,
      String reviewDateFieldId,
      String categoryFieldId,
      String responseFieldId,
      String kindFieldId,
      String statusFieldId,
      String proximityFieldId,
      ThreePointFieldsJson cost,
      ThreePointFieldsJson schedule,
      String numberMapping,
      Map<String, Map<String, Integer>> optionLevels) {}

  /**
   * Fields of one rating.
   *
   * @param probabilityFieldId probability (RPN: occurrence) field
   * @param impactFieldIds impact field per dimension: keys {@code cost}, {@code schedule}, {@code
   *     scope}, {@code quality}
   * @param detectabilityFieldId detectability field (RPN)
   */
  public record RatingFieldsJson(
      String probabilityFieldId, Map<String, String> impactFieldIds, String detectabilityFieldId) {}

  /**
   * The three number fields of a three-point impact; all three or none.
   *
   * @param minFieldId minimum
   * @param mostLikelyFieldId most likely
   * @param maxFieldId maximum
   */
  public record ThreePointFieldsJson(
      String minFieldId, String mostLikelyFieldId, String maxFieldId) {}

  /** The JSON of stored settings. */
  public static RiskSettingsJson of(Versioned<RiskProjectSettings> stored, String source) {
    RiskProjectSettings s = stored.value();
    return new RiskSettingsJson(
        stored.version(), source, s.modelId(), s.appetiteBandKey(), mapping(s.mapping()));
  }

  /** The answer when nothing is configured. */
  public static RiskSettingsJson none() {
    return new RiskSettingsJson(0L, SOURCE_NONE, null, null, null);
  }

  static MappingJson mapping(RiskFieldMapping m) {
    List<String> types = new ArrayList<>(m.riskIssueTypeIds());
    types.sort(null);
    return new MappingJson(
        types,
        rating(m.inherent()),
        rating(m.residual()),
        rating(m.target()),
        m.ownerFieldId(),
        m.reviewDateFieldId(),
        m.categoryFieldId(),
        m.responseFieldId(),
        m.kindFieldId(),
        m.statusFieldId(),
        m.proximityFieldId(),
        threePoint(m.cost()),
        threePoint(m.schedule()),
        m.numberMapping().name().toLowerCase(Locale.ROOT),
        m.optionLevels());
  }

  private static RatingFieldsJson rating(RatingFieldIds r) {
    Map<String, String> impacts = new LinkedHashMap<>();
    r.impactFieldIds().forEach((d, f) -> impacts.put(d.name().toLowerCase(Locale.ROOT), f));
    return new RatingFieldsJson(r.probabilityFieldId(), impacts, r.detectabilityFieldId());
  }

  private static ThreePointFieldsJson threePoint(ThreePointFieldIds t) {
    return t.isMapped()
        ? new ThreePointFieldsJson(t.minFieldId(), t.mostLikelyFieldId(), t.maxFieldId())
        : null;
  }

  /**
   * The engine settings this JSON describes.
   *
   * @throws io.lodestar.pmo.app.shared.error.InvalidInputException naming the first field that is
   *     missing or malformed; model existence and the appetite band are checked by the engine
   */
  RiskProjectSettings toSettings(RestErrors errors) {
    if (modelId == null) {
      throw errors.invalid("modelId", RestErrors.REQUIRED);
    }
    if (modelId <= 0) {
      throw errors.invalid("modelId", RestErrors.OUT_OF_RANGE, 1, Long.MAX_VALUE);
    }
    if (mapping == null) {
      throw errors.invalid("mapping", RestErrors.REQUIRED);
    }
    String appetite = appetiteBandKey == null || appetiteBandKey.isBlank() ? null : appetiteBandKey;
    return RiskProjectSettings.of(modelId, toMapping(errors, mapping), appetite);
  }

  private static RiskFieldMapping toMapping(RestErrors errors, MappingJson m) {
    List<String> types = m.riskIssueTypeIds() == null ? List.of() : m.riskIssueTypeIds();
    for (int i = 0; i < types.size(); i++) {
      if (types.get(i) == null || types.get(i).isBlank()) {
        throw errors.invalid("mapping.riskIssueTypeIds[" + i + "]", RestErrors.REQUIRED);
      }
    }
    NumberMapping numbers =
        errors.enumParam("mapping.numberMapping", m.numberMapping(), NumberMapping.class);
    return RiskFieldMapping.builder()
        .riskIssueTypeIds(java.util.Set.copyOf(types))
        .inherent(toRating(errors, "mapping.inherent", m.inherent()))
        .residual(toRating(errors, "mapping.residual", m.residual()))
        .target(toRating(errors, "mapping.target", m.target()))
        .ownerFieldId(blankToNull(m.ownerFieldId()))
        .reviewDateFieldId(blankToNull(m.reviewDateFieldId()))
        .categoryFieldId(blankToNull(m.categoryFieldId()))
        .responseFieldId(blankToNull(m.responseFieldId()))
        .kindFieldId(blankToNull(m.kindFieldId()))
        .statusFieldId(blankToNull(m.statusFieldId()))
        .proximityFieldId(blankToNull(m.proximityFieldId()))
        .cost(toThreePoint(errors, "mapping.cost", m.cost()))
        .schedule(toThreePoint(errors, "mapping.schedule", m.schedule()))
        .numberMapping(numbers == null ? NumberMapping.RANK : numbers)
        .optionLevels(toOptionLevels(errors, m.optionLevels()))
        .build();
  }

  private static Map<String, Map<String, Integer>> toOptionLevels(
      RestErrors errors, Map<String, Map<String, Integer>> levels) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (levels == null) {
      return out;
    }
    for (Map.Entry<String, Map<String, Integer>> field : levels.entrySet()) {
      String path = "mapping.optionLevels." + field.getKey();
      if (field.getKey() == null || field.getKey().isBlank()) {
        throw errors.invalid("mapping.optionLevels", RestErrors.REQUIRED);
      }
      Map<String, Integer> options = new LinkedHashMap<>();
      if (field.getValue() != null) {
        for (Map.Entry<String, Integer> option : field.getValue().entrySet()) {
          // An option without a level is simply not listed: it stays unrated.
          if (option.getKey() != null && option.getValue() != null) {
            options.put(option.getKey(), option.getValue());
          } else if (option.getKey() == null) {
            throw errors.invalid(path, RestErrors.REQUIRED);
          }
        }
      }
      out.put(field.getKey().strip(), options);
    }
    return out;
  }

  private static RatingFieldIds toRating(RestErrors errors, String field, RatingFieldsJson r) {
    if (r == null) {
      return RatingFieldIds.NONE;
    }
    Map<ImpactDimension, String> impacts = new LinkedHashMap<>();
    if (r.impactFieldIds() != null) {
      for (Map.Entry<String, String> e : r.impactFieldIds().entrySet()) {
        String path = field + ".impactFieldIds." + e.getKey();
        ImpactDimension d = errors.enumParam(path, e.getKey(), ImpactDimension.class);
        if (d == null) {
          throw errors.invalid(path, RestErrors.REQUIRED);
        }
        String fieldId = blankToNull(e.getValue());
        if (fieldId != null) {
          impacts.put(d, fieldId);
        }
      }
    }
    return new RatingFieldIds(
        blankToNull(r.probabilityFieldId()), impacts, blankToNull(r.detectabilityFieldId()));
  }

  private static ThreePointFieldIds toThreePoint(
      RestErrors errors, String field, ThreePointFieldsJson t) {
    if (t == null) {
      return ThreePointFieldIds.NONE;
    }
    String min = blankToNull(t.minFieldId());
    String likely = blankToNull(t.mostLikelyFieldId());
    String max = blankToNull(t.maxFieldId());
    boolean any = min != null || likely != null || max != null;
    if (any && min == null) {
      throw errors.invalid(field + ".minFieldId", RestErrors.THREE_POINT_INCOMPLETE);
    }
    if (any && likely == null) {
      throw errors.invalid(field + ".mostLikelyFieldId", RestErrors.THREE_POINT_INCOMPLETE);
    }
    if (any && max == null) {
      throw errors.invalid(field + ".maxFieldId", RestErrors.THREE_POINT_INCOMPLETE);
    }
    return any ? ThreePointFieldIds.of(min, likely, max) : ThreePointFieldIds.NONE;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
