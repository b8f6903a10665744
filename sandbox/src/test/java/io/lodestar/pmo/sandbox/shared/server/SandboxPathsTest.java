package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxPathsTest {

  @Test
  void isLocalPath_shouldAcceptAPathOnThisServer() {
    assertThat(SandboxPaths.isLocalPath("/plugins/servlet/lodestar/admin?x=1")).isTrue();
  }

  @Test
  void isLocalPath_shouldRefuseOtherSites_soThatLoginCannotRedirectAway() {
    assertThat(SandboxPaths.isLocalPath("//evil.example/")).isFalse();
    assertThat(SandboxPaths.isLocalPath("/\\evil.example/")).isFalse();
    assertThat(SandboxPaths.isLocalPath("https://evil.example/")).isFalse();
    assertThat(SandboxPaths.isLocalPath(null)).isFalse();
  }

  @Test
  void login_shouldCarryTheReturnPath_whenItIsLocal() {
    assertThat(SandboxPaths.login("", "/outbox")).isEqualTo("/login?next=%2Foutbox");
    assertThat(SandboxPaths.login("", "//evil")).isEqualTo("/login");
  }
}
