package io.lodestar.pmo.app.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class XsrfProtectionFilterTest {

  @Test
  public void requiresToken_shouldRefusePost_whenHeaderMissing() {
    assertThat(XsrfProtectionFilter.requiresToken("POST", null)).isTrue();
  }

  @Test
  public void requiresToken_shouldRefuseDelete_whenHeaderHasOtherValue() {
    assertThat(XsrfProtectionFilter.requiresToken("DELETE", "check")).isTrue();
  }

  @Test
  public void requiresToken_shouldAllowPut_whenHeaderIsNoCheck() {
    assertThat(XsrfProtectionFilter.requiresToken("PUT", "no-check")).isFalse();
  }

  @Test
  public void requiresToken_shouldAllowGet_withoutHeader() {
    assertThat(XsrfProtectionFilter.requiresToken("GET", null)).isFalse();
    assertThat(XsrfProtectionFilter.requiresToken("head", null)).isFalse();
  }
}
