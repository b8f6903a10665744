package io.lodestar.pmo.engine.portfolio.snapshot;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a snapshot is of: a project (a Jira project key or a JQL scope's key) or a program or
 * portfolio (its {@link io.lodestar.pmo.engine.portfolio.PortfolioNode} key). The kind is part of
 * the identity because a project and a portfolio may share a key.
 *
 * @param kind project, program or portfolio
 * @param key the node's key, 1 to {@link #MAX_KEY} characters of A–Z, 0–9, _ and -, starting with a
 *     letter; upper case
 */
public record SnapshotNode(Kind kind, String key) {

  /** The longest key stored. */
  public static final int MAX_KEY = 64;

  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_-]{0,63}");

  /** The level of the hierarchy a node is at. */
  public enum Kind {
    PROJECT,
    PROGRAM,
    PORTFOLIO
  }

  public SnapshotNode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "key must be 1 to " + MAX_KEY + " of A-Z, 0-9, _ and - starting with a letter: " + key);
    }
  }

  /** A project's node. */
  public static SnapshotNode project(String projectKey) {
    return new SnapshotNode(Kind.PROJECT, projectKey);
  }

  /** The canonical text form {@code KIND:KEY}, e.g. {@code PROJECT:MOB}. */
  public String canonical() {
    return kind.name() + ":" + key;
  }

  /**
   * Parses {@link #canonical()}.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static SnapshotNode parse(String canonical) {
    Objects.requireNonNull(canonical, "canonical");
    int colon = canonical.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("not KIND:KEY: " + canonical);
    }
    Kind kind;
    try {
      kind = Kind.valueOf(canonical.substring(0, colon).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown node kind in " + canonical, e);
    }
    return new SnapshotNode(kind, canonical.substring(colon + 1));
  }
}
