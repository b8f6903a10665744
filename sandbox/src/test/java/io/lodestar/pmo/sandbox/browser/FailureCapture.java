package io.lodestar.pmo.sandbox.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Keeps the evidence of a failed browser test: when a test method throws, a screenshot ({@code
 * <Class>.<method>.png}), the page source ({@code .html}) and the URL ({@code .url.txt}) of the
 * browser as the failure left it go to {@value #DIRECTORY} ({@code target/browser-failures/}).
 *
 * <p>It runs right after the test method and before any {@code @AfterEach}, so the browser is still
 * open. Register it as a field: {@code @RegisterExtension final FailureCapture failures = new
 * FailureCapture(() -> browser);}. Capturing never hides the test's own failure: a problem while
 * capturing is printed and otherwise ignored.
 */
final class FailureCapture implements AfterTestExecutionCallback {

  /** System property naming the directory; {@code target/browser-failures} when unset. */
  static final String DIRECTORY = "lodestar.browser.failures";

  private final Supplier<WebDriver> browser;

  FailureCapture(Supplier<WebDriver> browser) {
    this.browser = Objects.requireNonNull(browser, "browser");
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    WebDriver driver = browser.get();
    if (driver == null) {
      return;
    }
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "."
            + context.getRequiredTestMethod().getName();
    try {
      Path directory =
          Path.of(System.getProperty(DIRECTORY, "target/browser-failures")).toAbsolutePath();
      Files.createDirectories(directory);
      Path png = directory.resolve(name + ".png");
      Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          directory.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      Files.writeString(
          directory.resolve(name + ".url.txt"),
          driver.getCurrentUrl() + "\n",
          StandardCharsets.UTF_8);
      System.err.println("Browser test failed: screenshot and page source in " + png.getParent());
    } catch (IOException | WebDriverException | ClassCastException e) {
      System.err.println("Could not capture the failed browser test " + name + ": " + e);
    }
  }
}
