package io.lodestar.pmo.engine.risk.mapping;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which fields hold one rating (inherent, residual or target). Every part is optional.
 *
 * @param probabilityFieldId field holding the probability (RPN: occurrence); null when not mapped
 * @param impactFieldIds field holding the impact (RPN: severity) per dimension; never null, may be
 *     empty
 * @param detectabilityFieldId field holding detectability (RPN models only); null when not mapped
 */
public record RatingFieldIds(
    String probabilityFieldId,
    Map<ImpactDimension, String> impactFieldIds,
    String detectabilityFieldId) {

  /** Nothing mapped. */
  public static final RatingFieldIds NONE = new RatingFieldIds(null, Map.of(), null);

  public RatingFieldIds {
    Objects.requireNonNull(impactFieldIds, "impactFieldIds");
    EnumMap<ImpactDimension, String> copy = new EnumMap<>(ImpactDimension.class);
    impactFieldIds.forEach(
        (d, f) -> copy.put(Objects.requireNonNull(d), Objects.requireNonNull(f)));
    impactFieldIds = Collections.unmodifiableMap(copy);
  }

  /** Probability and a single impact field for {@code dimension}. */
  public static RatingFieldIds of(
      String probabilityFieldId, ImpactDimension dimension, String impactFieldId) {
    return new RatingFieldIds(probabilityFieldId, Map.of(dimension, impactFieldId), null);
  }

  /** Probability and impact fields per dimension. */
  public static RatingFieldIds of(
      String probabilityFieldId, Map<ImpactDimension, String> impactFieldIds) {
    return new RatingFieldIds(probabilityFieldId, impactFieldIds, null);
  }

  /** The same with a detectability field. */
  public RatingFieldIds withDetectability(String fieldId) {
    return new RatingFieldIds(probabilityFieldId, impactFieldIds, fieldId);
  }
}
