package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.Bands;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class LozengeContrastTest {

  @Test
  public void ratio_shouldBeTwentyOne_forBlackOnWhite() {
    assertThat(LozengeContrast.ratio("#000000", "#FFFFFF")).isCloseTo(21.0, within(1e-9));
    assertThat(LozengeContrast.ratio("#fff", "#ffffff")).isCloseTo(1.0, within(1e-9));
  }

  @Test
  public void ratio_shouldMatchWcagWorkedValues_forAmberAndRed() {
    // white on AUI amber #FFAB00 is the failing case the walk found (about 1.9:1)
    assertThat(LozengeContrast.ratio("#FFAB00", "#FFFFFF")).isCloseTo(1.90, within(0.01));
    // white on the red #DE350B just reaches AA (about 4.55:1); green #36B37E does not (2.66:1)
    assertThat(LozengeContrast.ratio("#DE350B", "#FFFFFF")).isCloseTo(4.55, within(0.01));
    assertThat(LozengeContrast.ratio("#36B37E", "#FFFFFF")).isCloseTo(2.66, within(0.01));
  }

  @Test
  public void textOn_shouldMeetAaOnEveryBandOfThePresetModels_andOnTheUnratedGrey() {
    // given every band colour the shipped models and presets use, and the unrated grey
    List<String> colours = new ArrayList<>();
    for (Bands bands : List.of(Bands.lowMediumHigh(), Bands.lowMediumHighCritical())) {
      bands.bands().stream().map(Band::colour).forEach(colours::add);
    }
    FormulaModel.pmbokDefault().bands().bands().stream().map(Band::colour).forEach(colours::add);
    colours.add(LevelView.NEUTRAL);

    for (String background : colours) {
      // when
      String text = LozengeContrast.textOn(background);

      // then
      assertThat(LozengeContrast.ratio(background, text))
          .as("contrast of %s text on %s", text, background)
          .isGreaterThanOrEqualTo(LozengeContrast.MINIMUM);
    }
  }

  @Test
  public void textOn_shouldChooseDarkTextOnAmberAndGreen_andWhiteOnTheReds() {
    assertThat(LozengeContrast.textOn("#FFAB00")).isEqualTo(LozengeContrast.DARK_TEXT);
    assertThat(LozengeContrast.textOn("#36B37E")).isEqualTo(LozengeContrast.DARK_TEXT);
    assertThat(LozengeContrast.textOn("#DE350B")).isEqualTo(LozengeContrast.LIGHT_TEXT);
    assertThat(LozengeContrast.textOn("#7A0000")).isEqualTo(LozengeContrast.LIGHT_TEXT);
  }

  @Test
  public void textOn_shouldReachAa_forEveryGreyLevel() {
    for (int v = 0; v <= 255; v++) {
      String grey = String.format("#%02x%02x%02x", v, v, v);
      String text = LozengeContrast.textOn(grey);
      assertThat(LozengeContrast.ratio(grey, text)).as(grey).isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  public void levelView_shouldCarryTheLegibleTextColour_ofItsBand() {
    LevelView amber = new LevelView("0.14", "Medium", "#FFAB00", true);
    assertThat(amber.textColour()).isEqualTo(LozengeContrast.DARK_TEXT);
  }

  @Test
  public void ratio_shouldRefuse_whenTheColourIsNotHex() {
    assertThatThrownBy(() -> LozengeContrast.ratio("red", "#FFFFFF"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
