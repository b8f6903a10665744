package net.java.ao;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Stand-in for AO's query builder (members we use only); mutable and fluent like the real one.
 *
 * <p>Checked against
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/6.0.0-m05/net/java/ao/Query.html
 * (AO 6.0.0-m05: {@code public class Query implements Serializable}; the only constructor is {@code
 * public Query(Query.QueryType type, String fields)}, which throws {@code IllegalArgumentException}
 * if {@code fields} contains "*"; {@code public Iterable<String> getFields()}; {@code distinct},
 * {@code where}, {@code order}, {@code group}, {@code limit}, {@code offset}, {@code alias}, {@code
 * join} returning {@code Query}),
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/3.6.7-90a88b49/net/java/ao/Query.html
 * (same constructor contract; getters {@code isDistinct}, {@code getWhereClause}, {@code
 * getWhereParams}, {@code getOrderClause}, {@code getGroupClause}, {@code getLimit}, {@code
 * getOffset}),
 * https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/0.29.0-m002/net/java/ao/class-use/Query.html
 * ({@code select()} "will select the primary key field of the entity", {@code select(String)}) and
 * the Atlassian-fork source of this class in the public code index (nested {@code enum QueryType {
 * SELECT }}; {@code getFields()} is empty for {@code select()} and otherwise the comma-separated
 * fields, trimmed; {@code getWhereParams()} is null until {@code where} is called; no {@code
 * equals}/{@code hashCode}/{@code toString}). There is no {@code Query(String)} constructor and no
 * value equality: compare queries through their getters. [unverified: the exact AO version in Jira
 * 11.3.]
 */
public class Query implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Stand-in for the kind of query; AO has only SELECT. */
  public enum QueryType {
    SELECT
  }

  /** Marks "the primary key of the entity", resolved by AO when the query runs. */
  private static final String PRIMARY_KEY_FIELD = "''''primary_key_field''''";

  private final QueryType type;
  private final String fields;
  private boolean distinct;
  private String whereClause;
  private Object[] whereParams;
  private String orderClause;
  private String groupClause;
  private int limit = -1;
  private int offset = -1;

  /**
   * @param fields comma-separated field names; must not contain "*"
   * @throws IllegalArgumentException if {@code fields} contains "*", as in AO 3.6+ and 6.x
   */
  public Query(QueryType type, String fields) {
    if (fields != null && fields.contains("*")) {
      throw new IllegalArgumentException("fields must not contain '*': " + fields);
    }
    this.type = type;
    this.fields = fields;
  }

  /** A query selecting the entity's primary key (AO then loads the entities lazily). */
  public static Query select() {
    return select(PRIMARY_KEY_FIELD);
  }

  public static Query select(String fields) {
    return new Query(QueryType.SELECT, fields);
  }

  public QueryType getType() {
    return type;
  }

  /** Empty for {@link #select()}; otherwise the selected field names, trimmed. */
  public Iterable<String> getFields() {
    if (fields == null || fields.contains(PRIMARY_KEY_FIELD)) {
      return Collections.emptyList();
    }
    List<String> names = new ArrayList<>();
    for (String field : fields.split(",")) {
      names.add(field.trim());
    }
    return Collections.unmodifiableList(names);
  }

  public Query distinct() {
    this.distinct = true;
    return this;
  }

  public Query where(String clause, Object... params) {
    this.whereClause = clause;
    this.whereParams = params;
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

  /** Recorded nowhere: the stand-in does not render SQL. */
  public Query join(Class<? extends RawEntity<?>> join, String on) {
    return this;
  }

  /** Recorded nowhere: the stand-in does not render SQL. */
  public Query alias(Class<? extends RawEntity<?>> table, String alias) {
    return this;
  }

  public boolean isDistinct() {
    return distinct;
  }

  public String getWhereClause() {
    return whereClause;
  }

  /** Null until {@link #where} is called, as in AO. */
  public Object[] getWhereParams() {
    return whereParams == null ? null : Arrays.copyOf(whereParams, whereParams.length);
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
}
