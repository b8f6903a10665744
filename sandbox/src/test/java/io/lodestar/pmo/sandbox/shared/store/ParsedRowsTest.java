package io.lodestar.pmo.sandbox.shared.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParsedRowsTest {

  private final ParsedRows<String, String, String> target = new ParsedRows<>(2);
  private final AtomicInteger parses = new AtomicInteger();
  private final Function<String, String> parse =
      text -> {
        parses.incrementAndGet();
        return "parsed " + text;
      };

  @Test
  void get_shouldReuseTheParsedValue_whenTheRowsColumnsAreUnchanged() {
    String first = target.get("ALPHA", new String("v1 text"), parse);

    String second = target.get("ALPHA", new String("v1 text"), parse);

    assertThat(second).isSameAs(first).isEqualTo("parsed v1 text");
    assertThat(parses).hasValue(1);
  }

  @Test
  void get_shouldParseAgain_whenTheRowsColumnsChanged() {
    target.get("ALPHA", "v1 text", parse);

    String changed = target.get("ALPHA", "v2 text", parse);

    assertThat(changed).isEqualTo("parsed v2 text");
    assertThat(parses).hasValue(2);
    assertThat(target.get("ALPHA", "v2 text", parse)).isSameAs(changed);
    assertThat(parses).hasValue(2);
  }

  @Test
  void get_shouldKeepRowsApart_whenTwoRowsHoldTheSameColumns() {
    target.get("ALPHA", "same", parse);
    target.get("BETA", "same", parse);

    assertThat(parses).hasValue(2);
  }

  @Test
  void get_shouldCacheNothing_whenTheParseFails() {
    assertThatThrownBy(
            () ->
                target.get(
                    "ALPHA",
                    "broken",
                    text -> {
                      throw new IllegalStateException("not a model");
                    }))
        .hasMessage("not a model");

    assertThat(target.size()).isZero();
    assertThat(target.get("ALPHA", "broken", parse)).isEqualTo("parsed broken");
  }

  @Test
  void get_shouldStartOver_whenMoreRowsThanTheBoundAreRead() {
    target.get("ALPHA", "a", parse);
    target.get("BETA", "b", parse);

    target.get("GAMMA", "c", parse);

    assertThat(target.size()).isEqualTo(1);
    assertThat(target.get("GAMMA", "c", parse)).isEqualTo("parsed c");
    assertThat(parses).hasValue(3);
  }
}
