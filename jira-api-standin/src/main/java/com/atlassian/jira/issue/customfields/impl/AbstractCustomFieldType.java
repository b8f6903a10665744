package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stand-in for the base class of custom field types. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.html
 * [unverified]. {@link #getVelocityParameters} returns a new mutable map, as the real base class
 * does [unverified], so subclasses can add to {@code super.getVelocityParameters(...)} in tests.
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

  protected AbstractCustomFieldType() {}

  @Override
  public String getKey() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public String getName() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public String getDescription() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    return new HashMap<>();
  }

  @Override
  public boolean isRenderable() {
    return false;
  }

  @Override
  public boolean valuesEqual(T v1, T v2) {
    return Objects.equals(v1, v2);
  }
}
