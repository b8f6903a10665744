package io.lodestar.pmo.engine.standardization;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardizationKeysTest {

  @Test
  void everyKey_isUniqueAndInTheStandardizationNamespace() throws IllegalAccessException {
    Set<String> seen = new HashSet<>();
    for (Field field : StandardizationKeys.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String key = (String) field.get(null);
        assertThat(key).startsWith("lodestar.standardization.").doesNotContain(" ");
        assertThat(seen.add(key)).as("duplicate %s", key).isTrue();
      }
    }
    assertThat(seen).hasSizeGreaterThan(80);
  }

  @Test
  void weights_shouldBeDomainDefaults() {
    assertThat(Severity.CRITICAL.weight()).isEqualTo(5);
    assertThat(Severity.MAJOR.weight()).isEqualTo(3);
    assertThat(Severity.MINOR.weight()).isEqualTo(1);
  }
}
