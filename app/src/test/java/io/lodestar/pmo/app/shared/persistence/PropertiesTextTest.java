package io.lodestar.pmo.app.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;

public class PropertiesTextTest {

  @Test
  public void read_shouldReturnWhatWasWritten_whenValuesHoldSeparatorsAndNonAscii() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("b", " leading blank, = : # ! \\ and \ttab");
    entries.put("a", "line one\nline two\r\n\u00e9\u4e2d");

    Map<String, String> read = PropertiesText.read(PropertiesText.write(entries));

    assertThat(read).isEqualTo(entries);
  }

  @Test
  public void write_shouldSortKeysAndStayAscii() {
    String text = PropertiesText.write(Map.of("z", "1", "a", "\u00d7"));

    assertThat(text).isEqualTo("a=\\u00D7\nz=1\n");
  }

  @Test
  public void write_shouldLeaveOutNullValues() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("a", null);
    entries.put("b", "x");

    assertThat(PropertiesText.write(entries)).isEqualTo("b=x\n");
  }

  @Test
  public void read_shouldFailClearly_whenAnEscapeIsBroken() {
    assertThatThrownBy(() -> PropertiesText.read("a=\\u12"))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("malformed text");
  }
}
