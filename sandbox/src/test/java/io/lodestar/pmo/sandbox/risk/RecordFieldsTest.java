package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.mapping.RawValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

  @Test
  void decode_shouldGiveBackEveryValueEncoded_whateverItsCharacters() {
    // given fields of every type, with separators, digits, colons and non-ASCII in ids and values
    Map<String, RawValue> fields = new LinkedHashMap<>();
    fields.put("customfield_10010", RawValue.option(3, "High: 3:4"));
    fields.put("customfield_10011", RawValue.unorderedOption(""));
    fields.put("12:x", RawValue.number(new BigDecimal("1500")));
    fields.put("n", RawValue.number(new BigDecimal("0.0000001")));
    fields.put("duedate", RawValue.date(LocalDate.of(2025, 2, 28)));
    fields.put("assignee", RawValue.user("ÿsé:1"));
    fields.put("text", RawValue.text("line\nbreak, 5:tokens; Éclair"));

    // when encoded and decoded
    Map<String, RawValue> back = RecordFields.decode(RecordFields.encode(fields));

    // then the same values come back, in the same order
    assertThat(back).isEqualTo(fields);
    assertThat(List.copyOf(back.keySet())).isEqualTo(List.copyOf(fields.keySet()));
    assertThat(RecordFields.decode(RecordFields.encode(Map.of()))).isEmpty();
  }

  @Test
  void decode_shouldRefuse_whenTheTextIsTruncatedOrOfAnUnknownType() {
    String text = RecordFields.encode(Map.of("f", RawValue.text("value")));

    assertThatThrownBy(() -> RecordFields.decode(text.substring(0, text.length() - 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordFields.decode("1:f1:X1:v"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
