package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.web.LoginThrottle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's HTTP hardening, probed on loopback: cookie-only sessions, no server version, JSON
 * errors for malformed requests, throttled login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxHardeningTest {

  private SandboxServer target;

  @BeforeAll
  void startSandbox(@TempDir Path data) {
    target =
        SandboxServer.start(
            SandboxConfig.defaults()
                .withHost("localhost")
                .withPort(0)
                .withDataDirectory(data)
                .withIssues(50)
                .withStopTimeoutMillis(500));
  }

  @AfterAll
  void stopSandbox() {
    target.close();
  }

  private Visitor signedIn(String username) {
    Visitor visitor = new Visitor(target.uri());
    assertThat(visitor.login(username, DemoAccounts.PASSWORD).statusCode()).isEqualTo(303);
    return visitor;
  }

  /** One raw HTTP/1.1 exchange (what a browser or curl could send, unchecked by a client). */
  private String raw(String requestHead, String body) throws IOException {
    try (Socket socket = new Socket(target.uri().getHost(), target.uri().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String host = "Host: " + target.uri().getHost() + ":" + target.uri().getPort() + "\r\n";
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      String head =
          requestHead
              + "\r\n"
              + host
              + "Connection: close\r\n"
              + (content.length > 0 ? "Content-Length: " + content.length + "\r\n" : "")
              + "\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static String bodyOf(String rawResponse) {
    int end = rawResponse.indexOf("\r\n\r\n");
    return end < 0 ? "" : rawResponse.substring(end + 4);
  }

  private static String headOf(String rawResponse) {
    int end = rawResponse.indexOf("\r\n\r\n");
    return end < 0 ? rawResponse : rawResponse.substring(0, end);
  }

  @Test
  void responses_shouldNotNameTheServerSoftware_whenAnyPageIsServed() throws IOException {
    // when
    String page = raw("GET / HTTP/1.1", "");
    String missing = raw("GET /rest/lodestar/1.0/nothing-here HTTP/1.1", "");

    // then
    for (String answer : new String[] {page, missing}) {
      assertThat(headOf(answer).toLowerCase(Locale.ROOT))
          .doesNotContain("\r\nserver:")
          .doesNotContain("jetty")
          .doesNotContain("x-powered-by");
    }
  }

  @Test
  void session_shouldBeIgnored_whenItsIdComesInTheUrl() {
    // given a signed-in session and its id
    Visitor member = signedIn(DemoAccounts.MEMBER);
    String sessionId = member.cookie("JSESSIONID");
    assertThat(sessionId).isNotBlank();
    assertThat(member.get("/rest/lodestar/1.0/models").statusCode()).isEqualTo(200);

    // when another client sends the id in the URL instead of the cookie
    HttpResponse<String> viaUrl =
        new Visitor(target.uri()).get("/rest/lodestar/1.0/models;jsessionid=" + sessionId);

    // then it is anonymous
    assertThat(viaUrl.statusCode()).isEqualTo(401);
  }

  @Test
  void pages_shouldNotRewriteUrlsWithTheSessionId_whenSignedIn() {
    // given
    Visitor member = signedIn(DemoAccounts.MEMBER);

    // when
    HttpResponse<String> landing = member.get("/");

    // then
    assertThat(landing.statusCode()).isEqualTo(200);
    assertThat(landing.body().toLowerCase(Locale.ROOT)).doesNotContain("jsessionid");
  }

  @Test
  void restWrite_shouldAnswerTheJsonErrorBody_whenTheContentTypeIsEmpty() throws IOException {
    // given
    Visitor pmo = signedIn(DemoAccounts.PMO);
    String cookie = "JSESSIONID=" + pmo.cookie("JSESSIONID");

    // when
    String answer =
        raw(
            "POST /rest/lodestar/1.0/models HTTP/1.1\r\nContent-Type: \r\nCookie: "
                + cookie
                + "\r\nX-Atlassian-Token: no-check\r\nAccept: application/json",
            "{}");

    // then
    assertThat(answer).startsWith("HTTP/1.1 4");
    assertThat(headOf(answer).toLowerCase(Locale.ROOT)).contains("content-type: application/json");
    assertThat(bodyOf(answer))
        .contains("\"status\":400")
        .contains("\"message\"")
        .contains("Content-Type");
  }

  @Test
  void restWrite_shouldAnswerTheJsonErrorBody_whenTheContentTypeIsMalformed() throws IOException {
    // given
    Visitor pmo = signedIn(DemoAccounts.PMO);
    String cookie = "JSESSIONID=" + pmo.cookie("JSESSIONID");

    // when
    String answer =
        raw(
            "POST /rest/lodestar/1.0/models HTTP/1.1\r\nContent-Type: ;;/\r\nCookie: "
                + cookie
                + "\r\nX-Atlassian-Token: no-check",
            "{}");

    // then
    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(bodyOf(answer)).contains("\"status\":400").contains("Content-Type");
  }

  @Test
  void nulInThePath_shouldAnswerALodestarErrorWithoutJettysPage() throws IOException {
    // when
    String rest = raw("GET /rest/lodestar/1.0/models%00 HTTP/1.1", "");
    String page = raw("GET /plugins/servlet/lodestar/admin%00x HTTP/1.1", "");

    // then
    for (String answer : new String[] {rest, page}) {
      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer.toLowerCase(Locale.ROOT))
          .doesNotContain("jetty")
          .doesNotContain("powered by")
          .doesNotContain("exception")
          .doesNotContain("\tat ");
      assertThat(bodyOf(answer)).contains("400");
    }
  }

  @Test
  void login_shouldTakeAboutAsLongForAnUnknownUser_asForAWrongPassword() {
    // given: one warm-up of each
    Visitor visitor = new Visitor(target.uri());
    visitor.login("nobody-warm", "x");
    visitor.login(DemoAccounts.MANAGER, "warm");

    // when
    long unknown = Long.MAX_VALUE;
    long wrong = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      assertThat(visitor.login("nobody-" + i, "x").statusCode()).isEqualTo(401);
      long t1 = System.nanoTime();
      assertThat(visitor.login(DemoAccounts.ADMIN, "wrong-" + i).statusCode()).isEqualTo(401);
      long t2 = System.nanoTime();
      unknown = Math.min(unknown, t1 - t0);
      wrong = Math.min(wrong, t2 - t1);
    }

    // then: the password hash runs for both (a skipped hash is many times faster)
    assertThat((double) unknown).isGreaterThan(wrong * 0.4);
  }

  @Test
  void login_shouldBeThrottled_whenOneUserNameFailsRepeatedly() {
    // given
    Visitor attacker = new Visitor(target.uri());
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER_NAME; i++) {
      assertThat(attacker.login(DemoAccounts.RESTRICTED, "guess-" + i).statusCode()).isEqualTo(401);
    }

    // when: the right password after too many failures
    HttpResponse<String> locked = attacker.login(DemoAccounts.RESTRICTED, DemoAccounts.PASSWORD);

    // then
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    assertThat(locked.body()).contains("Too many failed sign-ins");
    assertThat(locked.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("JSESSIONID"));
  }
}
