package io.lodestar.pmo.jira.risk.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.Objects;

/**
 * A calculated number field holding one {@link AssessmentFacet} of a risk issue, null for any other
 * issue. Bound in the descriptor to Jira's exact number searcher, a sortable searcher ({@code
 * SortableCustomFieldSearcher}), so that JQL can filter ({@code =}, {@code in}, {@code <}, {@code
 * is EMPTY}), count and {@code ORDER BY} it from the search index without loading any issue.
 * Checked against Jira's own source of that searcher in the public code index (Jira 4-era; the
 * 10.x/11.3 form is [unverified]): {@code ExactNumberSearcher ... implements CustomFieldSearcher,
 * SortableCustomFieldSearcher}, indexing the field's value with {@code NumberCustomFieldIndexer},
 * operators {@code OperatorClasses.EQUALITY_AND_RELATIONAL_WITH_EMPTY}, sorter {@code
 * NumericFieldStatisticsMapper} from {@code getSorter}. No {@code SortableCustomField} is
 * implemented here: Jira calls that slow fallback only for a field without a sortable searcher.
 *
 * <p>Cost during a re-index: the facet is read from the issue's memoised assessment ({@link
 * IssueRiskAssessments}: per issue version one read of the mapped fields and one assessment shared
 * by every Lodestar field of that issue), never a search or a database query of its own.
 *
 * <p>Jira instantiates one class per {@code customfield-type} module, so each facet has its own
 * small final subclass naming it.
 */
public abstract class AssessmentFacetCFType extends CalculatedCFType<Double, Double> {

  private final IssueRiskAssessments assessments;
  private final AssessmentFacet facet;

  protected AssessmentFacetCFType(IssueRiskAssessments assessments, AssessmentFacet facet) {
    this.assessments = Objects.requireNonNull(assessments, "assessments");
    this.facet = Objects.requireNonNull(facet, "facet");
  }

  /** The facet this field holds. */
  public final AssessmentFacet facet() {
    return facet;
  }

  @Override
  public final Double getValueFromIssue(CustomField field, Issue issue) {
    return assessments.assess(issue).flatMap(a -> facet.valueOf(a.materialised())).orElse(null);
  }

  @Override
  public final String getStringFromSingularObject(Double value) {
    return value == null ? null : value.toString();
  }

  @Override
  public final Double getSingularObjectFromString(String text) throws FieldValidationException {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new FieldValidationException("not a number: " + text);
    }
  }
}
