package io.lodestar.pmo.app.shared.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class GroupNamesTest {

  @Test
  public void same_shouldBeTrue_whenNamesDifferOnlyInCaseAndSurroundingBlanks() {
    assertThat(GroupNames.same("Lodestar-PMO", " lodestar-pmo ")).isTrue();
  }

  @Test
  public void same_shouldBeFalse_whenNamesDiffer() {
    assertThat(GroupNames.same("lodestar-pmo", "lodestar-pmos")).isFalse();
  }

  @Test
  public void same_shouldBeFalse_whenEitherNamesNoGroup() {
    assertThat(GroupNames.same(null, null)).isFalse();
    assertThat(GroupNames.same(" ", " ")).isFalse();
  }

  @Test
  public void canonical_shouldNotDependOnTheDefaultLocale_whenNameHasACapitalI() {
    // in a Turkish default locale, "I".toLowerCase() is a dotless i
    assertThat(GroupNames.canonical("PMO-ADMINS-IT")).isEqualTo("pmo-admins-it");
  }
}
