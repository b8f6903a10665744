package io.lodestar.pmo.engine.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IssueRowsTest {

  @Property(tries = 100)
  void rows_shouldAgreeWithHashMap_forDenseAndScatteredIds(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3_000) int operations) {
    SplittableRandom random = new SplittableRandom(seed);
    IssueRows target = new IssueRows(16);
    Map<Long, Integer> expected = new HashMap<>();

    for (int i = 0; i < operations; i++) {
      // Mostly a dense run from 10,000 arrived in random order, some ids far away.
      long id =
          random.nextInt(10) == 0 ? random.nextLong(0, 1L << 40) : 10_000 + random.nextInt(2_000);
      if (random.nextInt(6) == 0) {
        assertThat(target.remove(id)).isEqualTo(expected.getOrDefault(id, -1));
        expected.remove(id);
      } else {
        target.put(id, i);
        expected.put(id, i);
      }
    }

    assertThat(target.size()).isEqualTo(expected.size());
    expected.forEach((id, row) -> assertThat(target.get(id)).isEqualTo(row));
    for (long id = 9_990; id < 12_010; id++) {
      assertThat(target.get(id)).isEqualTo(expected.getOrDefault(id, -1));
    }
  }
}
