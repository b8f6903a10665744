package io.lodestar.pmo.sandbox.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JiraImporterTest {

  /** The instance of the fixtures without self URLs. */
  private static final String SOURCE = "https://jira.example.com";

  private final SandboxStore store = TestData.newStore();
  private final JiraImporter target = new JiraImporter(store);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void importFile_shouldMapStandardFieldsOfAVersion2SearchPage() {
    JiraImporter.Result result = target.importFile(fixture("search-v2.json"));

    assertThat(result.issues()).isEqualTo(3);
    assertThat(
            row(
                "SELECT p.project_key, t.name, status_category, assignee_key,"
                    + " original_estimate_seconds, time_spent_seconds, due_date, labels FROM issue"
                    + " i JOIN project p ON p.id = i.project_id JOIN issue_type t ON t.id ="
                    + " i.issue_type_id WHERE issue_key = 'ALPHA-1'"))
        .isEqualTo(
            "ALPHA|Risk|indeterminate|s1.JIRAUSER10100|28800|14400|2024-03-01|supplier"
                + " payments");
    assertThat(value("SELECT name FROM import_source")).isEqualTo("https://jira.example.com");
    assertThat(result.source()).isEqualTo("https://jira.example.com");
    assertThat(value("SELECT category FROM project WHERE project_key = 'ALPHA'"))
        .isEqualTo("Digital");
  }

  @Test
  void importFile_shouldMapTheNamedCustomFields() {
    target.importFile(fixture("search-v2.json"));

    assertThat(row("SELECT story_points, start_date FROM issue WHERE issue_key = 'ALPHA-1'"))
        .isEqualTo("5.00|2024-01-08");
    assertThat(row("SELECT epic_key, sprint FROM issue WHERE issue_key = 'ALPHA-2'"))
        .isEqualTo("ALPHA-3|Sprint 7");
  }

  @Test
  void importFile_shouldKeepOtherCustomFieldsByName_withTypedValues() {
    target.importFile(fixture("search-v2.json"));

    assertThat(
            row(
                "SELECT f.name, f.field_type, v.text_value, v.option_position FROM"
                    + " issue_field_value v JOIN custom_field f ON f.id = v.field_id WHERE"
                    + " v.field_id = 's1.customfield_10200'"))
        .isEqualTo("Risk probability|OPTION|High|1");
    assertThat(
            value(
                "SELECT text_value FROM issue_field_value WHERE field_id = 's1.customfield_19999'"))
        .isEqualTo("kept as text");
    assertThat(
            value(
                "SELECT date_value FROM issue_field_value WHERE field_id = 's1.customfield_10209'"))
        .isEqualTo("2024-02-15");
    assertThat(value("SELECT name FROM custom_field WHERE id = 's1.customfield_10211'"))
        .isEqualTo("Cost impact (most likely)");
  }

  @Test
  void importFile_shouldReadLinksWorklogsAndChangelog() {
    target.importFile(fixture("search-v2.json"));

    assertThat(row("SELECT link_type, source_key, destination_key FROM issue_link"))
        .isEqualTo("Mitigates|ALPHA-1|ALPHA-2");
    assertThat(row("SELECT id, author_key, time_spent_seconds, comment_text FROM worklog"))
        .startsWith("1")
        .endsWith("|s1.JIRAUSER10100|14400|Called the supplier");
    assertThat(row("SELECT field, from_string, to_string FROM issue_change"))
        .isEqualTo("status|To Do|In Progress");
  }

  @Test
  void importFile_shouldReadVersion3Pages_withAdfDescriptionsAndAccountIds() {
    target.importFile(fixture("search-v3.json"), SOURCE);

    assertThat(value("SELECT description FROM issue WHERE issue_key = 'BETA-1'"))
        .isEqualTo("Redesign the checkout\nSecond paragraph.");
    assertThat(
            row(
                "SELECT assignee_key, story_points, sprint, parent_key FROM issue WHERE issue_key = 'BETA-1'"))
        .isEqualTo("s1.5b10ac8d82e05b22cc7d4ef5|8.00|BETA Sprint 3|BETA-3");
    assertThat(
            value(
                "SELECT display_name FROM app_user WHERE user_key ="
                    + " 's1.5b10ac8d82e05b22cc7d4ef5'"))
        .isEqualTo("Mia Krystof");
  }

  @Test
  void importFile_shouldAcceptIssuesWithMissingOptionalFields() {
    target.importFile(fixture("search-v3.json"), SOURCE);

    assertThat(
            row(
                "SELECT status_name, status_category, assignee_key, story_points, parent_key FROM"
                    + " issue WHERE issue_key = 'BETA-2'"))
        .isEqualTo("Open|new|null|null|BETA-1");
  }

  @Test
  void importFile_shouldNotDuplicate_whenTheSameFileIsImportedTwice() {
    target.importFile(fixture("search-v2.json"));

    target.importFile(fixture("search-v2.json"));

    assertThat(value("SELECT COUNT(*) FROM issue")).isEqualTo("3");
    assertThat(value("SELECT COUNT(*) FROM issue_link")).isEqualTo("1");
    assertThat(value("SELECT COUNT(*) FROM worklog")).isEqualTo("1");
    assertThat(value("SELECT COUNT(*) FROM issue_field_value")).isEqualTo("4");
    assertThat(value("SELECT COUNT(*) FROM issue_change")).isEqualTo("1");
  }

  @Test
  void importFile_shouldNameFileRecordAndField_andCommitNothing_whenARecordIsMalformed() {
    assertThatThrownBy(() -> target.importFile(fixture("malformed-record.json"), SOURCE))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).isEqualTo("malformed-record.json");
              assertThat(e.record()).contains("GAMMA-2");
              assertThat(e.field()).isEqualTo("created");
            });

    assertThat(value("SELECT COUNT(*) FROM issue")).isEqualTo("0");
    assertThat(value("SELECT COUNT(*) FROM project")).isEqualTo("0");
  }

  @Test
  void importFile_shouldReadCsvWithRepeatedColumnsAndQuotedNewlines() {
    JiraImporter.Result result = target.importFile(fixture("export.csv"), SOURCE);

    assertThat(result.issues()).isEqualTo(3);
    assertThat(
            row(
                "SELECT description, sprint, labels, story_points, epic_key, start_date, due_date"
                    + " FROM issue WHERE issue_key = 'DELTA-1'"))
        .isEqualTo(
            "First line\nsecond line, with a comma|Sprint 1, Sprint 2|import"
                + " csv|3.00|DELTA-3|2024-01-08|2024-03-01");
    assertThat(value("SELECT created FROM issue WHERE issue_key = 'DELTA-1'"))
        .startsWith("2024-01-05 10:00:00");
    assertThat(value("SELECT text_value FROM issue_field_value WHERE field_id = 's1.csv:Watchers'"))
        .isEqualTo("jdoe, bsmith");
  }

  @Test
  void importFile_shouldReadCsvLinksParentsWorklogsAndCustomFields() {
    target.importFile(fixture("export.csv"), SOURCE);

    assertThat(value("SELECT parent_key FROM issue WHERE issue_key = 'DELTA-2'"))
        .isEqualTo("DELTA-1");
    assertThat(value("SELECT status_category FROM issue WHERE issue_key = 'DELTA-2'"))
        .isEqualTo("done");
    assertThat(value("SELECT COUNT(*) FROM issue_link")).isEqualTo("2");
    assertThat(row("SELECT author_key, time_spent_seconds, comment_text FROM worklog"))
        .isEqualTo("s1.jdoe|14400|Worked on it");
    assertThat(
            value(
                "SELECT number_value FROM issue_field_value WHERE field_id = 's1.csv:Vendor rating'"))
        .startsWith("4");
  }

  @Test
  void importFile_shouldNotDuplicateCsvRows_whenImportedTwice() {
    target.importFile(fixture("export.csv"), SOURCE);

    target.importFile(fixture("export.csv"), SOURCE);

    assertThat(value("SELECT COUNT(*) FROM issue")).isEqualTo("3");
    assertThat(value("SELECT COUNT(*) FROM worklog")).isEqualTo("1");
    assertThat(value("SELECT COUNT(*) FROM issue_link")).isEqualTo("2");
  }

  @Test
  void importFile_shouldNameTheCsvLineAndColumn_andCommitNothing_whenARowIsMalformed() {
    assertThatThrownBy(() -> target.importFile(fixture("malformed.csv"), SOURCE))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.record()).contains("EPS-2").contains("line 3");
              assertThat(e.field()).isEqualTo("Custom field (Story Points)");
            });

    assertThat(value("SELECT COUNT(*) FROM issue")).isEqualTo("0");
  }

  @Test
  void importFile_shouldRefuseAnUnknownFormat() {
    assertThatThrownBy(() -> target.importFile(Path.of("export.xml")))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("export.xml");
  }

  private static Path fixture(String name) {
    try {
      return Path.of(JiraImporterTest.class.getResource("/import/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private String value(String sql) {
    return row(sql);
  }

  private String row(String sql) {
    return store.inTransaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
              return "<none>";
            }
            StringBuilder out = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              if (i > 1) {
                out.append('|');
              }
              out.append(rs.getString(i));
            }
            return out.toString();
          }
        });
  }
}
