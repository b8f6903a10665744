package io.lodestar.pmo.engine.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LongIntMapTest {

  @Property(tries = 200)
  void map_shouldAgreeWithHashMap_underPutsAndRemoves(
      @ForAll @Size(max = 600) List<@IntRange(min = -300, max = 300) Integer> operations) {
    // A positive number puts key n → its index, a negative one removes key −n.
    LongIntMap target = new LongIntMap(4);
    Map<Long, Integer> expected = new HashMap<>();

    for (int i = 0; i < operations.size(); i++) {
      int op = operations.get(i);
      long key = Math.abs((long) op) * 7_919L;
      if (op >= 0) {
        target.put(key, i);
        expected.put(key, i);
      } else {
        assertThat(target.remove(key)).isEqualTo(expected.getOrDefault(key, -1));
        expected.remove(key);
      }
    }

    assertThat(target.size()).isEqualTo(expected.size());
    for (long k = 0; k <= 300; k++) {
      assertThat(target.get(k * 7_919L)).isEqualTo(expected.getOrDefault(k * 7_919L, -1));
    }
  }
}
