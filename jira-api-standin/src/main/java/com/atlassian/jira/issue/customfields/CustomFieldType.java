package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.List;
import java.util.Map;

/**
 * Stand-in for the custom field type SPI (members Lodestar implements or calls only; the real
 * interface has many more, all implemented by the real {@code CalculatedCFType} hierarchy except
 * {@code getStringFromSingularObject}, {@code getSingularObjectFromString} and {@code
 * getValueFromIssue}). Checked against
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/CustomFieldType.html
 * (stored copy, Jira 7.x era: {@code @PublicApi @PublicSpi public interface CustomFieldType<T,S>})
 * and the "methods inherited from CustomFieldType" list of
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/MultipleCustomFieldType.html
 * (same era), which includes every method declared here: getKey, getName, getDescription,
 * getStringFromSingularObject, getSingularObjectFromString, getValueFromIssue, getChangelogValue,
 * getVelocityParameters, getConfigurationItemTypes, isRenderable, valuesEqual) and, for the type's
 * existence only, the Jira 10.2.0 page
 * https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/customfields/CustomFieldType.html.
 * The 11.3 member list was not retrieved [unverified for 11.3; note Jira 11 moved {@code
 * FieldIndexer}, the element type of the real {@code getRelatedIndexers}, to {@code
 * com.atlassian.jira.search.issue.index.indexers}].
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
