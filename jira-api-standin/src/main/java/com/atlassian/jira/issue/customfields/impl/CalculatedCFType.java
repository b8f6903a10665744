package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in for the base class of read-only, computed custom field types. Lodestar SUBCLASSES it, so
 * the public no-arg constructor and the three abstract methods below must be exactly the real ones:
 * the real class leaves {@code getStringFromSingularObject}, {@code getSingularObjectFromString}
 * and {@code getValueFromIssue} abstract and implements the rest of {@code CustomFieldType}.
 * Checked against
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html
 * ({@code @PublicSpi public abstract class CalculatedCFType<T,S> extends
 * AbstractCustomFieldType<T,S>}, public no-arg constructor, concrete
 * accept/compare/createValue/getChangelogValue/ getConfigurationItemTypes/getDefaultValue/...) and
 * the Jira Software 10.6 page of its concrete subclass RankCFType
 * (https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/customfield/rank/RankCFType.html);
 * the 11.3 page itself was not retrieved [unverified for 11.3].
 *
 * @param <T> transport object
 * @param <S> single object
 */
public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {

  public CalculatedCFType() {}

  @Override
  public abstract String getStringFromSingularObject(S singularObject);

  @Override
  public abstract S getSingularObjectFromString(String string) throws FieldValidationException;

  @Override
  public abstract T getValueFromIssue(CustomField field, Issue issue);

  /** Calculated fields have no change history; the real class returns null [unverified]. */
  @Override
  public String getChangelogValue(CustomField field, T value) {
    return null;
  }

  /**
   * Returns a new mutable list; public plugins add to {@code super.getConfigurationItemTypes()}.
   */
  @Override
  public List<FieldConfigItemType> getConfigurationItemTypes() {
    return new ArrayList<>();
  }

  /** Concrete in the real class (sorting fallback); stand-in throws. */
  public int compare(T o1, T o2, FieldConfig fieldConfig) {
    throw new UnsupportedOperationException("stand-in");
  }
}
