package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.Test;

public class PageResponsesTest {

  private static HttpServletRequest post(String host, String origin, String referer) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getScheme()).thenReturn("https");
    when(request.getHeader("Host")).thenReturn(host);
    when(request.getHeader("Origin")).thenReturn(origin);
    when(request.getHeader("Referer")).thenReturn(referer);
    return request;
  }

  @Test
  public void isSameOrigin_shouldAccept_whenOriginOrRefererNamesThisHost() {
    assertThat(PageResponses.isSameOrigin(post("jira.example", "https://jira.example", null)))
        .isTrue();
    assertThat(
            PageResponses.isSameOrigin(
                post("jira.example", null, "https://jira.example/plugins/servlet/x")))
        .isTrue();
    assertThat(PageResponses.isSameOrigin(post("jira.example", "null", "https://jira.example")))
        .isTrue();
  }

  @Test
  public void isSameOrigin_shouldRefuse_whenAnotherSiteOrNothingNamesTheOrigin() {
    assertThat(PageResponses.isSameOrigin(post("jira.example", "https://evil.example", null)))
        .isFalse();
    assertThat(
            PageResponses.isSameOrigin(
                post("jira.example", null, "https://jira.example.evil.example/")))
        .isFalse();
    assertThat(PageResponses.isSameOrigin(post("jira.example", null, null))).isFalse();
    assertThat(PageResponses.isSameOrigin(post(null, "https://jira.example", null))).isFalse();
  }
}
