package io.lodestar.pmo.jira.risk.index;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A search service over an in-memory list of issue "documents", understanding exactly the JQL
 * subset {@link RiskIndexJql} writes (AND of {@code =}, {@code in}, {@code <}, {@code >}, {@code is
 * [not] EMPTY}; ORDER BY with empty values last ascending and first descending, as a hostile engine
 * might) and refusing anything else, so that tests check the JQL's meaning, not its text. The
 * viewer sees the documents whose key is in {@link #visible}; override-security calls see all.
 * Every call is recorded.
 */
final class FakeJiraSearch implements SearchService {

  /** One indexed issue: its key and field values ("project", "issuetype", "summary", "cf[n]"). */
  record Doc(String key, Map<String, Object> values) {
    Object value(String field) {
      return field.equals("key") || field.equals("issuekey") ? key : values.get(field);
    }
  }

  /** A recorded call. */
  record Call(String kind, String jql, ApplicationUser user, int start, int max) {}

  final List<Doc> docs = new ArrayList<>();
  final Set<String> visible = new java.util.HashSet<>();
  final List<Call> calls = new ArrayList<>();
  final Set<String> refused = new java.util.HashSet<>();
  private final Map<String, Issue> issues = new HashMap<>();

  private record Jql(String text) implements Query {
    @Override
    public String getQueryString() {
      return text;
    }
  }

  @Override
  public ParseResult parseQuery(ApplicationUser searcher, String query) {
    for (String r : refused) {
      if (query.contains(r)) {
        MessageSet errors = mock(MessageSet.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        return new ParseResult(null, errors);
      }
    }
    return new ParseResult(new Jql(query), null);
  }

  @Override
  public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) {
    calls.add(
        new Call("search", query.getQueryString(), searcher, pager.getStart(), pager.getMax()));
    return run(query.getQueryString(), d -> searcher != null && visible.contains(d.key()), pager);
  }

  @Override
  public SearchResults<Issue> searchOverrideSecurity(
      ApplicationUser searcher, Query query, PagerFilter pager) {
    calls.add(
        new Call("searchAll", query.getQueryString(), searcher, pager.getStart(), pager.getMax()));
    return run(query.getQueryString(), d -> true, pager);
  }

  @Override
  public long searchCount(ApplicationUser searcher, Query query) {
    calls.add(new Call("count", query.getQueryString(), searcher, 0, 0));
    return matching(query.getQueryString(), d -> searcher != null && visible.contains(d.key()))
        .size();
  }

  @Override
  public long searchCountOverrideSecurity(ApplicationUser searcher, Query query) {
    calls.add(new Call("countAll", query.getQueryString(), searcher, 0, 0));
    return matching(query.getQueryString(), d -> true).size();
  }

  @Override
  public MessageSet validateQuery(ApplicationUser searcher, Query query) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String getJqlString(Query query) {
    return query.getQueryString();
  }

  long searches() {
    return calls.size();
  }

  private SearchResults<Issue> run(String jql, Predicate<Doc> sight, PagerFilter<?> pager) {
    List<Doc> all = matching(jql, sight);
    int from = Math.min(pager.getStart(), all.size());
    int to = Math.min(all.size(), from + pager.getMax());
    List<Issue> page = all.subList(from, to).stream().map(this::issue).toList();
    return new SearchResults<>(page, all.size(), pager.getMax(), pager.getStart());
  }

  private Issue issue(Doc d) {
    return issues.computeIfAbsent(
        d.key(),
        k -> {
          Issue issue = mock(Issue.class);
          when(issue.getKey()).thenReturn(k);
          when(issue.getId()).thenReturn(Long.parseLong(k.substring(k.lastIndexOf('-') + 1)));
          return issue;
        });
  }

  private static final Pattern CLAUSE =
      Pattern.compile(
          "^(\\S+) (=|<|>|in|is not|is) (EMPTY|\\(.*\\)|\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9]+)$");

  private List<Doc> matching(String jql, Predicate<Doc> sight) {
    String where = jql;
    String orderBy = null;
    int o = jql.indexOf(" ORDER BY ");
    if (o >= 0) {
      where = jql.substring(0, o);
      orderBy = jql.substring(o + " ORDER BY ".length());
    }
    Predicate<Doc> filter = sight;
    for (String clause : where.split(" AND ")) {
      filter = filter.and(clause(clause.trim()));
    }
    List<Doc> found = docs.stream().filter(filter).collect(Collectors.toCollection(ArrayList::new));
    if (orderBy != null) {
      found.sort(order(orderBy));
    }
    return found;
  }

  private static Predicate<Doc> clause(String clause) {
    Matcher m = CLAUSE.matcher(clause);
    if (!m.matches()) {
      throw new IllegalArgumentException("JQL the fake does not understand: " + clause);
    }
    String field = m.group(1);
    String op = m.group(2);
    String operand = m.group(3);
    return switch (op) {
      case "is" -> d -> d.value(field) == null;
      case "is not" -> d -> d.value(field) != null;
      case "=" -> d -> equal(d.value(field), literal(operand));
      case "in" -> {
        List<Object> values = list(operand);
        yield d -> values.stream().anyMatch(v -> equal(d.value(field), v));
      }
      case "<" -> d -> d.value(field) != null && compare(d.value(field), literal(operand)) < 0;
      case ">" -> d -> d.value(field) != null && compare(d.value(field), literal(operand)) > 0;
      default -> throw new IllegalArgumentException(op);
    };
  }

  private static List<Object> list(String operand) {
    String inner = operand.substring(1, operand.length() - 1);
    List<Object> values = new ArrayList<>();
    Matcher m = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9]+").matcher(inner);
    while (m.find()) {
      values.add(literal(m.group()));
    }
    return values;
  }

  /** A number, or a quoted string with JQL escapes undone. */
  static Object literal(String operand) {
    if (!operand.startsWith("\"")) {
      return Double.valueOf(operand);
    }
    StringBuilder s = new StringBuilder();
    for (int i = 1; i < operand.length() - 1; i++) {
      char c = operand.charAt(i);
      if (c == '\\') {
        char n = operand.charAt(++i);
        if (n == 'u') {
          s.append((char) Integer.parseInt(operand.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          s.append(n);
        }
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static boolean equal(Object value, Object literal) {
    if (value == null) {
      return false;
    }
    if (value instanceof Number n && literal instanceof Number l) {
      return n.doubleValue() == l.doubleValue();
    }
    return Objects.equals(String.valueOf(value), String.valueOf(literal));
  }

  private static int compare(Object value, Object literal) {
    if (value instanceof Number n && literal instanceof Number l) {
      return Double.compare(n.doubleValue(), l.doubleValue());
    }
    return keyOrder().compare(String.valueOf(value), String.valueOf(literal));
  }

  private static Comparator<String> keyOrder() {
    return Comparator.comparing((String k) -> k.substring(0, k.lastIndexOf('-')))
        .thenComparingLong(k -> Long.parseLong(k.substring(k.lastIndexOf('-') + 1)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Doc> order(String orderBy) {
    Comparator<Doc> order = null;
    for (String part : orderBy.split(", ")) {
      String[] words = part.split(" ");
      String field = words[0];
      boolean desc = words.length > 1 && words[1].equals("DESC");
      Comparator<Doc> next;
      if (field.equals("key")) {
        Comparator<Doc> byKey = Comparator.comparing(Doc::key, keyOrder());
        next = desc ? byKey.reversed() : byKey;
      } else {
        // Empty values first when ascending (so last when descending): the opposite of what the
        // register wants, so that only a correct split into two searches passes.
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Doc> byValue =
            Comparator.comparing(d -> (Comparable) d.value(field), Comparator.nullsFirst(natural));
        next = desc ? byValue.reversed() : byValue;
      }
      order = order == null ? next : order.thenComparing(next);
    }
    return order;
  }
}
