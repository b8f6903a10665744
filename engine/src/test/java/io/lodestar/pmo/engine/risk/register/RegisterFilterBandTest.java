package io.lodestar.pmo.engine.risk.register;

import static io.lodestar.pmo.engine.risk.register.Fixtures.PMBOK;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.shared.Violation;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegisterFilterBandTest {

  private static final String PMBOK_BANDS =
      PMBOK.bands().bands().stream().map(Band::key).collect(Collectors.joining(", "));

  @Test
  void violations_shouldNameBandWithTheAllowedKeys_whenTheBandIsNotTheModels() {
    RegisterFilter filter = RegisterFilter.ALL.withBand("extreme");

    assertThat(filter.violations(PMBOK))
        .containsExactly(
            Violation.of("band", RiskMessageKeys.BAND_UNKNOWN, "extreme", PMBOK_BANDS));
  }

  @Test
  void violations_shouldBeEmpty_whenTheBandIsOneOfTheModels() {
    String high = PMBOK.bands().bands().get(PMBOK.bands().bands().size() - 1).key();

    assertThat(RegisterFilter.ALL.withBand(high).violations(PMBOK)).isEmpty();
  }

  @Test
  void violations_shouldReportBandAndCell_whenBothAreWrong() {
    RegisterFilter filter =
        RegisterFilter.ALL.withBand("extreme").inCell(CellCriterion.of(RiskState.INHERENT, 9, 1));

    assertThat(filter.violations(PMBOK))
        .extracting(Violation::field)
        .containsExactly("band", "cell");
  }
}
