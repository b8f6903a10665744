package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import org.junit.Test;

public class HeatMapViewTest {

  private final ModelPreview preview = ModelPreview.of(FormulaModel.pmbokDefault());

  @Test
  public void of_shouldPutHighestProbabilityRowFirst_withCountsAndCellLinks() {
    // given: one risk at P rank 5, I rank 1
    long[][] counts = new long[5][5];
    counts[4][0] = 1;

    // when
    HeatMapView target =
        HeatMapView.of(
            words("Inherent"), preview, counts, (p, i) -> "/register?p=" + p + "&i=" + i, null);

    // then
    HeatMapView.CellView first = target.rows().get(0).cells().get(0);
    assertThat(first.count()).isEqualTo(1);
    assertThat(first.url()).isEqualTo("/register?p=5&i=1");
    assertThat(first.isOccupied()).isTrue();
    assertThat(target.rows().get(0).label().label()).isEqualTo("Very high");
  }

  @Test
  public void of_shouldCountZero_whenCountsAreMissing() {
    HeatMapView target = HeatMapView.of(words("Residual"), preview, null, (p, i) -> "", null);

    assertThat(target.rows()).allSatisfy(r -> assertThat(r.cells()).noneMatch(c -> c.count() > 0));
    assertThat(target.width()).isEqualTo(HeatMapView.GUTTER + 5 * HeatMapView.CELL);
  }

  @Test
  public void of_shouldMarkOnlyTheSelectedCell_whenACellIsSelected() {
    // when
    HeatMapView target =
        HeatMapView.of(words("Inherent"), preview, null, (p, i) -> "", Cell.of(4, 2));

    // then
    assertThat(target.rows().stream().flatMap(r -> r.cells().stream()))
        .filteredOn(HeatMapView.CellView::selected)
        .extracting(c -> c.probabilityRank() + "," + c.impactRank())
        .containsExactly("4,2");
  }

  @Test
  public void of_shouldPlaceBothAxisTitlesInsideTheSvg_withTheUnratedNotice() {
    // when
    HeatMapView target = HeatMapView.of(words("Inherent"), preview, null, (p, i) -> "", null);

    // then: probability runs up the gutter's left edge, impact under the column labels
    assertThat(target.probabilityAxis().label()).isEqualTo("Probability");
    assertThat(target.probabilityAxis().x()).isLessThan(HeatMapView.GUTTER / 2);
    assertThat(target.probabilityAxis().y()).isEqualTo(5 * HeatMapView.CELL / 2);
    assertThat(target.impactAxis().label()).isEqualTo("Impact");
    assertThat(target.impactAxis().y())
        .isGreaterThan(target.columns().get(0).y())
        .isLessThanOrEqualTo(target.height());
    assertThat(target.unratedNotice()).isEqualTo("3 not rated");
  }

  private static HeatMapView.Words words(String title) {
    return new HeatMapView.Words(title, "Probability", "Impact", "3 not rated");
  }
}
