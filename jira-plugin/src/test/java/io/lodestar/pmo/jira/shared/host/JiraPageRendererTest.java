package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraPageRendererTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private TemplateRenderer templateRenderer;

  private JiraPageRenderer target;

  @Before
  public void setUp() {
    target = new JiraPageRenderer(templateRenderer);
  }

  @Test
  public void render_shouldDelegateToTemplateRenderer_whenCalled() throws Exception {
    StringWriter out = new StringWriter();
    Map<String, Object> context = Map.of("page", "x");

    target.render("templates/risk/register.vm", context, out);

    verify(templateRenderer).render("templates/risk/register.vm", context, out);
  }

  @Test
  public void render_shouldThrowUncheckedWithoutJiraType_whenTemplateFails() throws Exception {
    doThrow(new RenderingException("bad"))
        .when(templateRenderer)
        .render(eq("t.vm"), anyMap(), any(Writer.class));

    assertThatThrownBy(() -> target.render("t.vm", Map.of(), new StringWriter()))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t.vm");
  }
}
