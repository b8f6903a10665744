package io.lodestar.pmo.jira.risk.index;

import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.jira.risk.customfield.AssessmentFacet;
import io.lodestar.pmo.jira.risk.index.RiskIndexFields.Fields;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JQL of the register's questions, as text (parsed by {@code SearchService.parseQuery}), built
 * only from numbers, enum codes, field names of the form {@code cf[id]} and quoted strings, so that
 * no value can change the query's structure:
 *
 * <ul>
 *   <li>project and custom field ids are {@code long}s; issue type ids are used bare only when they
 *       are all digits, otherwise quoted;
 *   <li>statuses, kinds, bands, cells and dates become integer codes ({@link AssessmentFacet});
 *   <li>the one free text, the owner's user key (and issue keys), is quoted by {@link #quote}: in
 *       double quotes, with {@code \} {@code "} {@code '} and every control character (below
 *       U+0020, U+007F to U+009F) escaped as backslash-u and four hex digits, so the literal can
 *       never end early. Quoting follows the role of Jira's {@code
 *       JqlStringSupportImpl.encodeAsQuotedString} ("Encode the passed string into a valid JQL
 *       encoded quoted string",
 *       https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/util/JqlStringSupportImpl.html);
 *       the exact escape set of the JQL grammar (the backslash-u form included) is [unverified].
 * </ul>
 */
public final class RiskIndexJql {

  /** The active statuses (those the summary's bands, overdue, appetite and EMV count). */
  static final Set<RiskStatus> ACTIVE =
      Arrays.stream(RiskStatus.values())
          .filter(RiskStatus::isActive)
          .collect(Collectors.toUnmodifiableSet());

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

  private RiskIndexJql() {}

  /** The risk issues of a project: {@code project = 10000 AND issuetype in (10001, 10002)}. */
  public static String risks(long projectId, Collection<String> riskIssueTypeIds) {
    if (riskIssueTypeIds.isEmpty()) {
      throw new IllegalArgumentException("no risk issue type");
    }
    return "project = "
        + projectId
        + " AND issuetype in ("
        + riskIssueTypeIds.stream()
            .sorted()
            .map(id -> DIGITS.matcher(id).matches() ? id : quote(id))
            .collect(Collectors.joining(", "))
        + ")";
  }

  /**
   * {@code base} restricted by {@code filter}.
   *
   * @param bandRank the rank of the filter's band in the project's model (ignored without a band)
   */
  static String filtered(String base, Fields fields, RegisterFilter filter, int bandRank) {
    StringBuilder jql = new StringBuilder(base);
    if (!filter.statuses().isEmpty()) {
      jql.append(" AND ").append(statusIn(fields, filter.statuses()));
    }
    if (filter.ownerKey() != null) {
      jql.append(" AND ").append(fields.owner()).append(" = ").append(quote(filter.ownerKey()));
    }
    if (filter.bandKey() != null) {
      jql.append(" AND ")
          .append(fields.of(AssessmentFacet.BAND_RANK))
          .append(" = ")
          .append(bandRank);
    }
    if (filter.overdueOnly()) {
      jql.append(" AND ").append(overdue(fields, filter.asOf()));
    }
    if (filter.cell() != null) {
      AssessmentFacet facet =
          filter.cell().state() == RiskState.INHERENT
              ? AssessmentFacet.INHERENT_CELL
              : AssessmentFacet.RESIDUAL_CELL;
      jql.append(" AND ")
          .append(fields.of(facet))
          .append(" = ")
          .append(AssessmentFacet.cellCode(filter.cell().cell()));
    }
    return jql.toString();
  }

  /** Whether the index can answer {@code filter}: it keeps no target-state cell. */
  static boolean supports(RegisterFilter filter) {
    return filter.cell() == null || filter.cell().state() != RiskState.TARGET;
  }

  /** {@code field in (codes)} of the statuses, codes ascending. */
  static String statusIn(Fields fields, Set<RiskStatus> statuses) {
    return fields.of(AssessmentFacet.STATUS)
        + " in ("
        + statuses.stream()
            .map(AssessmentFacet::statusCode)
            .sorted()
            .map(String::valueOf)
            .collect(Collectors.joining(", "))
        + ")";
  }

  /** Active risks whose review day is before {@code asOf}. */
  static String overdue(Fields fields, LocalDate asOf) {
    return statusIn(fields, ACTIVE)
        + " AND "
        + fields.of(AssessmentFacet.REVIEW_DAY)
        + " < "
        + asOf.toEpochDay();
  }

  /** {@code field = value}. */
  static String eq(String field, long value) {
    return field + " = " + value;
  }

  /**
   * How a register order is searched. Missing values (unrated score, no review date) sort last in
   * both directions, whatever Jira does with empty values: such an order is searched in two parts,
   * the risks with a value ({@link #present}) then those without ({@link #missing}), each with its
   * own ORDER BY and ties by key ascending. Orders without missing values are one part.
   *
   * @param field the sorted field when the order has two parts; null otherwise
   * @param present ORDER BY of the first (or only) part
   * @param missing ORDER BY of the part without values; null when one part
   */
  record Order(String field, String present, String missing) {

    boolean split() {
      return field != null;
    }

    /** The first part of {@code where}: the risks with a value, or all in one part. */
    String first(String where) {
      return split() ? where + " AND " + field + " is not EMPTY" + present : where + present;
    }

    /** The risks of {@code where} without a value (only of a split order), unordered. */
    String missingWhere(String where) {
      return where + " AND " + field + " is EMPTY";
    }

    /** The second part: the risks without a value in key order. */
    String second(String where) {
      return missingWhere(where) + missing;
    }
  }

  /** The search of a register order ({@link RegisterSort}: missing last, ties by key ascending). */
  static Order order(Fields fields, RegisterSort sort) {
    String direction = sort.direction() == RegisterSort.Direction.ASC ? "ASC" : "DESC";
    String byKey = " ORDER BY key ASC";
    return switch (sort.field()) {
      case SCORE ->
          new Order(
              fields.score(), " ORDER BY " + fields.score() + " " + direction + ", key ASC", byKey);
      case REVIEW_DATE -> {
        String day = fields.of(AssessmentFacet.REVIEW_DAY);
        yield new Order(day, " ORDER BY " + day + " " + direction + ", key ASC", byKey);
      }
      case KEY -> new Order(null, " ORDER BY key " + direction, null);
      case TITLE -> new Order(null, " ORDER BY summary " + direction + ", key ASC", null);
    };
  }

  /** The worst active rated risks first ({@code RiskRanking.WORST_FIRST}). */
  static String worstFirst(String base, Fields fields) {
    return base
        + " AND "
        + statusIn(fields, ACTIVE)
        + " AND "
        + fields.score()
        + " is not EMPTY ORDER BY "
        + fields.score()
        + " DESC, "
        + fields.of(AssessmentFacet.BAND_RANK)
        + " DESC, key ASC";
  }

  /** The risk issues of {@code base} after {@code issueKey} in key order (re-index batches). */
  static String after(String base, String issueKey) {
    return (issueKey == null ? base : base + " AND issuekey > " + quote(issueKey))
        + " ORDER BY key ASC";
  }

  /** The risk issues of {@code base} among {@code issueKeys}. */
  public static String keys(String base, Collection<String> issueKeys) {
    return base
        + " AND issuekey in ("
        + issueKeys.stream().map(RiskIndexJql::quote).collect(Collectors.joining(", "))
        + ")";
  }

  /** A JQL string literal of {@code value}: the value can never end the literal. */
  public static String quote(String value) {
    Objects.requireNonNull(value, "value");
    StringBuilder q = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"', '\'', '\\' -> q.append('\\').append(c);
        default -> {
          if (c < 0x20 || c >= 0x7f && c < 0xa0) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
