package io.lodestar.pmo.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskMessageKeysTest {

  @Test
  void everyKey_isUniqueAndInTheRiskNamespace() throws IllegalAccessException {
    Set<String> seen = new HashSet<>();
    for (Field field : RiskMessageKeys.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String key = (String) field.get(null);
        assertThat(key).startsWith("lodestar.risk.").doesNotContain(" ");
        assertThat(seen.add(key)).as("duplicate %s", key).isTrue();
      }
    }
    assertThat(seen).hasSizeGreaterThan(20);
  }
}
