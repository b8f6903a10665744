package net.java.ao;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stand-in for AO's query builder; mutable and fluent like the real one, with equality by value so
 * unit tests can compare the queries a repository builds. Checked against the activeobjects source
 * (net.java.ao.Query) [unverified: getter names; the real class may not override equals].
 */
public class Query implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String fields;
  private boolean distinct;
  private String whereClause;
  private Object[] whereParams = new Object[0];
  private String orderClause;
  private String groupClause;
  private int limit = -1;
  private int offset = -1;
  private final Map<String, String> joins = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();

  public Query(String fields) {
    this.fields = fields;
  }

  public static Query select() {
    return select("*");
  }

  public static Query select(String fields) {
    return new Query(fields);
  }

  public Query distinct() {
    this.distinct = true;
    return this;
  }

  public Query where(String clause, Object... params) {
    this.whereClause = clause;
    this.whereParams = params == null ? new Object[0] : params.clone();
    return this;
  }

  public Query order(String clause) {
    this.orderClause = clause;
    return this;
  }

  public Query group(String clause) {
    this.groupClause = clause;
    return this;
  }

  public Query limit(int limit) {
    this.limit = limit;
    return this;
  }

  public Query offset(int offset) {
    this.offset = offset;
    return this;
  }

  public Query join(Class<? extends RawEntity<?>> join, String on) {
    joins.put(join.getName(), on);
    return this;
  }

  public Query alias(Class<? extends RawEntity<?>> table, String alias) {
    aliases.put(table.getName(), alias);
    return this;
  }

  public String getFields() {
    return fields;
  }

  public boolean isDistinct() {
    return distinct;
  }

  public String getWhereClause() {
    return whereClause;
  }

  public Object[] getWhereParams() {
    return whereParams.clone();
  }

  public String getOrderClause() {
    return orderClause;
  }

  public String getGroupClause() {
    return groupClause;
  }

  public int getLimit() {
    return limit;
  }

  public int getOffset() {
    return offset;
  }

  private List<Object> state() {
    return new ArrayList<>(
        Arrays.asList(
            fields,
            distinct,
            whereClause,
            Arrays.asList(whereParams),
            orderClause,
            groupClause,
            limit,
            offset,
            joins,
            aliases));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query other && state().equals(other.state());
  }

  @Override
  public int hashCode() {
    return Objects.hash(state().toArray());
  }

  @Override
  public String toString() {
    return "Query" + state();
  }
}
