package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEscapingInsertionHandlerTest {

  private final HtmlEscapingInsertionHandler target = new HtmlEscapingInsertionHandler();

  @Test
  void referenceInsert_shouldEscapeMarkup_whenTheReferenceIsPlain() {
    Object inserted = target.referenceInsert(null, "$row.title()", "<b>\"R&D\" isn't</b>");

    assertThat(inserted).isEqualTo("&lt;b&gt;&quot;R&amp;D&quot; isn&#39;t&lt;/b&gt;");
  }

  @Test
  void referenceInsert_shouldKeepTheValue_whenTheReferenceNameEndsInHtml() {
    assertThat(target.referenceInsert(null, "$!{bodyHtml}", "<p>x</p>")).isEqualTo("<p>x</p>");
    assertThat(target.referenceInsert(null, "$view.summaryHTML()", "<p>x</p>"))
        .isEqualTo("<p>x</p>");
  }

  @Test
  void referenceInsert_shouldEscape_whenOnlyAnEarlierPartOfTheReferenceEndsInHtml() {
    assertThat(target.referenceInsert(null, "$pageHtml.title()", "<i>")).isEqualTo("&lt;i&gt;");
  }

  @Test
  void referenceInsert_shouldLeaveNullAlone() {
    assertThat(target.referenceInsert(null, "$missing", null)).isNull();
  }
}
