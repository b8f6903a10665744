package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields a project's risk mapping names, each once, with the roles it plays ("Inherent
 * probability", "Cost: most likely"), in the mapping's order: what the sandbox's issue view lists
 * and its risk form asks for. A field mapped to two roles is one field with both roles.
 */
public final class MappedFields {

  /**
   * One mapped field.
   *
   * @param fieldId the custom or system field id
   * @param role its roles, joined ("Inherent probability, Residual probability")
   */
  public record MappedField(String fieldId, String role) {}

  /**
   * One three-point estimate of the mapping: its three fields (any may be null = not mapped).
   *
   * @param label e.g. "Cost"
   */
  public record ThreePoint(
      String label, String minFieldId, String mostLikelyFieldId, String maxFieldId) {}

  private MappedFields() {}

  /**
   * @return the mapping's fields with their roles
   */
  public static List<MappedField> of(RiskFieldMapping mapping) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    rating(roles, "Inherent", mapping.inherent());
    rating(roles, "Residual", mapping.residual());
    rating(roles, "Target", mapping.target());
    put(roles, mapping.ownerFieldId(), "Owner");
    put(roles, mapping.reviewDateFieldId(), "Review date");
    put(roles, mapping.categoryFieldId(), "Category");
    put(roles, mapping.responseFieldId(), "Response");
    put(roles, mapping.kindFieldId(), "Threat or opportunity");
    put(roles, mapping.statusFieldId(), "Risk status");
    put(roles, mapping.proximityFieldId(), "Proximity");
    for (ThreePoint three : threePoints(mapping)) {
      put(roles, three.minFieldId(), three.label() + ": minimum");
      put(roles, three.mostLikelyFieldId(), three.label() + ": most likely");
      put(roles, three.maxFieldId(), three.label() + ": maximum");
    }
    List<MappedField> fields = new ArrayList<>();
    roles.forEach((id, r) -> fields.add(new MappedField(id, String.join(", ", r))));
    return fields;
  }

  /**
   * @return the mapping's three-point estimates that have at least one field mapped
   */
  public static List<ThreePoint> threePoints(RiskFieldMapping mapping) {
    List<ThreePoint> all = new ArrayList<>();
    add(all, "Cost", mapping.cost());
    add(all, "Schedule (working days)", mapping.schedule());
    return all;
  }

  private static void add(List<ThreePoint> all, String label, ThreePointFieldIds ids) {
    if (ids.isMapped()) {
      all.add(new ThreePoint(label, ids.minFieldId(), ids.mostLikelyFieldId(), ids.maxFieldId()));
    }
  }

  private static void rating(Map<String, List<String>> roles, String state, RatingFieldIds ids) {
    put(roles, ids.probabilityFieldId(), state + " probability");
    for (ImpactDimension d : ImpactDimension.values()) {
      put(
          roles,
          ids.impactFieldIds().get(d),
          state + " impact (" + d.name().toLowerCase(Locale.ROOT) + ")");
    }
    put(roles, ids.detectabilityFieldId(), state + " detectability");
  }

  private static void put(Map<String, List<String>> roles, String fieldId, String role) {
    if (fieldId != null) {
      roles.computeIfAbsent(fieldId, k -> new ArrayList<>()).add(role);
    }
  }
}
