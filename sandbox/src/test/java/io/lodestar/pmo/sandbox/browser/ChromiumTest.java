package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Whether the browser tests skip or fail when the machine has no Chromium. */
class ChromiumTest {

  private static final List<String> PROPERTIES =
      List.of(Chromium.REQUIRED, Chromium.CHROMIUM, Chromium.CHROMEDRIVER);

  @TempDir Path directory;

  private final Map<String, String> saved = new HashMap<>();

  @BeforeEach
  void pointAtMissingExecutables() {
    PROPERTIES.forEach(p -> saved.put(p, System.getProperty(p)));
    System.setProperty(Chromium.CHROMIUM, directory.resolve("no-chromium").toString());
    System.setProperty(Chromium.CHROMEDRIVER, directory.resolve("no-chromedriver").toString());
  }

  @AfterEach
  void restoreProperties() {
    saved.forEach(
        (key, value) -> {
          if (value == null) {
            System.clearProperty(key);
          } else {
            System.setProperty(key, value);
          }
        });
  }

  @Test
  void requireInstalled_shouldSkipSayingWhatToInstall_whenChromiumIsMissingLocally() {
    // given
    System.setProperty(Chromium.REQUIRED, "false");
    Chromium target = Chromium.configured();

    // when / then
    assertThatThrownBy(target::requireInstalled)
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("no Chromium at " + directory.resolve("no-chromium"))
        .hasMessageContaining("no chromedriver at " + directory.resolve("no-chromedriver"))
        .hasMessageContaining("apt-get install chromium chromium-driver");
  }

  @Test
  void requireInstalled_shouldFail_whenChromiumIsMissingAndBrowsersAreRequired() {
    // given
    System.setProperty(Chromium.REQUIRED, "true");
    Chromium target = Chromium.configured();

    // when / then
    assertThatThrownBy(target::requireInstalled)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("no Chromium at")
        .hasMessageContaining(Chromium.REQUIRED + "=true");
  }

  @Test
  void missing_shouldBeEmpty_whenBothExecutablesExist() throws Exception {
    // given
    Path chromium = Files.createFile(directory.resolve("chromium"));
    Path driver = Files.createFile(directory.resolve("chromedriver"));
    chromium.toFile().setExecutable(true);
    driver.toFile().setExecutable(true);
    System.setProperty(Chromium.CHROMIUM, chromium.toString());
    System.setProperty(Chromium.CHROMEDRIVER, driver.toString());

    // when
    Chromium target = Chromium.configured();

    // then
    assertThat(target.missing()).isEmpty();
  }
}
