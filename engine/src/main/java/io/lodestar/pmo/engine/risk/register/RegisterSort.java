package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.shared.IssueKeyOrder;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * The order of register rows. Missing values (unrated score, no review date) sort <b>last in both
 * directions</b>; ties are broken by issue key ascending ({@link IssueKeyOrder}), so every order is
 * total and paging is stable.
 *
 * @param field what to sort by
 * @param direction ascending or descending
 */
public record RegisterSort(Field field, Direction direction) {

  /** Worst current score first: the register's default order. */
  public static final RegisterSort DEFAULT = new RegisterSort(Field.SCORE, Direction.DESC);

  /** Sortable columns. */
  public enum Field {
    /** Current score. */
    SCORE,
    /** Issue key in {@link IssueKeyOrder}. */
    KEY,
    /** Review date. */
    REVIEW_DATE,
    /** Title, ignoring case first, then case-sensitively. */
    TITLE
  }

  /** Sort direction. */
  public enum Direction {
    ASC,
    DESC
  }

  public RegisterSort {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(direction, "direction");
  }

  public static RegisterSort of(Field field, Direction direction) {
    return new RegisterSort(field, direction);
  }

  /** The comparator for this order. */
  public Comparator<AssessedRisk> comparator() {
    Comparator<AssessedRisk> byKey =
        Comparator.comparing(AssessedRisk::issueKey, IssueKeyOrder.INSTANCE);
    Comparator<AssessedRisk> primary =
        switch (field) {
          case SCORE -> nullsLast(r -> r.current().scoreIfRated().orElse(null));
          case REVIEW_DATE -> nullsLast(r -> r.risk().reviewDate());
          case TITLE ->
              directed(
                  Comparator.comparing(
                          (AssessedRisk r) -> r.risk().title(), String.CASE_INSENSITIVE_ORDER)
                      .thenComparing(r -> r.risk().title()));
          case KEY -> directed(byKey);
        };
    return primary.thenComparing(byKey);
  }

  private <U extends Comparable<? super U>> Comparator<AssessedRisk> nullsLast(
      Function<AssessedRisk, U> value) {
    Comparator<U> natural = Comparator.naturalOrder();
    Comparator<U> directed = direction == Direction.ASC ? natural : natural.reversed();
    return Comparator.comparing(value, Comparator.nullsLast(directed));
  }

  private Comparator<AssessedRisk> directed(Comparator<AssessedRisk> ascending) {
    return direction == Direction.ASC ? ascending : ascending.reversed();
  }
}
