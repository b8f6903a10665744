package io.lodestar.pmo.sandbox.browser;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.server.SandboxConfig;
import io.lodestar.pmo.sandbox.shared.server.SandboxServer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test class shares: one sandbox per class on a free loopback port and a fresh
 * data directory (or one shared by the classes that opt in, {@link #sharesSandbox()}), a headless
 * Chromium in a fresh profile's state for every test, and a screenshot, page source and URL under
 * {@code target/browser-failures/} when a test fails. Without a browser each test skips (or fails,
 * in CI) on its own, so that the report counts them and says why.
 *
 * <p>For speed, the run's classes share what they can without seeing each other's writes ({@link
 * BrowserResources}): one Chromium, reset between tests (cookies and storage cleared, extra tabs
 * closed, the window size restored), and the demo database, generated once per size and seed and
 * copied into each class's own data directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserResources.Extension.class)
abstract class SandboxBrowserTest {

  protected Chromium chromium;
  protected SandboxServer sandbox;
  protected SandboxBrowser browser;
  private BrowserResources shared;
  private boolean ownSandbox;

  @RegisterExtension
  final FailureCapture failures =
      new FailureCapture(() -> browser == null ? null : browser.driver());

  /**
   * The sandbox this class runs against.
   *
   * @param base loopback, a free port, a fresh data directory and a short stop timeout
   * @return {@code base} with what the class needs (by default a 500-issue demo)
   */
  protected SandboxConfig sandboxConfig(SandboxConfig base) {
    return base.withIssues(500);
  }

  /** Runs once the class's sandbox is up, e.g. to find the project the tests use. */
  protected void sandboxStarted() {}

  /**
   * Whether this class may run on a sandbox it shares with the other classes that say so and ask
   * for an equal {@link #sandboxConfig} (their data directory aside): one start for them all
   * instead of one each. By default a class gets a sandbox of its own. Say {@code true} only when
   * the class's tests neither need a sandbox nobody else wrote to, nor write what another sharing
   * class reads (their own dashboard items, audit entries of their own timestamps, ...): classes
   * run in any order.
   */
  protected boolean sharesSandbox() {
    return false;
  }

  @BeforeAll
  void startSandbox(@TempDir Path temp, BrowserResources resources) {
    shared = resources;
    chromium = resources.chromium();
    if (chromium.missing().isPresent()) {
      System.err.println(
          getClass().getSimpleName() + ": " + chromium.missing().get() + ": browser tests not run");
      return;
    }
    SandboxConfig config =
        sandboxConfig(
            SandboxConfig.defaults()
                .withHost("localhost")
                .withPort(0)
                .withDataDirectory(temp.resolve("data"))
                .withStopTimeoutMillis(500));
    if (sharesSandbox()) {
      sandbox = resources.sharedSandbox(config);
    } else {
      resources.prepareData(config);
      sandbox = SandboxServer.start(config);
      ownSandbox = true;
    }
    sandboxStarted();
  }

  @AfterAll
  void stopSandbox() {
    if (sandbox != null && ownSandbox) {
      sandbox.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    chromium.requireInstalled();
    browser = new SandboxBrowser(shared.browser(), sandbox.uri());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser = null;
      shared.release(sandbox.uri());
    }
  }

  /** The demo project with the most risk issues (then the first by key), not the public one. */
  protected String projectWithMostRisks() {
    return sandbox
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT p.project_key FROM issue i JOIN project p ON p.id = i.project_id"
                          + " JOIN issue_type t ON t.id = i.issue_type_id WHERE t.name = 'Risk'"
                          + " AND p.project_key <> ? GROUP BY p.project_key"
                          + " ORDER BY COUNT(*) DESC, p.project_key FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, DemoAccounts.PUBLIC_PROJECT);
                try (ResultSet rs = ps.executeQuery()) {
                  if (!rs.next()) {
                    throw new IllegalStateException("the demo portfolio has no risk issue");
                  }
                  return rs.getString(1);
                }
              }
            });
  }
}
