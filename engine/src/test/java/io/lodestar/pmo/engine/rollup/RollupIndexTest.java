package io.lodestar.pmo.engine.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The rollup index against a plain model that walks every issue. */
class RollupIndexTest {

  private static final float NONE = Float.NaN;

  /** A portfolio with two programs, three projects and four epics. */
  private static final class Tree {
    final RollupIndex index = new RollupIndex(2, 100);
    final int portfolio = index.addNode("portfolio:1", -1);
    final int programA = index.addNode("program:A", portfolio);
    final int programB = index.addNode("program:B", portfolio);
    final int alpha = index.addNode("project:ALPHA", programA);
    final int beta = index.addNode("project:BETA", programA);
    final int gamma = index.addNode("project:GAMMA", programB);
    final int epicA1 = index.addNode("epic:A-1", alpha);
    final int epicA2 = index.addNode("epic:A-2", alpha);
    final int epicB1 = index.addNode("epic:B-1", beta);
    final int epicG1 = index.addNode("epic:G-1", gamma);
    final int[] parents = {alpha, beta, gamma, epicA1, epicA2, epicB1, epicG1};
    final Map<Integer, Integer> parentOf =
        Map.of(
            programA, portfolio, programB, portfolio, alpha, programA, beta, programA, gamma,
            programB, epicA1, alpha, epicA2, alpha, epicB1, beta, epicG1, gamma);
    final Map<Long, Object[]> model = new HashMap<>();

    void upsert(long id, int parent, int bucket, StatusCategory status, float... values) {
      index.upsert(id, parent, bucket, status, values);
      model.put(id, new Object[] {parent, bucket, status, values.clone()});
    }

    void remove(long id) {
      index.remove(id);
      model.remove(id);
    }

    boolean under(int node, int parent) {
      for (Integer n = parent; n != null; n = parentOf.get(n)) {
        if (n == node) {
          return true;
        }
      }
      return false;
    }

    Rollup walk(int node, BucketFilter visible) {
      long[] counts = new long[3];
      double[] sums = new double[2];
      long[] valued = new long[2];
      long hidden = 0;
      for (Object[] issue : model.values()) {
        if (!under(node, (Integer) issue[0])) {
          continue;
        }
        if (!visible.mayBrowse((Integer) issue[1])) {
          hidden++;
          continue;
        }
        counts[((StatusCategory) issue[2]).ordinal()]++;
        float[] values = (float[]) issue[3];
        for (int m = 0; m < 2; m++) {
          if (!Float.isNaN(values[m])) {
            sums[m] += values[m];
            valued[m]++;
          }
        }
      }
      return new Rollup(
          counts[0] + counts[1] + counts[2],
          counts[0],
          counts[1],
          counts[2],
          List.of(sums[0], sums[1]),
          List.of(valued[0], valued[1]),
          hidden);
    }
  }

  @Test
  void rollup_shouldCountUnestimatedIssues_andAddTheRestUpTheHierarchy() {
    Tree tree = new Tree();
    tree.upsert(1, tree.epicA1, 0, StatusCategory.DONE, 8, 3);
    tree.upsert(2, tree.epicA1, 0, StatusCategory.IN_PROGRESS, 5, NONE);
    tree.upsert(3, tree.alpha, 0, StatusCategory.TO_DO, NONE, NONE);
    tree.upsert(4, tree.epicG1, 0, StatusCategory.TO_DO, 2, 1);

    Rollup portfolio = tree.index.rollup(tree.portfolio, BucketFilter.ALL);
    Rollup epic = tree.index.rollup(tree.epicA1, BucketFilter.ALL);

    assertThat(portfolio.issues()).isEqualTo(4);
    assertThat(portfolio.sums()).containsExactly(15.0, 4.0);
    assertThat(portfolio.unvalued(0)).isEqualTo(1);
    assertThat(portfolio.unvalued(1)).isEqualTo(2);
    assertThat(epic.done()).isEqualTo(1);
    assertThat(epic.inProgress()).isEqualTo(1);
    assertThat(epic.average(0)).isEqualTo(6.5);
  }

  @Test
  void addingAHiddenIssue_shouldChangeOnlyTheHiddenCount() {
    Tree tree = new Tree();
    tree.upsert(1, tree.epicA1, 0, StatusCategory.DONE, 8, 3);
    BucketFilter publicOnly = bucket -> bucket == 0;
    Rollup before = tree.index.rollup(tree.portfolio, publicOnly);

    tree.upsert(2, tree.epicA1, 7, StatusCategory.TO_DO, 100, 100);
    Rollup after = tree.index.rollup(tree.portfolio, publicOnly);

    assertThat(after.hidden()).isEqualTo(before.hidden() + 1);
    assertThat(
            new Rollup(
                after.issues(),
                after.toDo(),
                after.inProgress(),
                after.done(),
                after.sums(),
                after.valued(),
                before.hidden()))
        .isEqualTo(before);
  }

  @Test
  void rollupOfAProject_shouldBeTheSumOfItsEpicsAndItsOwnIssues() {
    Tree tree = new Tree();
    tree.upsert(1, tree.epicA1, 0, StatusCategory.DONE, 8, 3);
    tree.upsert(2, tree.epicA2, 1, StatusCategory.TO_DO, 5, 2);
    tree.upsert(3, tree.alpha, 0, StatusCategory.IN_PROGRESS, 1, NONE);

    Rollup project = tree.index.rollup(tree.alpha, BucketFilter.ALL);
    Rollup a1 = tree.index.rollup(tree.epicA1, BucketFilter.ALL);
    Rollup a2 = tree.index.rollup(tree.epicA2, BucketFilter.ALL);

    assertThat(project.issues()).isEqualTo(a1.issues() + a2.issues() + 1);
    assertThat(project.sums().get(0)).isEqualTo(a1.sums().get(0) + a2.sums().get(0) + 1);
  }

  @Test
  void upsert_shouldRefuseUnknownNodesAndWrongWidths_andLeaveTheIndexAlone() {
    Tree tree = new Tree();
    tree.upsert(1, tree.epicA1, 0, StatusCategory.DONE, 8, 3);

    assertThatThrownBy(() -> tree.index.upsert(1, 99, 0, StatusCategory.DONE, new float[2]))
        .hasMessageContaining("unknown parent node 99");
    assertThatThrownBy(() -> tree.index.upsert(1, tree.alpha, 0, StatusCategory.DONE, new float[3]))
        .hasMessageContaining("2 measures");
    assertThat(tree.index.rollup(tree.epicA1, BucketFilter.ALL))
        .isEqualTo(tree.walk(tree.epicA1, BucketFilter.ALL));
  }

  @Property(tries = 60)
  void incrementalUpdates_shouldEqualAWalkOfEveryIssue_andARecompute(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int changes) {
    Tree tree = new Tree();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < changes; i++) {
      long id = random.nextInt(60);
      if (random.nextInt(5) == 0) {
        tree.remove(id);
        continue;
      }
      tree.upsert(
          id,
          tree.parents[random.nextInt(tree.parents.length)],
          random.nextInt(3),
          StatusCategory.values()[random.nextInt(3)],
          random.nextInt(4) == 0 ? NONE : random.nextInt(20),
          random.nextInt(3) == 0 ? NONE : random.nextInt(13) / 2f);
    }
    BucketFilter someBuckets = bucket -> bucket != 1;

    for (int node = 0; node <= tree.epicG1; node++) {
      assertThat(tree.index.rollup(node, someBuckets).closeTo(tree.walk(node, someBuckets), 1e-6))
          .isTrue();
    }
    tree.index.cluster();
    tree.index.recompute();
    for (int node = 0; node <= tree.epicG1; node++) {
      assertThat(
              tree.index
                  .rollup(node, BucketFilter.ALL)
                  .closeTo(tree.walk(node, BucketFilter.ALL), 1e-6))
          .isTrue();
    }
    assertThat(tree.index.issues()).isEqualTo(tree.model.size());
    // Clustered rows still answer updates and removals by issue id.
    tree.upsert(5, tree.epicB1, 0, StatusCategory.DONE, 1, 1);
    tree.remove(7);
    assertThat(
            tree.index
                .rollup(tree.portfolio, BucketFilter.ALL)
                .closeTo(tree.walk(tree.portfolio, BucketFilter.ALL), 1e-6))
        .isTrue();
  }
}
