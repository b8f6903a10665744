package io.lodestar.pmo.engine.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

  @Test
  void issueKeys_sortByProjectThenNumerically() {
    List<String> keys = new ArrayList<>(List.of("ABC-10", "AB-99", "ABC-9", "ABC-1", "ZZ-2"));
    keys.sort(IssueKeyOrder.INSTANCE);
    assertThat(keys).containsExactly("AB-99", "ABC-1", "ABC-9", "ABC-10", "ZZ-2");
  }

  @Test
  void keysThatCompareEqualNumerically_fallBackToStringOrder() {
    assertThat(IssueKeyOrder.INSTANCE.compare("ABC-01", "ABC-1")).isNotZero();
    assertThat(IssueKeyOrder.INSTANCE.compare("ABC-1", "ABC-1")).isZero();
    assertThat(IssueKeyOrder.INSTANCE.compare("odd", "ABC-1")).isPositive();
  }

  @Property
  void issueKeyOrder_isAntisymmetricAndConsistentWithEquals(
      @ForAll("keys") String a, @ForAll("keys") String b) {
    int ab = IssueKeyOrder.INSTANCE.compare(a, b);
    int ba = IssueKeyOrder.INSTANCE.compare(b, a);
    assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(ba));
    assertThat(ab == 0).isEqualTo(a.equals(b));
  }

  @Property
  void issueKeyOrder_isTransitive(
      @ForAll("keys") String a, @ForAll("keys") String b, @ForAll("keys") String c) {
    List<String> sorted = new ArrayList<>(List.of(a, b, c));
    sorted.sort(IssueKeyOrder.INSTANCE);
    assertThat(IssueKeyOrder.INSTANCE.compare(sorted.get(0), sorted.get(2))).isLessThanOrEqualTo(0);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.of("A", "AB", "ABC", "A-B"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4))
            .as((p, n) -> p + "-" + n),
        Arbitraries.strings().ofMaxLength(5));
  }

  @Test
  void outcome_mapsOnlySuccess() {
    assertThat(Outcome.ok(2).map(x -> x * 3)).isEqualTo(Outcome.ok(6));
    Outcome<Integer> conflict = Outcome.conflict(1, 2);
    assertThat(conflict.map(x -> x * 3)).isEqualTo(Outcome.conflict(1, 2));
    assertThatThrownBy(conflict::orElseThrow).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Outcome.invalid(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void violationAndVersioned_checkTheirInvariants() {
    assertThat(Violation.of("a.b[0]", "lodestar.x", 1, "y").args()).containsExactly(1, "y");
    assertThatThrownBy(() -> Violation.of("a", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Versioned.of("x", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(StoreResult.conflict(1, 2)).isEqualTo(new StoreResult.VersionConflict<>(1, 2));
  }
}
