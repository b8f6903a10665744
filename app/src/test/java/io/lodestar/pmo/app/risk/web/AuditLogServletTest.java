package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.WebResources;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class AuditLogServletTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private AuditLogPageController controller;
  @Mock private PageRenderer renderer;
  @Mock private WebResources resources;
  @Mock private HttpServletRequest request;
  @Mock private HttpServletResponse response;

  private final StringWriter body = new StringWriter();
  private AuditLogServlet target;

  @Before
  public void setUp() throws Exception {
    target = new AuditLogServlet(controller, renderer, resources);
    when(request.getContextPath()).thenReturn("/jira");
    when(response.getWriter()).thenReturn(new PrintWriter(body));
  }

  @Test
  public void doGet_shouldPassTheQueryAndWriteThePageWithItsStatusAndResources() throws Exception {
    // given
    Map<String, String[]> query = Map.of("project", new String[] {"MOBA"});
    when(request.getParameterMap()).thenReturn(query);
    when(controller.show("/jira", query))
        .thenReturn(
            new PageView(
                AuditLogPageController.TEMPLATE,
                400,
                Map.of(),
                List.of(RiskWebPaths.AUDIT_RESOURCES)));
    doAnswer(
            inv -> {
              inv.<Writer>getArgument(2).write("<p>log</p>");
              return null;
            })
        .when(renderer)
        .render(eq(AuditLogPageController.TEMPLATE), anyMap(), any());

    // when
    target.doGet(request, response);

    // then
    verify(resources).requireWebResource(RiskWebPaths.AUDIT_RESOURCES);
    verify(response).setStatus(400);
    assertThat(body.toString()).isEqualTo("<p>log</p>");
  }

  @Test
  public void service_shouldAnswer405_whenMethodIsPost() throws Exception {
    when(request.getMethod()).thenReturn("POST");
    when(request.getProtocol()).thenReturn("HTTP/1.1");

    target.service(request, response);

    verify(response).sendError(eq(405), any());
    verify(controller, never()).show(any(), any());
  }
}
