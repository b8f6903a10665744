package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
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

public class RiskAdminServletTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private RiskAdminPageController controller;
  @Mock private PageRenderer renderer;
  @Mock private WebResources resources;
  @Mock private HttpServletRequest request;
  @Mock private HttpServletResponse response;

  private final StringWriter body = new StringWriter();
  private RiskAdminServlet target;

  @Before
  public void setUp() throws Exception {
    target = new RiskAdminServlet(controller, renderer, resources);
    when(request.getContextPath()).thenReturn("/jira");
    when(response.getWriter()).thenReturn(new PrintWriter(body));
  }

  @Test
  public void doGet_shouldWriteRenderedPageWithControllerStatus_whenRefused() throws Exception {
    // given
    when(controller.show("/jira"))
        .thenReturn(new PageView("templates/risk/error.vm", 403, Map.of()));
    doAnswer(
            inv -> {
              inv.<Writer>getArgument(2).write("<p>no</p>");
              return null;
            })
        .when(renderer)
        .render(eq("templates/risk/error.vm"), anyMap(), any());

    // when
    target.doGet(request, response);

    // then
    verify(response).setStatus(403);
    verify(response).setContentType("text/html;charset=UTF-8");
    assertThat(body.toString()).isEqualTo("<p>no</p>");
  }

  @Test
  public void doGet_shouldWriteNothing_whenRenderingFails() throws Exception {
    // given
    when(controller.show("/jira"))
        .thenReturn(new PageView(RiskAdminPageController.TEMPLATE, 200, Map.of()));
    doThrow(new IllegalStateException("broken template"))
        .when(renderer)
        .render(any(), anyMap(), any());

    // when / then: no half-written 200
    assertThatThrownBy(() -> target.doGet(request, response))
        .isInstanceOf(IllegalStateException.class);
    verify(response, never()).setStatus(200);
    assertThat(body.toString()).isEmpty();
  }

  @Test
  public void service_shouldAnswer405_whenMethodIsPost() throws Exception {
    // given: pages are GET only; writes go through the XSRF-checked REST API
    when(request.getMethod()).thenReturn("POST");
    when(request.getProtocol()).thenReturn("HTTP/1.1");

    // when
    target.service(request, response);

    // then
    verify(response).sendError(eq(405), any());
    verify(controller, never()).show(any());
  }

  @Test
  public void doGet_shouldRequireTheAdminWebResourcesBeforeRendering() throws Exception {
    // given
    when(controller.show("/jira"))
        .thenReturn(
            new PageView(
                RiskAdminPageController.TEMPLATE,
                200,
                Map.of(),
                List.of(RiskWebPaths.ADMIN_RESOURCES)));

    // when
    target.doGet(request, response);

    // then
    var order = inOrder(resources, renderer);
    order.verify(resources).requireWebResource("risk-admin-resources");
    order.verify(renderer).render(eq(RiskAdminPageController.TEMPLATE), anyMap(), any());
  }

  @Test
  public void class_shouldDeclareTheRestV2AccessAnnotation_soServletAccessIsExplicit() {
    // when
    LicensedOnly annotation = RiskAdminServlet.class.getAnnotation(LicensedOnly.class);

    // then
    assertThat(annotation).isNotNull();
  }
}
