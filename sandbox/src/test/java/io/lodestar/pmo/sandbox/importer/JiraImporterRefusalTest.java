package io.lodestar.pmo.sandbox.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the importer must refuse as a whole, with the file, record and field in a message a person
 * can act on (no class names, no SQL), keeping nothing of the file.
 */
class JiraImporterRefusalTest {

  private static final String SOURCE = "https://jira.example.com";

  private final SandboxStore store = TestData.newStore();
  private final JiraImporter target = new JiraImporter(store);

  @TempDir Path dir;

  @AfterEach
  void close() {
    store.close();
  }

  private static String issue(long id, String key, String projectName, String extraFields) {
    return "{\"id\":\""
        + id
        + "\",\"key\":\""
        + key
        + "\",\"fields\":{\"summary\":\"s\",\"project\":{\"key\":\""
        + key.substring(0, key.indexOf('-'))
        + "\",\"name\":\""
        + projectName
        + "\"},\"issuetype\":{\"id\":\"10100\",\"name\":\"Risk\"},"
        + "\"status\":{\"name\":\"Open\",\"statusCategory\":{\"key\":\"new\"}},"
        + "\"created\":\"2024-01-05T10:00:00.000+0000\""
        + extraFields
        + "}}";
  }

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  private ImportException refused(Path path) {
    ImportException e =
        catchThrowableOfType(() -> target.importFile(path, SOURCE), ImportException.class);
    assertThat(e).as("import of %s refused", path.getFileName()).isNotNull();
    assertThat(e.file()).isEqualTo(path.getFileName().toString());
    assertThat(e.getMessage())
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("SQL")
        .doesNotContain("null pointer");
    return e;
  }

  @Test
  void importFile_shouldRefuseTheFile_whenAnIssueIsNotAnObject() throws IOException {
    // given a number and a null between valid issues
    for (String element : new String[] {"42", "null"}) {
      Path path =
          file(
              "mixed-" + element + ".json",
              "{\"issues\":["
                  + issue(20001, "ALPHA-1", "Alpha", "")
                  + ","
                  + element
                  + ","
                  + issue(20003, "ALPHA-3", "Alpha", "")
                  + "]}");

      // when
      ImportException e = refused(path);

      // then
      assertThat(e.record()).isEqualTo("record 2");
      assertThat(e.field()).isEqualTo("issues[1]");
      assertThat(e.getMessage()).contains("not an issue object");
      assertThat(count("issue")).isZero();
    }
  }

  @Test
  void importFile_shouldRefuseTheFile_whenNoIssueIsAnObject() throws IOException {
    ImportException e = refused(file("numbers.json", "{\"issues\":[1,2,3]}"));

    assertThat(e.field()).isEqualTo("issues[0]");
    assertThat(count("import_log")).isZero();
  }

  @Test
  void importFile_shouldRefuseTheFile_whenTextFollowsTheDocument() throws IOException {
    ImportException e =
        refused(
            file(
                "trailing.json",
                "{\"issues\":[" + issue(20001, "ALPHA-1", "Alpha", "") + "]} and more"));

    assertThat(e.getMessage()).contains("after the end of the document");
    assertThat(count("issue")).isZero();
  }

  @Test
  void importFile_shouldRefuseAnIdBeyond64Bits_andLeaveTheOtherProjectsIssueAlone()
      throws IOException {
    // given an issue of project ALPHA with id 10000, and 2^64 + 10000 (wraps to 10000) in BETA
    target.importFile(
        file("alpha.json", "{\"issues\":[" + issue(10000, "ALPHA-1", "Alpha", "") + "]}"), SOURCE);
    String wrapping =
        "{\"issues\":["
            + issue(10000, "BETA-1", "Beta", "")
                .replace("\"id\":\"10000\"", "\"id\":18446744073709561616")
            + "]}";

    // when
    ImportException e = refused(file("beta.json", wrapping));

    // then
    assertThat(e.record()).contains("BETA-1");
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.getMessage()).contains("out of range");
    assertThat(value("SELECT issue_key FROM issue")).isEqualTo("ALPHA-1");
    assertThat(count("issue")).isEqualTo(1);
  }

  @Test
  void importFile_shouldKeepBothIssues_whenAnotherSourceUsesTheSameIssueId() throws IOException {
    // given ALPHA-1 with id 10000 from one instance
    target.importFile(
        file("alpha.json", "{\"issues\":[" + issue(10000, "ALPHA-1", "Alpha", "") + "]}"), SOURCE);

    // when another instance's BETA-1 has the same id
    target.importFile(
        file("beta.json", "{\"issues\":[" + issue(10000, "BETA-1", "Beta", "") + "]}"),
        "https://other.example.com");

    // then both are kept, under two ids of the sandbox
    assertThat(
            value(
                "SELECT COUNT(DISTINCT id) FROM issue WHERE issue_key IN ('ALPHA-1',"
                    + " 'BETA-1')"))
        .isEqualTo("2");
  }

  @Test
  void importFile_shouldNameTheField_whenANameIsLongerThan255Characters() throws IOException {
    // given
    Path path =
        file(
            "long-name.json",
            "{\"issues\":["
                + issue(20001, "ALPHA-1", "Alpha", "")
                + ","
                + issue(20002, "ALPHA-2", "A".repeat(300), "")
                + "]}");

    // when
    ImportException e = refused(path);

    // then
    assertThat(e.record()).contains("ALPHA-2");
    assertThat(e.field()).isEqualTo("fields.project.name");
    assertThat(e.getMessage()).contains("longer than 255 characters");
    assertThat(count("issue")).isZero();
    assertThat(count("project")).isZero();
  }

  @Test
  void importFile_shouldNameTheField_whenANumberIsTooLarge() throws IOException {
    // given
    Path path =
        file(
            "big-number.json",
            "{\"issues\":["
                + issue(20001, "ALPHA-1", "Alpha", ",\"customfield_10500\":1e25")
                + "]}");

    // when
    ImportException e = refused(path);

    // then
    assertThat(e.field()).isEqualTo("customfield_10500");
    assertThat(e.getMessage()).contains("too large");
    assertThat(count("issue")).isZero();
  }

  @Test
  void importFile_shouldSayTheNestingIsTooDeep_whenAValueNests3000Levels() throws IOException {
    // given
    String deep = "[".repeat(3000) + "]".repeat(3000);
    Path path =
        file(
            "deep.json",
            "{\"issues\":["
                + issue(20001, "ALPHA-1", "Alpha", ",\"customfield_10500\":" + deep)
                + "]}");

    // when
    ImportException e = refused(path);

    // then
    assertThat(e.getMessage()).contains("nested deeper than");
    assertThat(count("issue")).isZero();
  }

  @Test
  void importFile_shouldDescribeACsvQuotingError_withoutAClassName() throws IOException {
    // given a quoted value that never closes
    Path path =
        file(
            "unclosed.csv",
            "Summary,Issue key,Issue id,Issue Type,Status\n"
                + "ok,EPS-1,30001,Risk,Open\n"
                + "\"broken,EPS-2,30002,Risk,Open\n");

    // when
    ImportException e = refused(path);

    // then
    assertThat(e.getMessage()).contains("malformed CSV").containsIgnoringCase("line");
    assertThat(count("issue")).isZero();
  }

  @Test
  void importFile_shouldNameTheCsvColumn_whenAValueIsTooLong() throws IOException {
    // given
    Path path =
        file(
            "long.csv",
            "Summary,Issue key,Issue id,Issue Type,Status,Priority\n"
                + "ok,EPS-1,30001,Risk,Open,"
                + "P".repeat(256)
                + "\n");

    // when
    ImportException e = refused(path);

    // then
    assertThat(e.record()).contains("EPS-1").contains("line");
    assertThat(e.field()).isEqualTo("Priority");
  }

  private long count(String table) {
    return Long.parseLong(value("SELECT COUNT(*) FROM " + table));
  }

  private String value(String sql) {
    return store.inTransaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
          }
        });
  }
}
