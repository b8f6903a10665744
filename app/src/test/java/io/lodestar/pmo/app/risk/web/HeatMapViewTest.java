package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

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
        HeatMapView.of("Inherent", preview, counts, (p, i) -> "/register?p=" + p + "&i=" + i);

    // then
    HeatMapView.CellView first = target.rows().get(0).cells().get(0);
    assertThat(first.count()).isEqualTo(1);
    assertThat(first.url()).isEqualTo("/register?p=5&i=1");
    assertThat(first.isOccupied()).isTrue();
    assertThat(target.rows().get(0).label().label()).isEqualTo("Very high");
  }

  @Test
  public void of_shouldCountZero_whenCountsAreMissing() {
    HeatMapView target = HeatMapView.of("Residual", preview, null, (p, i) -> "");

    assertThat(target.rows()).allSatisfy(r -> assertThat(r.cells()).noneMatch(c -> c.count() > 0));
    assertThat(target.width()).isEqualTo(HeatMapView.GUTTER + 5 * HeatMapView.CELL);
  }
}
