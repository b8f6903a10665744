package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxMainTest {

  @TempDir Path temp;

  @Test
  void parse_shouldUseTheDocumentedDefaults_whenNoOptionIsGiven() {
    SandboxConfig config = SandboxMain.parse(new String[0]);

    assertThat(config.port()).isEqualTo(8090);
    assertThat(config.issues()).isEqualTo(20_000);
    assertThat(config.dataDirectory().getFileName()).hasToString(".lodestar-sandbox");
    assertThat(config.reset()).isFalse();
  }

  @Test
  void parse_shouldReadTheSourceFieldOptionsAndNoDemo() throws IOException {
    Path csv = Files.writeString(temp.resolve("b.csv"), "");
    Path options = Files.writeString(temp.resolve("createmeta.json"), "{}");

    SandboxConfig config =
        SandboxMain.parse(
            new String[] {
              "--no-demo",
              "--source",
              "https://jira.example.com",
              "--import",
              csv.toString(),
              "--field-options",
              options.toString()
            });

    assertThat(config.demo()).isFalse();
    assertThat(config.source()).isEqualTo("https://jira.example.com");
    assertThat(config.imports()).containsExactly(csv);
    assertThat(config.fieldOptions()).containsExactly(options);
    assertThat(SandboxMain.parse(new String[0]).demo()).isTrue();
  }

  @Test
  void parse_shouldReadEveryOption() throws IOException {
    Path json = Files.writeString(temp.resolve("a.json"), "{}");
    Path csv = Files.writeString(temp.resolve("b.csv"), "");

    SandboxConfig config =
        SandboxMain.parse(
            new String[] {
              "--port",
              "9000",
              "--data",
              temp.toString(),
              "--issues",
              "1_000_000",
              "--seed",
              "7",
              "--reset",
              "--import",
              json.toString(),
              csv.toString()
            });

    assertThat(config.port()).isEqualTo(9000);
    assertThat(config.dataDirectory()).isEqualTo(temp);
    assertThat(config.issues()).isEqualTo(1_000_000);
    assertThat(config.seed()).isEqualTo(7L);
    assertThat(config.reset()).isTrue();
    assertThat(config.imports()).containsExactly(json, csv);
  }

  @Test
  void parse_shouldRefuse_whenAnOptionIsUnknown() {
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--bogus"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--bogus");
  }

  @Test
  void parse_shouldRefuse_whenAnImportFileIsMissing() {
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--import", "nope.json"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope.json");
  }

  @Test
  void parse_shouldRefuse_whenThePortIsNotANumber() {
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "http"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--port");
  }
}
