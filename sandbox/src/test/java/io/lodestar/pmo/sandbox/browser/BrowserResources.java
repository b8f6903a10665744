package io.lodestar.pmo.sandbox.browser;

import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.shared.server.SandboxConfig;
import io.lodestar.pmo.sandbox.shared.server.SandboxServer;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser test classes of one test run share, so that the suite pays for each only once:
 *
 * <ul>
 *   <li>one headless Chromium, started for the first test and handed to every test after it with
 *       the state a fresh profile would have: no cookie, no local or session storage, one tab, the
 *       default window size, a blank page (its HTTP cache stays: AUI is parsed once, not per test).
 *       When putting it back in that state fails, the browser is quit and the next test gets a new
 *       one;
 *   <li>the generated demo database, one per demo size and seed: the first class asking for it
 *       generates it into a template directory; each class then gets a copy of it in its own data
 *       directory, so every class still starts its own sandbox on its own data (nothing one class
 *       writes is seen by another);
 *   <li>for the classes that opt in ({@link SandboxBrowserTest#sharesSandbox()}), one running
 *       sandbox per configuration, started by the first of them and stopped at the end of the run.
 * </ul>
 *
 * It lives in JUnit's root store ({@link Extension}), which closes it (the browser quit, the
 * templates deleted) when the test run ends.
 */
final class BrowserResources implements AutoCloseable {

  private static final Dimension WINDOW = new Dimension(1400, 1000);

  private final Chromium chromium;
  private final Path scratch;
  private final Map<SandboxConfig, Path> templates = new HashMap<>();
  private final Map<SandboxConfig, SandboxServer> sandboxes = new LinkedHashMap<>();
  private ChromeDriver driver;
  private int browsersStarted;

  private BrowserResources(Chromium chromium) {
    this.chromium = chromium;
    try {
      this.scratch = Files.createTempDirectory("lodestar-browser-tests-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the browser tests' scratch directory", e);
    }
  }

  /** The configured Chromium (installed or not). */
  Chromium chromium() {
    return chromium;
  }

  /**
   * The shared browser, started when there is none. The caller gives it back with {@link
   * #release(URI)} after its test.
   */
  synchronized ChromeDriver browser() {
    if (driver == null) {
      driver = chromium.start(scratch);
      browsersStarted++;
    }
    return driver;
  }

  /** How many browsers this run has started (one, unless a reset failed). */
  synchronized int browsersStarted() {
    return browsersStarted;
  }

  /**
   * Puts the browser back in a fresh profile's state after a test on the sandbox at {@code origin};
   * quits it when that fails, so that the next test starts a new one.
   */
  synchronized void release(URI origin) {
    if (driver == null) {
      return;
    }
    try {
      dismissAlert();
      List<String> handles = List.copyOf(driver.getWindowHandles());
      for (String extra : handles.subList(1, handles.size())) {
        driver.switchTo().window(extra).close();
      }
      driver.switchTo().window(handles.get(0));
      driver.get("about:blank");
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of(
              "origin",
              origin.getScheme() + "://" + origin.getAuthority(),
              "storageTypes",
              "local_storage,session_storage,indexeddb,websql,service_workers,cache_storage"));
      if (!WINDOW.equals(driver.manage().window().getSize())) {
        driver.manage().window().setSize(WINDOW);
      }
    } catch (WebDriverException | IndexOutOfBoundsException e) {
      System.err.println("The shared browser could not be reset (" + e + "): starting a new one");
      quitBrowser();
    }
  }

  private void dismissAlert() {
    try {
      driver.switchTo().alert().dismiss();
    } catch (NoAlertPresentException e) {
      // the usual case
    }
  }

  /**
   * Puts the data {@code config} asks for into its (new, empty) data directory: for a plain demo
   * (no import, no reset) a copy of the demo generated once per size and seed; otherwise, or when
   * the directory already holds a database, nothing, and the sandbox prepares its data itself at
   * start-up.
   */
  synchronized void prepareData(SandboxConfig config) {
    if (!config.demo()
        || config.reset()
        || !config.imports().isEmpty()
        || !config.fieldOptions().isEmpty()
        || holdsDatabase(config.dataDirectory())) {
      return;
    }
    SandboxConfig key = config.withDataDirectory(Path.of("template")).withPort(0);
    Path template = templates.get(key);
    if (template == null) {
      template = scratch.resolve("demo-" + templates.size());
      try (SandboxStore store = SandboxStore.open(template)) {
        DemoData.generate(store, config.issues(), config.seed());
      }
      templates.put(key, template);
    }
    copyDatabase(template, config.dataDirectory());
  }

  /**
   * The run's one sandbox for {@code config} (its data directory aside), started on first use in a
   * data directory of its own and stopped when the run ends: for the classes that opt in to sharing
   * ({@link SandboxBrowserTest#sharesSandbox()}).
   */
  synchronized SandboxServer sharedSandbox(SandboxConfig config) {
    SandboxConfig key = config.withDataDirectory(Path.of("shared")).withPort(0);
    SandboxServer running = sandboxes.get(key);
    if (running == null) {
      SandboxConfig own = config.withDataDirectory(scratch.resolve("shared-" + sandboxes.size()));
      prepareData(own);
      running = SandboxServer.start(own);
      sandboxes.put(key, running);
    }
    return running;
  }

  private static boolean holdsDatabase(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(directory, SandboxStore.DATABASE_NAME + ".*")) {
      return files.iterator().hasNext();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + directory, e);
    }
  }

  private static void copyDatabase(Path from, Path to) {
    try {
      Files.createDirectories(to);
      try (DirectoryStream<Path> files =
          Files.newDirectoryStream(from, SandboxStore.DATABASE_NAME + ".*")) {
        for (Path file : files) {
          Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the demo database to " + to, e);
    }
  }

  private void quitBrowser() {
    if (driver != null) {
      try {
        driver.quit();
      } catch (WebDriverException e) {
        System.err.println("The shared browser did not quit cleanly: " + e);
      }
      driver = null;
    }
  }

  @Override
  public synchronized void close() {
    for (SandboxServer sandbox : sandboxes.values()) {
      sandbox.close();
    }
    sandboxes.clear();
    quitBrowser();
    try (Stream<Path> paths = Files.walk(scratch)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("Could not delete " + scratch + ": " + e);
    }
  }

  /**
   * Resolves a {@link BrowserResources} parameter of a test class's methods to the run's one
   * instance, kept in JUnit's root store (closed at the end of the run).
   */
  static final class Extension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(BrowserResources.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == BrowserResources.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              BrowserResources.class,
              k -> new BrowserResources(Chromium.configured()),
              BrowserResources.class);
    }
  }
}
