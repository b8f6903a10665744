package io.lodestar.pmo.engine.risk.mapping;

/**
 * The three number fields of a three-point impact. Either all three are mapped or none (all null).
 *
 * @param minFieldId minimum; null when not mapped
 * @param mostLikelyFieldId most likely; null when not mapped
 * @param maxFieldId maximum; null when not mapped
 */
public record ThreePointFieldIds(String minFieldId, String mostLikelyFieldId, String maxFieldId) {

  /** Not mapped. */
  public static final ThreePointFieldIds NONE = new ThreePointFieldIds(null, null, null);

  public ThreePointFieldIds {
    boolean any = minFieldId != null || mostLikelyFieldId != null || maxFieldId != null;
    boolean all = minFieldId != null && mostLikelyFieldId != null && maxFieldId != null;
    if (any && !all) {
      throw new IllegalArgumentException("map all three fields or none");
    }
  }

  public static ThreePointFieldIds of(String min, String mostLikely, String max) {
    return new ThreePointFieldIds(min, mostLikely, max);
  }

  /** Whether the fields are mapped. */
  public boolean isMapped() {
    return minFieldId != null;
  }
}
