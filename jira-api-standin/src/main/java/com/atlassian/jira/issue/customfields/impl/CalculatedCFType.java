package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in for the base class of read-only, computed custom field types (members we use only).
 * Lodestar SUBCLASSES it, so the constructor must be the real one (the implicit public no-argument
 * constructor) and the methods a subclass must implement must be the real ones: the real class and
 * {@link AbstractCustomFieldType} leave exactly {@code getStringFromSingularObject}, {@code
 * getSingularObjectFromString} and {@code getValueFromIssue} of {@link
 * com.atlassian.jira.issue.customfields.CustomFieldType} unimplemented (they are not redeclared
 * here, as the real class does not redeclare them).
 *
 * <p>Checked against Jira's own source of this class in the public code index ({@code @PublicSpi
 * public abstract class CalculatedCFType<T,S> extends AbstractCustomFieldType<T,S>}, no explicit
 * constructor; concrete {@code remove}, {@code validateFromParams}, {@code createValue}, {@code
 * updateValue}, {@code getDefaultValue}, {@code setDefaultValue}, {@code getChangelogValue}
 * returning null, {@code getValueFromCustomFieldParams}, {@code
 * getStringValueFromCustomFieldParams}, {@code compare(T, T, FieldConfig)}, {@code
 * getConfigurationItemTypes} returning a new mutable list, {@code accept}) and
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html
 * (stored copy, Jira 7.x era: public no-arg constructor, same concrete methods) — both pre-Platform
 * 7. Jira 10.2.0 lists the class as an implementation of CustomFieldType
 * (https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/customfields/CustomFieldType.html)
 * and the Jira Software 10.6.0 page of its subclass RankCFType
 * (https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/customfield/rank/RankCFType.html)
 * shows the same inherited methods. The 11.3 page was not retrieved [unverified for 11.3: whether
 * Jira 11 added abstract methods a subclass must implement].
 *
 * @param <T> transport object
 * @param <S> single object
 */
public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {

  public CalculatedCFType() {}

  /** Calculated fields have no change history: returns null, as the real class does. */
  @Override
  public String getChangelogValue(CustomField field, T value) {
    return null;
  }

  /** Returns a new mutable list, as the real class does (no default-value item). */
  @Override
  public List<FieldConfigItemType> getConfigurationItemTypes() {
    return new ArrayList<>();
  }

  /** Concrete in the real class (compares Comparable values); the stand-in throws. */
  public int compare(T o1, T o2, FieldConfig fieldConfig) {
    throw new UnsupportedOperationException("stand-in");
  }
}
