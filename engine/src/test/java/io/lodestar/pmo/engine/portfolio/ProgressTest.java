package io.lodestar.pmo.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import io.lodestar.pmo.engine.rollup.RollupIndex;
import io.lodestar.pmo.engine.rollup.StatusCategory;
import org.junit.jupiter.api.Test;

/** % complete by each method over a rollup of the index, unestimated items counted. */
class ProgressTest {

  private static final float NONE = Float.NaN;

  /**
   * Three issues: done (5 pts, 6 h spent), in progress (3 pts, 2 h spent, 4 h left), no estimate.
   */
  private static Rollup epic() {
    RollupIndex index = new RollupIndex(RollupMeasures.count(), 4);
    int project = index.addNode("project:P", -1);
    int epic = index.addNode("epic:P-1", project);
    index.upsert(1, epic, 0, StatusCategory.DONE, new float[] {6, 0, 6, 5, 5});
    index.upsert(2, epic, 0, StatusCategory.IN_PROGRESS, new float[] {6, 4, 2, 3, 0});
    index.upsert(3, epic, 0, StatusCategory.TO_DO, new float[] {NONE, NONE, NONE, NONE, 0});
    return index.rollup(epic, BucketFilter.ALL);
  }

  @Test
  void byPoints_shouldWeighDonePoints_andCountTheUnpointedIssue() {
    Progress target = Progress.of(PercentCompleteMethod.BY_POINTS, epic());

    assertThat(target.percent().rounded(1).orElseThrow()).isEqualByComparingTo("62.5");
    assertThat(target.unestimated()).isEqualTo(1);
  }

  @Test
  void byEstimate_shouldBeSpentOverSpentPlusRemaining() {
    Progress target = Progress.of(PercentCompleteMethod.BY_ESTIMATE, epic());

    assertThat(target.percent().rounded(1).orElseThrow()).isEqualByComparingTo("66.7");
    assertThat(target.unestimated()).isEqualTo(1);
  }

  @Test
  void byCount_shouldBeDoneOverAll() {
    Progress target = Progress.of(PercentCompleteMethod.BY_COUNT, epic());

    assertThat(target.percent().rounded(1).orElseThrow()).isEqualByComparingTo("33.3");
    assertThat(target.unestimated()).isZero();
  }

  @Test
  void progress_shouldBeNotApplicable_notZero_whenNothingIsEstimated() {
    RollupIndex index = new RollupIndex(RollupMeasures.count(), 1);
    int project = index.addNode("project:Q", -1);
    index.upsert(9, project, 0, StatusCategory.TO_DO, new float[] {NONE, NONE, NONE, NONE, 0});

    Progress target =
        Progress.of(PercentCompleteMethod.BY_POINTS, index.rollup(project, BucketFilter.ALL));

    assertThat(target.percent()).isEqualTo(new Metric.NotApplicable(Progress.NOTHING_ESTIMATED));
    assertThat(target.unestimated()).isEqualTo(1);
  }
}
