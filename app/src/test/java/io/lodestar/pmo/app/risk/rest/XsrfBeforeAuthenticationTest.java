package io.lodestar.pmo.app.risk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.rest.XsrfProtectionFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

/**
 * What the README promises: a state-changing call without the XSRF header is refused with 403
 * before anything else, so an anonymous caller sees 403 (not 401) until it sends the header.
 */
public class XsrfBeforeAuthenticationTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private ContainerRequestContext request;

  private final XsrfProtectionFilter target = new XsrfProtectionFilter();

  @Test
  public void filter_shouldRefuseWith403_whenAnAnonymousPostLacksTheHeader() {
    // given: no user and no token; the filter never asks who the caller is
    when(request.getMethod()).thenReturn("POST");
    when(request.getHeaderString(XsrfProtectionFilter.TOKEN_HEADER)).thenReturn(null);

    // when
    target.filter(request);

    // then
    ArgumentCaptor<Response> refusal = ArgumentCaptor.forClass(Response.class);
    verify(request).abortWith(refusal.capture());
    assertThat(refusal.getValue().getStatus()).isEqualTo(403);
  }
}
