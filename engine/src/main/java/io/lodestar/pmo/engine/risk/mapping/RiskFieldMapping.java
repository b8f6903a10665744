package io.lodestar.pmo.engine.risk.mapping;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which Jira issue types are risks and which fields hold what, as configured by the PMO for a
 * project (or as the portfolio default). Field ids are opaque strings understood by the adapter:
 * custom field ids ({@code customfield_10010}) or system field ids ({@code assignee}, {@code
 * duedate}). Every field id is nullable (= not mapped).
 *
 * <p>Interpretation (see {@link RiskRecordMapper}): rating fields that are select lists map each
 * option to the level named for it in {@link #optionLevels()}, and, for a field with no option
 * levels, option position k (1-based, the host's configured order) to scale rank k; rating fields
 * that are numbers map per {@link #numberMapping()}; text matching a level label (ignoring case)
 * maps to that level.
 *
 * @param riskIssueTypeIds Jira issue type ids designated as risks; never null; exactly these types
 *     are risks, with no default: empty means no issue is a risk (saved settings always name at
 *     least one, see {@code RiskSettingsService})
 * @param inherent fields of the inherent rating; never null
 * @param residual fields of the residual rating; never null
 * @param target fields of the target rating; never null
 * @param ownerFieldId user field holding the risk owner
 * @param reviewDateFieldId date field holding the next review date
 * @param categoryFieldId select or text field holding the category
 * @param responseFieldId select or text field holding the response strategy (option label = enum
 *     name, ignoring case, blanks and underscores)
 * @param kindFieldId select or text field holding Threat / Opportunity (label, or position 1 =
 *     threat, 2 = opportunity); not mapped = every risk is a threat
 * @param statusFieldId select or text field holding the risk status (label = {@code RiskStatus}
 *     name); not mapped = derived from the Jira status category
 * @param proximityFieldId select (position or label), text (label) or number (days) field holding
 *     proximity
 * @param cost three number fields of the cost impact (reporting currency)
 * @param schedule three number fields of the schedule impact (working days)
 * @param numberMapping how number rating fields map to levels; never null
 * @param optionLevels per select field id, each option label's level (a 1-based rank of the scale
 *     the field rates); never null, may be empty; a field listed here rates only the options it
 *     lists (another option is unrated, with a problem saying so)
 */
public record RiskFieldMapping(
    Set<String> riskIssueTypeIds,
    RatingFieldIds inherent,
    RatingFieldIds residual,
    RatingFieldIds target,
    String ownerFieldId,
    String reviewDateFieldId,
    String categoryFieldId,
    String responseFieldId,
    String kindFieldId,
    String statusFieldId,
    String proximityFieldId,
    ThreePointFieldIds cost,
    ThreePointFieldIds schedule,
    NumberMapping numberMapping,
    Map<String, Map<String, Integer>> optionLevels) {

  public RiskFieldMapping {
    riskIssueTypeIds = Set.copyOf(riskIssueTypeIds);
    Objects.requireNonNull(inherent, "inherent");
    Objects.requireNonNull(residual, "residual");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(numberMapping, "numberMapping");
    Objects.requireNonNull(optionLevels, "optionLevels");
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    optionLevels.forEach(
        (field, levels) -> {
          Objects.requireNonNull(field, "optionLevels field id");
          Map<String, Integer> options = new TreeMap<>();
          levels.forEach(
              (label, level) -> {
                Objects.requireNonNull(label, "optionLevels label");
                Objects.requireNonNull(level, "optionLevels level");
                options.put(label, level);
              });
          if (!options.isEmpty()) {
            copy.put(field, Collections.unmodifiableMap(options));
          }
        });
    optionLevels = Collections.unmodifiableMap(copy);
  }

  /**
   * The level named for option {@code label} of field {@code fieldId}.
   *
   * @return the rank, or empty when the field has option levels but not for this label, or null
   *     when the field has no option levels at all (rated by option position)
   */
  public java.util.OptionalInt optionLevel(String fieldId, String label) {
    Map<String, Integer> levels = optionLevels.get(fieldId);
    if (levels == null) {
      return null;
    }
    Integer level = levels.get(label);
    return level == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(level);
  }

  /**
   * Every field id this mapping names, each once, in a fixed order (ratings inherent → residual →
   * target, then owner, review date, category, response, kind, status, proximity, cost and schedule
   * three-point fields). A risk source reads exactly these fields of each risk issue.
   *
   * @return the mapped field ids; never null, no nulls inside
   */
  public Set<String> fieldIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (RatingFieldIds rating : List.of(inherent, residual, target)) {
      ids.add(rating.probabilityFieldId());
      for (ImpactDimension d : ImpactDimension.values()) {
        ids.add(rating.impactFieldIds().get(d));
      }
      ids.add(rating.detectabilityFieldId());
    }
    ids.add(ownerFieldId);
    ids.add(reviewDateFieldId);
    ids.add(categoryFieldId);
    ids.add(responseFieldId);
    ids.add(kindFieldId);
    ids.add(statusFieldId);
    ids.add(proximityFieldId);
    for (ThreePointFieldIds three : List.of(cost, schedule)) {
      ids.add(three.minFieldId());
      ids.add(three.mostLikelyFieldId());
      ids.add(three.maxFieldId());
    }
    ids.remove(null);
    return Collections.unmodifiableSet(ids);
  }

  /** A builder with nothing mapped and {@link NumberMapping#RANK}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with this mapping. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.riskIssueTypeIds = riskIssueTypeIds;
    b.inherent = inherent;
    b.residual = residual;
    b.target = target;
    b.ownerFieldId = ownerFieldId;
    b.reviewDateFieldId = reviewDateFieldId;
    b.categoryFieldId = categoryFieldId;
    b.responseFieldId = responseFieldId;
    b.kindFieldId = kindFieldId;
    b.statusFieldId = statusFieldId;
    b.proximityFieldId = proximityFieldId;
    b.cost = cost;
    b.schedule = schedule;
    b.numberMapping = numberMapping;
    b.optionLevels = optionLevels;
    return b;
  }

  /** Mutable builder for {@link RiskFieldMapping}. */
  public static final class Builder {
    private Set<String> riskIssueTypeIds = Set.of();
    private RatingFieldIds inherent = RatingFieldIds.NONE;
    private RatingFieldIds residual = RatingFieldIds.NONE;
    private RatingFieldIds target = RatingFieldIds.NONE;
    private String ownerFieldId;
    private String reviewDateFieldId;
    private String categoryFieldId;
    private String responseFieldId;
    private String kindFieldId;
    private String statusFieldId;
    private String proximityFieldId;
    private ThreePointFieldIds cost = ThreePointFieldIds.NONE;
    private ThreePointFieldIds schedule = ThreePointFieldIds.NONE;
    private NumberMapping numberMapping = NumberMapping.RANK;
    private Map<String, Map<String, Integer>> optionLevels = Map.of();

    private Builder() {}

    public Builder optionLevels(Map<String, Map<String, Integer>> levels) {
      this.optionLevels = levels;
      return this;
    }

    public Builder riskIssueTypeIds(Set<String> ids) {
      this.riskIssueTypeIds = ids;
      return this;
    }

    public Builder inherent(RatingFieldIds fields) {
      this.inherent = fields;
      return this;
    }

    public Builder residual(RatingFieldIds fields) {
      this.residual = fields;
      return this;
    }

    public Builder target(RatingFieldIds fields) {
      this.target = fields;
      return this;
    }

    public Builder ownerFieldId(String id) {
      this.ownerFieldId = id;
      return this;
    }

    public Builder reviewDateFieldId(String id) {
      this.reviewDateFieldId = id;
      return this;
    }

    public Builder categoryFieldId(String id) {
      this.categoryFieldId = id;
      return this;
    }

    public Builder responseFieldId(String id) {
      this.responseFieldId = id;
      return this;
    }

    public Builder kindFieldId(String id) {
      this.kindFieldId = id;
      return this;
    }

    public Builder statusFieldId(String id) {
      this.statusFieldId = id;
      return this;
    }

    public Builder proximityFieldId(String id) {
      this.proximityFieldId = id;
      return this;
    }

    public Builder cost(ThreePointFieldIds fields) {
      this.cost = fields;
      return this;
    }

    public Builder schedule(ThreePointFieldIds fields) {
      this.schedule = fields;
      return this;
    }

    public Builder numberMapping(NumberMapping mapping) {
      this.numberMapping = mapping;
      return this;
    }

    public RiskFieldMapping build() {
      return new RiskFieldMapping(
          riskIssueTypeIds,
          inherent,
          residual,
          target,
          ownerFieldId,
          reviewDateFieldId,
          categoryFieldId,
          responseFieldId,
          kindFieldId,
          statusFieldId,
          proximityFieldId,
          cost,
          schedule,
          numberMapping,
          optionLevels);
    }
  }
}
