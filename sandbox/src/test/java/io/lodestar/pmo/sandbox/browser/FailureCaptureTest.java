package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** The failure evidence of browser tests, with a stand-in browser (no Chromium needed). */
class FailureCaptureTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  @TempDir Path directory;

  private String previous;

  @BeforeEach
  void pointAtTempDirectory() {
    previous = System.setProperty(FailureCapture.DIRECTORY, directory.toString());
  }

  @AfterEach
  void restoreProperty() {
    if (previous == null) {
      System.clearProperty(FailureCapture.DIRECTORY);
    } else {
      System.setProperty(FailureCapture.DIRECTORY, previous);
    }
  }

  @Test
  void afterTestExecution_shouldSaveScreenshotSourceAndUrl_whenTheTestFailed(TestInfo test)
      throws Exception {
    // given
    FailureCapture target = new FailureCapture(FailureCaptureTest::browser);

    // when
    target.afterTestExecution(context(Optional.of(new AssertionError("boom")), test));

    // then
    String name =
        "FailureCaptureTest.afterTestExecution_shouldSaveScreenshotSourceAndUrl_whenTheTestFailed";
    assertThat(Files.readAllBytes(directory.resolve(name + ".png"))).isEqualTo(PNG);
    assertThat(Files.readString(directory.resolve(name + ".html"), StandardCharsets.UTF_8))
        .isEqualTo("<html>page</html>");
    assertThat(Files.readString(directory.resolve(name + ".url.txt"), StandardCharsets.UTF_8))
        .isEqualTo("http://localhost:1/login\n");
  }

  @Test
  void afterTestExecution_shouldSaveNothing_whenTheTestPassed(TestInfo test) throws Exception {
    // given
    FailureCapture target = new FailureCapture(FailureCaptureTest::browser);

    // when
    target.afterTestExecution(context(Optional.empty(), test));

    // then
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void afterTestExecution_shouldSaveNothing_whenNoBrowserIsOpen(TestInfo test) throws Exception {
    // given
    FailureCapture target = new FailureCapture(() -> null);

    // when
    target.afterTestExecution(context(Optional.of(new AssertionError("boom")), test));

    // then
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }

  /** A browser that answers the three questions the capture asks. */
  private static WebDriver browser() {
    return (WebDriver)
        Proxy.newProxyInstance(
            FailureCaptureTest.class.getClassLoader(),
            new Class<?>[] {WebDriver.class, TakesScreenshot.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getScreenshotAs" -> ((OutputType<?>) args[0]).convertFromPngBytes(PNG);
                  case "getPageSource" -> "<html>page</html>";
                  case "getCurrentUrl" -> "http://localhost:1/login";
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** The JUnit context of this test method, with the given outcome. */
  private static ExtensionContext context(Optional<Throwable> failure, TestInfo test) {
    Method testMethod = test.getTestMethod().orElseThrow();
    return (ExtensionContext)
        Proxy.newProxyInstance(
            FailureCaptureTest.class.getClassLoader(),
            new Class<?>[] {ExtensionContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getExecutionException" -> failure;
                  case "getRequiredTestClass" -> FailureCaptureTest.class;
                  case "getRequiredTestMethod" -> testMethod;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
