package io.lodestar.pmo.app.risk.persistence;

import io.lodestar.pmo.app.shared.persistence.PropertiesText;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.NumberMapping;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a {@link RiskFieldMapping} into the mapping text a host stores with a project's risk
 * settings (the {@code MAPPING} column in Jira and in the sandbox) and back.
 *
 * <p>Format 1 ({@link io.lodestar.pmo.app.shared.persistence.PropertiesText} lines; unmapped fields
 * are left out):
 *
 * <pre>
 * issueTypes.count=2  issueTypes.1=10001  issueTypes.2=10002   (sorted)
 * inherent.probability=customfield_10010
 * inherent.impact.COST=customfield_10011 ... inherent.detectability=...
 * residual.* and target.* likewise
 * owner, reviewDate, category, response, kind, status, proximity = field ids
 * cost.min, cost.mostLikely, cost.max, schedule.min, schedule.mostLikely, schedule.max
 * numberMapping=RANK | NEAREST_VALUE
 * </pre>
 *
 * <p>Format 2 adds the explicit option levels, one triple per (field, option), sorted:
 *
 * <pre>
 * optionLevels.count=2
 * optionLevels.1.field=customfield_10010  optionLevels.1.option=High  optionLevels.1.level=4
 * </pre>
 *
 * This codec writes format 2 and reads 1 (no option levels) and 2, so rows written by the previous
 * version need no upgrade.
 *
 * <p>Reading rejects unknown entries, unknown enum names and values the engine refuses, with a
 * {@link StoredDataException}.
 */
public final class RiskFieldMappingCodec {

  /** The format this codec writes. */
  public static final int FORMAT_VERSION = 2;

  /** The first format, without option levels; still read. */
  public static final int FORMAT_VERSION_1 = 1;

  private static final int MAX_OPTION_LEVELS = 100_000;

  private static final int MAX_ISSUE_TYPES = 1000;

  /**
   * @param mapping a mapping
   * @return its text in format {@link #FORMAT_VERSION}
   */
  public String write(RiskFieldMapping mapping) {
    Map<String, String> e = new LinkedHashMap<>();
    Set<String> types = new TreeSet<>(mapping.riskIssueTypeIds());
    e.put("issueTypes.count", Integer.toString(types.size()));
    int i = 1;
    for (String type : types) {
      e.put("issueTypes." + i++, type);
    }
    writeRating(e, "inherent", mapping.inherent());
    writeRating(e, "residual", mapping.residual());
    writeRating(e, "target", mapping.target());
    e.put("owner", mapping.ownerFieldId());
    e.put("reviewDate", mapping.reviewDateFieldId());
    e.put("category", mapping.categoryFieldId());
    e.put("response", mapping.responseFieldId());
    e.put("kind", mapping.kindFieldId());
    e.put("status", mapping.statusFieldId());
    e.put("proximity", mapping.proximityFieldId());
    writeThreePoint(e, "cost", mapping.cost());
    writeThreePoint(e, "schedule", mapping.schedule());
    e.put("numberMapping", mapping.numberMapping().name());
    int n = 0;
    for (Map.Entry<String, Map<String, Integer>> field : mapping.optionLevels().entrySet()) {
      for (Map.Entry<String, Integer> option : field.getValue().entrySet()) {
        n++;
        e.put("optionLevels." + n + ".field", field.getKey());
        e.put("optionLevels." + n + ".option", option.getKey());
        e.put("optionLevels." + n + ".level", Integer.toString(option.getValue()));
      }
    }
    if (n > 0) {
      e.put("optionLevels.count", Integer.toString(n));
    }
    return PropertiesText.write(e);
  }

  /**
   * @param row names the row in error messages
   * @param formatVersion the FORMAT_VERSION column
   * @param text the MAPPING column
   * @return the mapping
   * @throws StoredDataException when the text does not hold a valid mapping
   */
  public RiskFieldMapping read(String row, int formatVersion, String text) {
    if (formatVersion != FORMAT_VERSION && formatVersion != FORMAT_VERSION_1) {
      throw new StoredDataException(row + ": unknown mapping format version " + formatVersion);
    }
    Map<String, String> entries =
        new TreeMap<>(ScoringModelCodec.PropertiesTextReader.read(row, text));
    Set<String> consumed = new HashSet<>();
    java.util.function.Function<String, String> get =
        key -> {
          consumed.add(key);
          String value = entries.get(key);
          return value == null || value.isBlank() ? null : value.strip();
        };
    try {
      RiskFieldMapping.Builder b = RiskFieldMapping.builder();
      b.riskIssueTypeIds(issueTypes(row, get));
      b.inherent(readRating(row, "inherent", get));
      b.residual(readRating(row, "residual", get));
      b.target(readRating(row, "target", get));
      b.ownerFieldId(get.apply("owner"));
      b.reviewDateFieldId(get.apply("reviewDate"));
      b.categoryFieldId(get.apply("category"));
      b.responseFieldId(get.apply("response"));
      b.kindFieldId(get.apply("kind"));
      b.statusFieldId(get.apply("status"));
      b.proximityFieldId(get.apply("proximity"));
      b.cost(readThreePoint("cost", get));
      b.schedule(readThreePoint("schedule", get));
      b.numberMapping(
          ScoringModelCodec.parseEnum(
              NumberMapping.class, get.apply("numberMapping"), row + ": numberMapping"));
      if (formatVersion >= FORMAT_VERSION) {
        b.optionLevels(optionLevels(row, entries, consumed));
      }
      for (String key : entries.keySet()) {
        if (!consumed.contains(key)) {
          throw new StoredDataException(row + ": unknown mapping entry '" + key + "'");
        }
      }
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StoredDataException(row + ": invalid mapping: " + e.getMessage(), e);
    }
  }

  private static Map<String, Map<String, Integer>> optionLevels(
      String row, Map<String, String> entries, Set<String> consumed) {
    consumed.add("optionLevels.count");
    String countText = entries.get("optionLevels.count");
    int count;
    try {
      count = countText == null ? 0 : Integer.parseInt(countText.strip());
    } catch (NumberFormatException e) {
      throw new StoredDataException(row + ": optionLevels.count is not a number", e);
    }
    if (count < 0 || count > MAX_OPTION_LEVELS) {
      throw new StoredDataException(row + ": optionLevels.count out of range: " + count);
    }
    Map<String, Map<String, Integer>> levels = new TreeMap<>();
    for (int i = 1; i <= count; i++) {
      String prefix = "optionLevels." + i + ".";
      consumed.add(prefix + "field");
      consumed.add(prefix + "option");
      consumed.add(prefix + "level");
      String field = entries.get(prefix + "field");
      // The option label is kept exactly (blanks included): it is compared with the host's label.
      String option = entries.get(prefix + "option");
      String level = entries.get(prefix + "level");
      if (field == null || field.isBlank() || option == null || level == null) {
        throw new StoredDataException(row + ": " + prefix + "field/option/level is missing");
      }
      try {
        levels
            .computeIfAbsent(field.strip(), f -> new TreeMap<>())
            .put(option, Integer.parseInt(level.strip()));
      } catch (NumberFormatException e) {
        throw new StoredDataException(row + ": " + prefix + "level is not a number", e);
      }
    }
    return levels;
  }

  private static Set<String> issueTypes(
      String row, java.util.function.Function<String, String> get) {
    String countText = get.apply("issueTypes.count");
    int count;
    try {
      count = countText == null ? 0 : Integer.parseInt(countText);
    } catch (NumberFormatException e) {
      throw new StoredDataException(row + ": issueTypes.count is not a number", e);
    }
    if (count < 0 || count > MAX_ISSUE_TYPES) {
      throw new StoredDataException(row + ": issueTypes.count out of range: " + count);
    }
    Set<String> types = new TreeSet<>();
    for (int i = 1; i <= count; i++) {
      String type = get.apply("issueTypes." + i);
      if (type == null) {
        throw new StoredDataException(row + ": issueTypes." + i + " is missing");
      }
      types.add(type);
    }
    return types;
  }

  private static void writeRating(Map<String, String> e, String prefix, RatingFieldIds rating) {
    e.put(prefix + ".probability", rating.probabilityFieldId());
    rating.impactFieldIds().forEach((d, f) -> e.put(prefix + ".impact." + d.name(), f));
    e.put(prefix + ".detectability", rating.detectabilityFieldId());
  }

  private static RatingFieldIds readRating(
      String row, String prefix, java.util.function.Function<String, String> get) {
    Map<ImpactDimension, String> impacts = new EnumMap<>(ImpactDimension.class);
    for (ImpactDimension d : ImpactDimension.values()) {
      String field = get.apply(prefix + ".impact." + d.name());
      if (field != null) {
        impacts.put(d, field);
      }
    }
    return new RatingFieldIds(
        get.apply(prefix + ".probability"), impacts, get.apply(prefix + ".detectability"));
  }

  private static void writeThreePoint(
      Map<String, String> e, String prefix, ThreePointFieldIds fields) {
    e.put(prefix + ".min", fields.minFieldId());
    e.put(prefix + ".mostLikely", fields.mostLikelyFieldId());
    e.put(prefix + ".max", fields.maxFieldId());
  }

  private static ThreePointFieldIds readThreePoint(
      String prefix, java.util.function.Function<String, String> get) {
    return new ThreePointFieldIds(
        get.apply(prefix + ".min"), get.apply(prefix + ".mostLikely"), get.apply(prefix + ".max"));
  }
}
