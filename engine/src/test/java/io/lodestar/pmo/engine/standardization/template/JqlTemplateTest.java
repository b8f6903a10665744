package io.lodestar.pmo.engine.standardization.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JqlTemplateTest {

  @Test
  void render_shouldQuoteTheKey() {
    assertThat(JqlTemplate.of("project = {project} AND duedate is EMPTY").render("DEL"))
        .isEqualTo("project = \"DEL\" AND duedate is EMPTY");
  }

  @Test
  void render_shouldEscapeQuotesAndBackslashes_soAKeyCannotChangeTheQuery() {
    String rendered = JqlTemplate.of("project = {project}").render("A\" OR project != \"B\\");
    assertThat(rendered).isEqualTo("project = \"A\\\" OR project != \\\"B\\\\\"");
  }

  @Test
  void navigatorPath_shouldEncodeTheRenderedQuery() {
    assertThat(JqlTemplate.of("project = {project}").navigatorPath("DEL"))
        .isEqualTo("/issues/?jql=project+%3D+%22DEL%22");
  }

  @Test
  void unknownPlaceholder_shouldFindAnyPlaceholderButProject() {
    assertThat(JqlTemplate.of("project = {project}").unknownPlaceholder()).isEmpty();
    assertThat(JqlTemplate.of("project = {project} AND updated > {days}").unknownPlaceholder())
        .contains("{days}");
  }
}
