package io.lodestar.pmo.jira.standardization.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class JsonTextTest {

  @Test
  public void read_shouldGiveBackWhatWriteWrote_forEveryKindOfValue() {
    // given a tree with nesting, escapes, numbers, booleans and null
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("text", "quote \" backslash \\ tab \t newline \n bell \u0007 é");
    tree.put("whole", 42L);
    tree.put("decimal", new BigDecimal("85.5"));
    tree.put("yes", true);
    tree.put("none", null);
    tree.put("list", Arrays.asList(1L, "two", List.of(), Map.of()));

    // when written and read back
    Object back = JsonText.read(JsonText.write(tree));

    // then it is equal
    assertThat(back).isEqualTo(tree);
  }

  @Test
  public void read_shouldReadIntegersAsLongs_andWriteIntegersPlain() {
    assertThat(JsonText.write(List.of(1, 2L, new BigDecimal("1E+2")))).isEqualTo("[1,2,100]");
    assertThat(JsonText.read(" [ 7 , -3.25 ] ")).isEqualTo(List.of(7L, new BigDecimal("-3.25")));
  }

  @Test
  public void read_shouldFail_whenTheTextIsMalformed() {
    for (String bad :
        List.of("", "{", "[1,]", "{\"a\" 1}", "\"\\x\"", "tru", "1 2", "{1:2}", "\"\\u12\"")) {
      assertThatThrownBy(() -> JsonText.read(bad)).as(bad).isInstanceOf(StoredDataException.class);
    }
    assertThatThrownBy(() -> JsonText.read(null)).isInstanceOf(StoredDataException.class);
  }

  @Test
  public void read_shouldFail_whenNestedTooDeep() {
    String deep = "[".repeat(JsonText.MAX_DEPTH + 2) + "]".repeat(JsonText.MAX_DEPTH + 2);

    assertThatThrownBy(() -> JsonText.read(deep)).isInstanceOf(StoredDataException.class);
  }

  @Test
  public void write_shouldRefuse_whenAValueIsNotPlain() {
    assertThatThrownBy(() -> JsonText.write(List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonText.write(Map.of(1, "a")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
