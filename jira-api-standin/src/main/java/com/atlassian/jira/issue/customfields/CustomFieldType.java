package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.List;
import java.util.Map;

/**
 * Stand-in for the custom field type SPI. Only the members Lodestar implements or calls are
 * declared; the real interface has many more, all of which the real {@code CalculatedCFType}
 * hierarchy implements except the three it leaves abstract. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/customfields/CustomFieldType.html
 * [unverified].
 *
 * @param <T> transport object (what {@code getValueFromIssue} returns)
 * @param <S> single object contained in the transport object
 */
public interface CustomFieldType<T, S> {
  String getKey();

  String getName();

  String getDescription();

  String getStringFromSingularObject(S singularObject);

  S getSingularObjectFromString(String string) throws FieldValidationException;

  T getValueFromIssue(CustomField field, Issue issue);

  String getChangelogValue(CustomField field, T value);

  Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem);

  List<FieldConfigItemType> getConfigurationItemTypes();

  boolean isRenderable();

  boolean valuesEqual(T v1, T v2);
}
