package net.java.ao;

import java.util.Objects;

/**
 * Stand-in for a column/value pair passed to {@code create}; a value class. Checked against the
 * activeobjects source (net.java.ao.DBParam) [unverified: equals/hashCode].
 */
public class DBParam {
  private final String field;
  private final Object value;

  public DBParam(String field, Object value) {
    this.field = field;
    this.value = value;
  }

  public String getField() {
    return field;
  }

  public Object getValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DBParam other
        && Objects.equals(field, other.field)
        && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value);
  }

  @Override
  public String toString() {
    return field + "=" + value;
  }
}
