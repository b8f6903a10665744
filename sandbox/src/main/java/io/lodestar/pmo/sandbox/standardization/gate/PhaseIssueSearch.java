package io.lodestar.pmo.sandbox.standardization.gate;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.standardization.gate.GateConfig;
import io.lodestar.pmo.sandbox.shared.host.ProjectAccess;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue navigator stand-in's {@code "Lodestar phase" = NAME} query (the calculated field's
 * searcher in Jira): the issues of every project the viewer may browse whose stage-gate phase is
 * NAME (case-insensitive; a project without a stored gate state is in the first phase). One count
 * and one bounded page query, with the sandbox's one permission condition.
 */
public final class PhaseIssueSearch {

  private static final Pattern JQL =
      Pattern.compile(
          "\"Lodestar phase\"\\s*=\\s*(?:\"([^\"]{1,255})\"|([A-Za-z0-9_-]{1,255}))",
          Pattern.CASE_INSENSITIVE);

  /**
   * One issue found.
   *
   * @param key issue key
   * @param summary summary
   * @param type issue type name
   * @param status status name
   * @param points story points, plain; empty when none
   */
  public record Hit(String key, String summary, String type, String status, String points) {}

  /**
   * A page of hits.
   *
   * @param total issues matching
   * @param hits the page
   */
  public record Page(long total, List<Hit> hits) {}

  private final SandboxStore store;
  private final AccessGuard guard;
  private final SqlGateStore gates;

  public PhaseIssueSearch(SandboxStore store, AccessGuard guard) {
    this.store = Objects.requireNonNull(store, "store");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.gates = new SqlGateStore(store);
  }

  /** The phase name of a {@code "Lodestar phase" = NAME} query; empty for any other query. */
  public static Optional<String> phaseOf(String jql) {
    Matcher m = JQL.matcher(jql.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** The phase names of the PMO's lifecycle, for the refusal of an unknown one. */
  public List<String> phases() {
    return gates.settings().config().phases();
  }

  /**
   * @return the page; empty when the lifecycle has no phase of that name
   */
  public Optional<Page> search(String phaseName, int startAt, int pageSize) {
    GateConfig config = gates.settings().config();
    OptionalInt index = OptionalInt.empty();
    for (int i = 0; i < config.phases().size(); i++) {
      if (config.phases().get(i).strip().equalsIgnoreCase(phaseName.strip())) {
        index = OptionalInt.of(i);
        break;
      }
    }
    if (index.isEmpty()) {
      return Optional.empty();
    }
    int phase = index.getAsInt();
    String user = guard.currentUser().map(HostUser::key).orElse(null);
    String from =
        " FROM issue i JOIN project p ON p.id = i.project_id LEFT JOIN gate_state g ON"
            + " g.project_key = p.project_key WHERE COALESCE(g.phase, 0) = ? AND "
            + ProjectAccess.condition("p", ProjectAccess.BROWSE);
    return Optional.of(
        store.inTransaction(
            c -> {
              long total;
              try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from)) {
                ps.setInt(1, phase);
                ProjectAccess.bind(ps, 2, user);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  total = rs.getLong(1);
                }
              }
              List<Hit> hits = new ArrayList<>();
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT i.issue_key, i.summary, t.name, i.status_name, i.story_points"
                          + from.replace(
                              " FROM issue i",
                              " FROM issue i JOIN issue_type t ON t.id = i.issue_type_id")
                          + " ORDER BY p.project_key, i.issue_number LIMIT ? OFFSET ?")) {
                ps.setInt(1, phase);
                int next = ProjectAccess.bind(ps, 2, user);
                ps.setInt(next, pageSize);
                ps.setInt(next + 1, startAt);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    BigDecimal points = rs.getBigDecimal(5);
                    hits.add(
                        new Hit(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            points == null ? "" : points.stripTrailingZeros().toPlainString()));
                  }
                }
              }
              return new Page(total, hits);
            }));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
