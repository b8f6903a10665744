package io.lodestar.pmo.engine.shared;

import java.util.Comparator;

/**
 * The natural order of Jira issue keys: by project key, then by issue number numerically ({@code
 * ABC-9} before {@code ABC-10}). Keys without a numeric suffix, or that compare equal that way
 * (e.g. {@code ABC-01} and {@code ABC-1}), fall back to plain string order, so the order is total
 * and consistent with {@link String#equals}. Used as the deterministic tie-break of every ranking.
 */
public final class IssueKeyOrder implements Comparator<String> {

  /** The shared instance; stateless. */
  public static final Comparator<String> INSTANCE = new IssueKeyOrder();

  private IssueKeyOrder() {}

  @Override
  public int compare(String a, String b) {
    int dashA = a.lastIndexOf('-');
    int dashB = b.lastIndexOf('-');
    if (dashA > 0 && dashB > 0 && isDigits(a, dashA + 1) && isDigits(b, dashB + 1)) {
      int byProject = a.substring(0, dashA).compareTo(b.substring(0, dashB));
      if (byProject != 0) {
        return byProject;
      }
      int byNumber = compareDigits(a.substring(dashA + 1), b.substring(dashB + 1));
      if (byNumber != 0) {
        return byNumber;
      }
    }
    return a.compareTo(b);
  }

  private static boolean isDigits(String s, int from) {
    if (from >= s.length()) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int compareDigits(String a, String b) {
    String x = stripLeadingZeros(a);
    String y = stripLeadingZeros(b);
    if (x.length() != y.length()) {
      return Integer.compare(x.length(), y.length());
    }
    return x.compareTo(y);
  }

  private static String stripLeadingZeros(String s) {
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }
}
