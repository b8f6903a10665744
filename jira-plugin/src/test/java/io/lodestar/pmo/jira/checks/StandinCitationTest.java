package io.lodestar.pmo.jira.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Keeps the stand-in honest: every public type in jira-api-standin says, in its Javadoc, which
 * Atlassian javadoc page (or source) it was checked against.
 */
public class StandinCitationTest {

  private static final Pattern PUBLIC_TYPE_JAVADOC =
      Pattern.compile(
          "/\\*\\*(.*?)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public\\s+(?:abstract\\s+|final\\s+)*"
              + "(?:class|interface|enum|@interface|record)\\s",
          Pattern.DOTALL);

  @Test
  public void everyPublicStandinType_shouldCiteTheJavadocItWasCheckedAgainst() {
    List<String> uncited = new java.util.ArrayList<>();
    for (String module : List.of("jira-api-standin", "annotations-standin")) {
      Path sources = BuildPaths.moduleDir().resolveSibling(module + "/src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        files
            .filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.getFileName().toString().equals("package-info.java"))
            .filter(StandinCitationTest::isPublicType)
            .filter(p -> !cites(read(p)))
            .map(p -> module + "/" + sources.relativize(p))
            .sorted()
            .forEach(uncited::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(uncited).as("stand-in types without a 'Checked against <page>' Javadoc").isEmpty();
  }

  @Test
  public void cites_shouldRejectJavadocWithoutAPage() {
    assertThat(cites("/** Stand-in for X. */\npublic interface X {}")).isFalse();
    assertThat(
            cites(
                "/** Checked against https://docs.atlassian.com/x/X.html */\npublic interface X {}"))
        .isTrue();
  }

  private static boolean isPublicType(Path file) {
    return Pattern.compile("^public\\s", Pattern.MULTILINE).matcher(read(file)).find();
  }

  static boolean cites(String source) {
    Matcher m = PUBLIC_TYPE_JAVADOC.matcher(source);
    if (!m.find()) {
      return false;
    }
    String javadoc = m.group(1).replaceAll("\\s*\\*\\s*", " ");
    return javadoc.matches("(?is).*checked\\s+(against|with).*")
        && javadoc.matches("(?is).*(https?://|public plugin code|source).*");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
