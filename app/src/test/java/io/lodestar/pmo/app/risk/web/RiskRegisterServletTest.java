package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.annotations.security.LicensedOnly;
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

public class RiskRegisterServletTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private RiskRegisterPageController controller;
  @Mock private PageRenderer renderer;
  @Mock private WebResources resources;
  @Mock private HttpServletRequest request;
  @Mock private HttpServletResponse response;

  private final StringWriter body = new StringWriter();
  private final Map<String, String[]> parameters =
      Map.of("project", new String[] {"ALPHA"}, "status", new String[] {"open"});
  private RiskRegisterServlet target;

  @Before
  public void setUp() throws Exception {
    target = new RiskRegisterServlet(controller, renderer, resources);
    when(request.getContextPath()).thenReturn("/jira");
    when(request.getParameterMap()).thenReturn(parameters);
    when(response.getWriter()).thenReturn(new PrintWriter(body));
    doAnswer(
            inv -> {
              inv.<Writer>getArgument(2).write("<p>page</p>");
              return null;
            })
        .when(renderer)
        .render(any(), anyMap(), any());
  }

  @Test
  public void doGet_shouldRenderTheControllersPageForTheQueryParameters() throws Exception {
    // given
    when(controller.show("/jira", parameters))
        .thenReturn(new PageView(RiskRegisterPageController.TEMPLATE, 200, Map.of()));

    // when
    target.doGet(request, response);

    // then
    verify(renderer).render(eq(RiskRegisterPageController.TEMPLATE), anyMap(), any());
    verify(response).setStatus(200);
    assertThat(body.toString()).isEqualTo("<p>page</p>");
  }

  @Test
  public void doGet_shouldAnswerWithTheErrorPagesStatus_whenControllerRefuses() throws Exception {
    // given
    when(controller.show("/jira", parameters))
        .thenReturn(new PageView(ErrorPages.TEMPLATE, 400, Map.of()));

    // when
    target.doGet(request, response);

    // then
    verify(response).setStatus(400);
  }

  @Test
  public void service_shouldAnswer405_whenMethodIsPost() throws Exception {
    // given
    when(request.getMethod()).thenReturn("POST");
    when(request.getProtocol()).thenReturn("HTTP/1.1");

    // when
    target.service(request, response);

    // then
    verify(response).sendError(eq(405), any());
    verify(controller, never()).show(any(), any());
  }

  @Test
  public void doGet_shouldRequireThePagesWebResourcesBeforeRendering() throws Exception {
    // given
    when(controller.show("/jira", parameters))
        .thenReturn(
            new PageView(
                RiskRegisterPageController.TEMPLATE,
                200,
                Map.of(),
                List.of(RiskWebPaths.REGISTER_RESOURCES)));

    // when
    target.doGet(request, response);

    // then
    var order = inOrder(resources, renderer);
    order.verify(resources).requireWebResource("risk-register-resources");
    order.verify(renderer).render(eq(RiskRegisterPageController.TEMPLATE), anyMap(), any());
  }

  @Test
  public void doGet_shouldRequireNoWebResource_whenTheErrorPageIsShown() throws Exception {
    // given
    when(controller.show("/jira", parameters))
        .thenReturn(new PageView(ErrorPages.TEMPLATE, 404, Map.of()));

    // when
    target.doGet(request, response);

    // then
    verify(resources, never()).requireWebResource(any());
  }

  @Test
  public void class_shouldDeclareTheRestV2AccessAnnotation_soServletAccessIsExplicit() {
    // when
    LicensedOnly annotation = RiskRegisterServlet.class.getAnnotation(LicensedOnly.class);

    // then
    assertThat(annotation).isNotNull();
  }
}
