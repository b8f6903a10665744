package io.lodestar.pmo.engine.standardization.template;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Whatever the key, it stays inside one JQL string literal. */
class JqlTemplatePropertiesTest {

  /** Reads one double-quoted JQL string literal starting at 0; returns its value and end. */
  private static String[] readLiteral(String text) {
    StringBuilder value = new StringBuilder();
    int i = 1;
    while (text.charAt(i) != '"') {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
        c = text.charAt(i);
      }
      value.append(c);
      i++;
    }
    return new String[] {value.toString(), text.substring(i + 1)};
  }

  @Property
  void render_shouldKeepAnyKeyInsideOneStringLiteral(@ForAll @StringLength(max = 40) String key) {
    String rendered = JqlTemplate.of("{project} AND x").render(key);
    String[] literal = readLiteral(rendered);
    assertThat(literal[0]).isEqualTo(key);
    assertThat(literal[1]).isEqualTo(" AND x");
  }
}
