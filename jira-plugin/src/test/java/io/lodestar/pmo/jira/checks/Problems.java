package io.lodestar.pmo.jira.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/** Assertions on the problem lists the checkers return. */
final class Problems {

  private Problems() {}

  /** Passes when no problem was found; otherwise fails listing every problem, one per line. */
  static void assertNone(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new AssertionError(
          what
              + ": "
              + problems.size()
              + " problem(s)"
              + System.lineSeparator()
              + "  "
              + String.join(System.lineSeparator() + "  ", problems));
    }
  }

  /** Passes when some problem contains every fragment. */
  static void assertReported(List<String> problems, String... fragments) {
    boolean found = problems.stream().anyMatch(p -> Arrays.stream(fragments).allMatch(p::contains));
    assertThat(found)
        .as(
            "expected a problem mentioning %s; the problems were:%n  %s%n",
            String.join(" + ", fragments), String.join(System.lineSeparator() + "  ", problems))
        .isTrue();
  }
}
