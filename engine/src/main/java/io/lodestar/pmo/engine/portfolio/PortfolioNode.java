package io.lodestar.pmo.engine.portfolio;

import io.lodestar.pmo.engine.shared.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A portfolio or a program: who owns and sponsors it, its currency, how it measures progress, and
 * what it holds (programs hold project scopes; portfolios hold programs and may hold scopes
 * directly).
 *
 * @param key stable key, 2 to 20 of A–Z, 0–9 and _ starting with a letter (e.g. {@code DIGITAL})
 * @param kind portfolio or program
 * @param name 1 to 255 characters
 * @param parentKey the portfolio of a program; null for a portfolio
 * @param ownerKey user key of the owner
 * @param sponsorKey user key of the sponsor
 * @param currency ISO 4217 code; amounts are rolled up per currency, never added across two
 * @param progressMethod how % complete is measured
 * @param scopes the project scopes it holds directly, at most {@link #MAX_SCOPES}, no duplicates
 * @param version optimistic-locking version, 0 when never stored
 */
public record PortfolioNode(
    String key,
    PortfolioNodeKind kind,
    String name,
    String parentKey,
    String ownerKey,
    String sponsorKey,
    String currency,
    PercentCompleteMethod progressMethod,
    List<ProjectScope> scopes,
    long version) {

  public static final int MAX_SCOPES = 500;
  public static final int MAX_NAME = 255;
  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

  public PortfolioNode {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ownerKey, "ownerKey");
    Objects.requireNonNull(sponsorKey, "sponsorKey");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(progressMethod, "progressMethod");
    scopes = List.copyOf(scopes);
  }

  /** The same node with another version. */
  public PortfolioNode withVersion(long newVersion) {
    return new PortfolioNode(
        key,
        kind,
        name,
        parentKey,
        ownerKey,
        sponsorKey,
        currency,
        progressMethod,
        scopes,
        newVersion);
  }

  /** Whether the two hold the same configuration, versions aside. */
  public boolean sameContent(PortfolioNode other) {
    return withVersion(0).equals(other.withVersion(0));
  }

  /**
   * The refusals of this node as a request, by field; empty when valid. Whether the parent exists
   * is the service's check.
   */
  public List<Violation> check() {
    List<Violation> violations = new ArrayList<>();
    if (!KEY.matcher(key).matches()) {
      violations.add(Violation.of("key", "lodestar.portfolio.node.keyPattern"));
    }
    if (name.isBlank()) {
      violations.add(Violation.of("name", "lodestar.portfolio.node.nameRequired"));
    } else if (name.length() > MAX_NAME) {
      violations.add(Violation.of("name", "lodestar.portfolio.node.nameTooLong", MAX_NAME));
    }
    if (kind == PortfolioNodeKind.PROGRAM && (parentKey == null || parentKey.isBlank())) {
      violations.add(Violation.of("parent", "lodestar.portfolio.node.programNeedsPortfolio"));
    }
    if (kind == PortfolioNodeKind.PORTFOLIO && parentKey != null) {
      violations.add(Violation.of("parent", "lodestar.portfolio.node.portfolioHasNoParent"));
    }
    if (ownerKey.isBlank()) {
      violations.add(Violation.of("owner", "lodestar.portfolio.node.ownerRequired"));
    }
    if (sponsorKey.isBlank()) {
      violations.add(Violation.of("sponsor", "lodestar.portfolio.node.sponsorRequired"));
    }
    try {
      io.lodestar.pmo.engine.shared.Money.checkCurrency(currency);
    } catch (IllegalArgumentException e) {
      violations.add(Violation.of("currency", "lodestar.portfolio.node.currencyUnknown", currency));
    }
    if (scopes.size() > MAX_SCOPES) {
      violations.add(Violation.of("scopes", "lodestar.portfolio.node.tooManyScopes", MAX_SCOPES));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scopes.size(); i++) {
      ProjectScope scope = scopes.get(i);
      String field = "scopes[" + i + "]";
      if (!seen.add(scope.canonical())) {
        violations.add(Violation.of(field, "lodestar.portfolio.node.duplicateScope"));
      }
      if (scope instanceof ProjectScope.Jql jql
          && (jql.jql().isBlank() || jql.jql().length() > ProjectScope.MAX_JQL)) {
        violations.add(
            Violation.of(field, "lodestar.portfolio.node.jqlLength", ProjectScope.MAX_JQL));
      }
      if (scope instanceof ProjectScope.JiraProject project && project.projectKey().isBlank()) {
        violations.add(Violation.of(field, "lodestar.portfolio.node.projectRequired"));
      }
    }
    return violations;
  }
}
