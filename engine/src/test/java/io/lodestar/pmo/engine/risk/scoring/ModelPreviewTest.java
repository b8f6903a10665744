package io.lodestar.pmo.engine.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelPreviewTest {

  @Test
  void pmbokPreview_showsRowsFromVeryHighProbabilityDownAndTheDomainScores() {
    ModelPreview target = ModelPreview.of(FormulaModel.pmbokDefault());
    assertThat(target.rows()).hasSize(5);
    assertThat(target.rows().get(0).probability().label()).isEqualTo("Very high");
    assertThat(target.rows().get(0).cells())
        .extracting(CellEvaluation::score)
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0.05", "0.09", "0.18", "0.36", "0.72");
    assertThat(target.rows().get(4).cells())
        .extracting(CellEvaluation::score)
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0.01", "0.01", "0.02", "0.04", "0.08");
    assertThat(target.columns()).extracting(ScaleLevel::label).first().isEqualTo("Very low");
    assertThat(target.cell(4, 1).score()).isEqualByComparingTo("0.04");
    assertThat(target.detectabilityRank()).isEmpty();
  }

  @Test
  void rpnPreview_usesTheWorstDetectabilityByDefault() {
    RpnModel model = RpnModel.fmeaDefault();
    ModelPreview target = ModelPreview.of(model);
    assertThat(target.detectabilityRank()).hasValue(10);
    assertThat(target.cell(10, 10).score()).isEqualByComparingTo("1000");
    assertThat(ModelPreview.of(model, 1).cell(10, 10).score()).isEqualByComparingTo("100");
  }

  @Test
  void previewAtADetectabilityOfANonRpnModel_isRefused() {
    assertThatThrownBy(() -> ModelPreview.of(FormulaModel.pmbokDefault(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lookupPreview_carriesTheConfiguredBandOfEveryCell() {
    LookupModel model =
        LookupModel.of(
            "l",
            Scale.lowMediumHigh(),
            Scale.lowMediumHigh(),
            CellBanding.of(
                Bands.lowMediumHigh(),
                List.of(
                    List.of("low", "low", "medium"),
                    List.of("low", "medium", "high"),
                    List.of("medium", "high", "high"))));
    ModelPreview target = ModelPreview.of(model);
    assertThat(target.rows().get(0).cells())
        .extracting(c -> c.band().key())
        .containsExactly("medium", "high", "high");
  }
}
