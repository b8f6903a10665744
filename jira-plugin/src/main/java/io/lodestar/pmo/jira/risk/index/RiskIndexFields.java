package io.lodestar.pmo.jira.risk.index;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import io.lodestar.pmo.jira.risk.customfield.AssessmentFacet;
import io.lodestar.pmo.jira.risk.customfield.AssessmentFacetCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskOwnerCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskScoreCFType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the custom fields (instances an admin created) of Lodestar's calculated field types that
 * the index searches: the score, the owner key and every {@link AssessmentFacet}. The index answers
 * only when each of them exists (otherwise the register walks, as without an index). When an admin
 * created a type twice, the field with the lowest id is used, so every node picks the same one.
 *
 * <p>Cost: one pass over Jira's (cached) list of custom fields, no search.
 */
public final class RiskIndexFields {

  private final CustomFieldManager customFieldManager;

  public RiskIndexFields(CustomFieldManager customFieldManager) {
    this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
  }

  /**
   * The JQL names of the fields.
   *
   * @param score the score field, e.g. {@code cf[10100]}
   * @param owner the owner key field
   * @param facets each facet's field
   */
  public record Fields(String score, String owner, Map<AssessmentFacet, String> facets) {
    public Fields {
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(owner, "owner");
      facets = Map.copyOf(facets);
      if (facets.size() != AssessmentFacet.values().length) {
        throw new IllegalArgumentException("a field per facet is needed: " + facets.keySet());
      }
    }

    /** The JQL name of a facet's field. */
    public String of(AssessmentFacet facet) {
      return facets.get(facet);
    }
  }

  /**
   * @return the fields; empty when any of them has not been created
   */
  public Optional<Fields> find() {
    Long score = null;
    Long owner = null;
    Map<AssessmentFacet, Long> facets = new EnumMap<>(AssessmentFacet.class);
    for (CustomField field : customFieldManager.getCustomFieldObjects()) {
      CustomFieldType<?, ?> type = field.getCustomFieldType();
      Long id = field.getIdAsLong();
      if (type == null || id == null) {
        continue;
      }
      if (type instanceof RiskScoreCFType) {
        score = lowest(score, id);
      } else if (type instanceof RiskOwnerCFType) {
        owner = lowest(owner, id);
      } else if (type instanceof AssessmentFacetCFType facet) {
        facets.merge(facet.facet(), id, Math::min);
      }
    }
    if (score == null || owner == null || facets.size() != AssessmentFacet.values().length) {
      return Optional.empty();
    }
    Map<AssessmentFacet, String> names = new EnumMap<>(AssessmentFacet.class);
    facets.forEach((facet, id) -> names.put(facet, jqlName(id)));
    return Optional.of(new Fields(jqlName(score), jqlName(owner), names));
  }

  /** A custom field's JQL name from its numeric id: {@code cf[10100]}. */
  static String jqlName(long id) {
    return "cf[" + id + "]";
  }

  private static Long lowest(Long known, Long id) {
    return known == null ? id : Math.min(known, id);
  }
}
