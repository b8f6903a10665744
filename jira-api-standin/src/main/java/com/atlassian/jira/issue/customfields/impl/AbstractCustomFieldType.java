package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stand-in for the base class of custom field types (members we use only). Lodestar subclasses it
 * through {@link CalculatedCFType}.
 *
 * <p>Checked against Jira's own source of this class in the public code index ({@code @PublicSpi
 * public abstract class AbstractCustomFieldType<T,S> implements CustomFieldType<T,S>}, no explicit
 * constructor, so the implicit public no-argument one; {@code public final String getKey()}, {@code
 * public final String getName()}, {@code public final String getDescription()} and {@code public
 * final CustomFieldTypeModuleDescriptor getDescriptor()} read the module descriptor set by {@code
 * init}; {@code getVelocityParameters} returns a new mutable map; {@code isRenderable()} false;
 * {@code valuesEqual} null-safe equals) — a Jira 6/7-era version, before Platform 7. Version
 * checks: Jira 10.2.0 javadoc
 * https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/customfields/CustomFieldType.html
 * still lists {@code AbstractCustomFieldType} and {@code CalculatedCFType} among the implementing
 * classes. The 11.3 page was not retrieved: the final-ness of the three getters and the constructor
 * are confirmed for the older source only [unverified for 11.3].
 *
 * <p>Differences from the real class: {@code getKey/getName/getDescription} throw (the stand-in has
 * no module descriptor, {@code init} and {@code getDescriptor} are not declared); the real {@code
 * getVelocityParameters} also puts {@code "issueGv"} (the issue's GenericValue) into the map.
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

  public AbstractCustomFieldType() {}

  /** Final in Jira: the complete module key of the {@code <customfield-type>} descriptor. */
  @Override
  public final String getKey() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** Final in Jira: the name of the {@code <customfield-type>} descriptor. */
  @Override
  public final String getName() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** Final in Jira: the description of the {@code <customfield-type>} descriptor. */
  @Override
  public final String getDescription() {
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
