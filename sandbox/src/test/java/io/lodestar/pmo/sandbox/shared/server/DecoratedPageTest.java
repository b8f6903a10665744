package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecoratedPageTest {

  @Test
  void parse_shouldSplitTitleHeadAndBody_whenThePageAsksForADecorator() {
    String html =
        "<html>\n<head>\n  <title>Risk register: A &amp; B</title>\n"
            + "  <meta name=\"decorator\" content=\"atl.admin\"/>\n"
            + "  <link rel=\"stylesheet\" href=\"/x.css\"/>\n</head>\n"
            + "<body>\n<section id=\"s\">hi</section>\n</body>\n</html>";

    DecoratedPage page = DecoratedPage.parse(html).orElseThrow();

    assertThat(page.decorator()).isEqualTo("atl.admin");
    assertThat(page.titleHtml()).isEqualTo("Risk register: A &amp; B");
    assertThat(page.headHtml()).contains("/x.css").doesNotContain("<title>", "decorator");
    assertThat(page.bodyHtml()).contains("<section id=\"s\">hi</section>");
  }

  @Test
  void parse_shouldFindNothing_whenThePageAsksForNoDecorator() {
    assertThat(DecoratedPage.parse("<html><head><title>x</title></head><body>y</body></html>"))
        .isEmpty();
  }
}
