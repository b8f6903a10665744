package io.lodestar.pmo.jira.risk.index;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments;
import io.lodestar.pmo.jira.risk.customfield.RiskAboveAppetiteCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskBandRankCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskEmvCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskInherentCellCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskKindCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskOwnerCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskResidualCellCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskReviewDayCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskScoreCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskStatusCFType;
import java.util.List;

/**
 * Lodestar's index fields as an admin would have created them: score cf[1], owner key cf[2], then
 * status, kind, band rank, inherent cell, residual cell, review day, above appetite and EMV as
 * cf[3] .. cf[10].
 */
final class IndexFieldsAsCreated {

  private IndexFieldsAsCreated() {}

  /** Adds one field of each index type to {@code fields}. */
  static void fields(List<CustomField> fields) {
    IssueRiskAssessments assessments = mock(IssueRiskAssessments.class);
    fields.add(field(1, new RiskScoreCFType(assessments)));
    fields.add(field(2, new RiskOwnerCFType(assessments)));
    fields.add(field(3, new RiskStatusCFType(assessments)));
    fields.add(field(4, new RiskKindCFType(assessments)));
    fields.add(field(5, new RiskBandRankCFType(assessments)));
    fields.add(field(6, new RiskInherentCellCFType(assessments)));
    fields.add(field(7, new RiskResidualCellCFType(assessments)));
    fields.add(field(8, new RiskReviewDayCFType(assessments)));
    fields.add(field(9, new RiskAboveAppetiteCFType(assessments)));
    fields.add(field(10, new RiskEmvCFType(assessments)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static CustomField field(long id, CustomFieldType<?, ?> type) {
    CustomField field = mock(CustomField.class);
    when(field.getIdAsLong()).thenReturn(id);
    when(field.getCustomFieldType()).thenReturn((CustomFieldType) type);
    return field;
  }
}
