package io.lodestar.pmo.engine.standardization.template;

import java.util.Objects;

/**
 * A key or name pattern as a glob rather than a regular expression, so that no pattern an admin
 * types can make matching slow (no backtracking: matching is O(pattern × text) time, O(text)
 * memory). {@code *} matches any run of characters (also none), {@code ?} any one character, {@code
 * #} one digit 0-9; every other character matches itself, case-sensitively. Patterns have 1 to
 * {@value #MAX_LENGTH} characters; texts longer than {@value #MAX_TEXT} never match.
 *
 * @param pattern the glob; never null (validity is checked by {@link #isValid()})
 */
public record Glob(String pattern) {

  public static final int MAX_LENGTH = 100;
  public static final int MAX_TEXT = 1_000;

  public Glob {
    Objects.requireNonNull(pattern, "pattern");
  }

  public static Glob of(String pattern) {
    return new Glob(pattern);
  }

  /** 1 to {@value #MAX_LENGTH} characters, none of them a control character. */
  public boolean isValid() {
    return !pattern.isEmpty()
        && pattern.length() <= MAX_LENGTH
        && pattern.chars().noneMatch(Character::isISOControl);
  }

  /** Whether the whole of {@code text} matches; false for an invalid pattern. */
  public boolean matches(String text) {
    if (!isValid() || text.length() > MAX_TEXT) {
      return false;
    }
    int n = text.length();
    // row[j]: pattern prefix seen so far matches text prefix of length j
    boolean[] row = new boolean[n + 1];
    row[0] = true;
    for (int i = 0; i < pattern.length(); i++) {
      char p = pattern.charAt(i);
      boolean[] next = new boolean[n + 1];
      if (p == '*') {
        boolean any = false;
        for (int j = 0; j <= n; j++) {
          any |= row[j];
          next[j] = any;
        }
      } else {
        for (int j = 1; j <= n; j++) {
          char c = text.charAt(j - 1);
          boolean one = p == '?' || (p == '#' ? c >= '0' && c <= '9' : c == p);
          next[j] = row[j - 1] && one;
        }
      }
      row = next;
    }
    return row[n];
  }
}
