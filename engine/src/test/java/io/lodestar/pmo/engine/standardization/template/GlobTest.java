package io.lodestar.pmo.engine.standardization.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void matches_shouldFollowStarQuestionMarkAndHash() {
    assertThat(Glob.of("D*").matches("DELIV")).isTrue();
    assertThat(Glob.of("D*").matches("D")).isTrue();
    assertThat(Glob.of("D*").matches("XD")).isFalse();
    assertThat(Glob.of("P?").matches("PX")).isTrue();
    assertThat(Glob.of("P?").matches("P")).isFalse();
    assertThat(Glob.of("PRJ###").matches("PRJ042")).isTrue();
    assertThat(Glob.of("PRJ###").matches("PRJ04A")).isFalse();
    assertThat(Glob.of("Delivery - *").matches("Delivery - Mobile")).isTrue();
    assertThat(Glob.of("Delivery - *").matches("delivery - Mobile")).isFalse();
  }

  @Test
  void isValid_shouldRefuseEmptyTooLongAndControlCharacters() {
    assertThat(Glob.of("").isValid()).isFalse();
    assertThat(Glob.of("A".repeat(Glob.MAX_LENGTH + 1)).isValid()).isFalse();
    assertThat(Glob.of("A\nB").isValid()).isFalse();
    assertThat(Glob.of("A".repeat(Glob.MAX_LENGTH)).isValid()).isTrue();
    assertThat(Glob.of("").matches("")).isFalse();
  }

  @Test
  void matches_shouldStayFast_onAPatternThatMakesBacktrackingRegexesExplode() {
    // (a*)*b-style patterns backtrack exponentially in regex engines; the glob is O(n × m).
    Glob evil = Glob.of("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
    String text = "a".repeat(Glob.MAX_TEXT);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2), () -> assertThat(evil.matches(text)).isFalse());
  }

  @Property
  void aPatternWithoutWildcards_shouldMatchExactlyItself(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String literal,
      @ForAll @AlphaChars @StringLength(min = 0, max = 20) String other) {
    assertThat(Glob.of(literal).matches(literal)).isTrue();
    assertThat(Glob.of(literal).matches(other)).isEqualTo(literal.equals(other));
    assertThat(Glob.of("*").matches(other)).isTrue();
  }
}
