package io.lodestar.pmo.sandbox.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports of real-shaped exports of two Jira instances into a sandbox that holds the demo: ids
 * Jira's first project and issues have (10000), which the demo uses too, custom field ids both
 * instances reuse for fields of different types, JSON and CSV of one instance in one run, Cloud and
 * Server CSV headers, worklogs beyond the listed ones, and field-options files.
 */
class JiraImportSourcesTest {

  private static final String A = "https://jira-a.example.com";
  private static final String B = "https://b-team.atlassian.net";

  private final SandboxStore store = TestData.newStore();
  private final JiraImporter target = new JiraImporter(store);

  @TempDir Path dir;

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void importFile_shouldNeverTouchDemoRows_whenTheExportUsesTheDemosIds() {
    // given the demo, whose first project and issue have id 10000 like Jira's first ones
    DemoData.generate(store, 40, 7L, LocalDate.of(2024, 6, 1));
    String demoIssue = row("SELECT issue_key, summary, project_id FROM issue WHERE id = 10000");
    String demoProject = row("SELECT project_key, name FROM project WHERE id = 10000");

    // when
    JiraImporter.Result result = target.importFile(fixture("instance-a-v2.json"));

    // then the demo's rows are as they were, and the import got ids of its own
    assertThat(result.issues()).isEqualTo(2);
    assertThat(result.source()).isEqualTo(A);
    assertThat(row("SELECT issue_key, summary, project_id FROM issue WHERE id = 10000"))
        .isEqualTo(demoIssue);
    assertThat(row("SELECT project_key, name FROM project WHERE id = 10000"))
        .isEqualTo(demoProject);
    assertThat(
            number(
                "SELECT MIN(i.id) FROM issue i JOIN project p ON p.id = i.project_id"
                    + " WHERE p.project_key = 'RISK'"))
        .isGreaterThanOrEqualTo(1_000_000_000_000L);
    assertThat(number("SELECT id FROM project WHERE project_key = 'RISK'"))
        .isGreaterThanOrEqualTo(1_000_000_000_000L);
    assertThat(value("SELECT COUNT(*) FROM custom_field WHERE source_id IS NULL"))
        .as("the demo's fields")
        .isEqualTo(value("SELECT COUNT(*) FROM custom_field WHERE id NOT LIKE 's%.%'"));
  }

  @Test
  void importFile_shouldMapALinkToAnIssueOfAProjectNotImported_awayFromTheDemosProject() {
    // given the demo holds project MOBA
    DemoData.generate(store, 40, 7L, LocalDate.of(2024, 6, 1));

    // when RISK-2 of instance A blocks MOBA-3 of instance A (not exported)
    target.importFile(fixture("instance-a-v2.json"));

    // then the link names MOBA2-3, reserved for instance A's MOBA, not the demo's MOBA-3
    assertThat(value("SELECT destination_key FROM issue_link WHERE link_type = 'Blocks'"))
        .isEqualTo("MOBA2-3");
  }

  @Test
  void importFile_shouldKeepTwoInstancesApart_whenTheyReuseProjectIssueAndFieldIds() {
    // given instance A: project 10000 RISK, issue 10000, customfield_10200 a select list
    target.importFile(fixture("instance-a-v2.json"));

    // when instance B: project 10000 RISK, issue 10000, customfield_10200 a date
    target.importFile(fixture("instance-b-v3.json"));

    // then two projects, two RISK-1 issues and two fields of their own types
    assertThat(value("SELECT COUNT(*) FROM project")).isEqualTo("2");
    assertThat(row("SELECT summary FROM issue WHERE issue_key = 'RISK-1'"))
        .isEqualTo("Supplier may miss the delivery date");
    assertThat(row("SELECT summary FROM issue WHERE issue_key = 'RISK2-1'"))
        .isEqualTo("Cloud bill may double");
    assertThat(row("SELECT name, field_type FROM custom_field WHERE id = 's1.customfield_10200'"))
        .isEqualTo("Risk probability|OPTION");
    assertThat(row("SELECT name, field_type FROM custom_field WHERE id = 's2.customfield_10200'"))
        .isEqualTo("Target date|DATE");
    assertThat(
            value(
                "SELECT v.date_value FROM issue_field_value v JOIN issue i ON i.id = v.issue_id"
                    + " WHERE i.issue_key = 'RISK2-1' AND v.field_id = 's2.customfield_10200'"))
        .isEqualTo("2024-09-30");
    assertThat(
            value(
                "SELECT v.number_value FROM issue_field_value v JOIN issue i ON i.id = v.issue_id"
                    + " WHERE i.issue_key = 'RISK2-1' AND v.field_id = 's2.customfield_10201'"))
        .startsWith("3");
    assertThat(value("SELECT COUNT(*) FROM app_user WHERE display_name = 'Alice Admin'"))
        .as("one user per instance, though named alike")
        .isEqualTo("2");
  }

  @Test
  void importFile_shouldUpdateOnlyWhatTheSourceCreated_whenTheSameFileIsImportedAgain() {
    // given both instances imported
    target.importFile(fixture("instance-a-v2.json"));
    target.importFile(fixture("instance-b-v3.json"));
    String before = table("SELECT id, issue_key, summary, updated FROM issue ORDER BY id");
    String bRow = row("SELECT id, summary, description FROM issue WHERE issue_key = 'RISK2-1'");

    // when instance A's file comes again
    target.importFile(fixture("instance-a-v2.json"));

    // then nothing is duplicated and B's issue is as it was
    assertThat(table("SELECT id, issue_key, summary, updated FROM issue ORDER BY id"))
        .isEqualTo(before);
    assertThat(row("SELECT id, summary, description FROM issue WHERE issue_key = 'RISK2-1'"))
        .isEqualTo(bRow);
    assertThat(value("SELECT COUNT(*) FROM issue_field_value")).isEqualTo("6");
    assertThat(value("SELECT COUNT(*) FROM issue_link")).isEqualTo("2");
    assertThat(value("SELECT COUNT(*) FROM import_source")).isEqualTo("2");
  }

  @Test
  void importAll_shouldImportJsonAndCsvOfOneInstance_withoutDuplicatingUsersOrIssues() {
    // when the README's form: JSON pages and a CSV export of the same instance in one run
    List<JiraImporter.Result> results =
        target.importAll(
            List.of(fixture("instance-a-v2.json"), fixture("instance-a-server.csv")),
            null,
            List.of());

    // then the CSV belongs to the JSON's instance, and its people and issues are the same
    assertThat(results).extracting(JiraImporter.Result::source).containsExactly(A, A);
    assertThat(value("SELECT COUNT(*) FROM app_user")).isEqualTo("2");
    assertThat(value("SELECT COUNT(*) FROM issue")).isEqualTo("3");
    assertThat(row("SELECT assignee_key, reporter_key FROM issue WHERE issue_key = 'RISK-3'"))
        .isEqualTo("s1.JIRAUSER10001|s1.JIRAUSER10000");
    assertThat(
            value(
                "SELECT v.text_value FROM issue_field_value v JOIN issue i ON i.id = v.issue_id"
                    + " WHERE i.issue_key = 'RISK-3' AND v.field_id = 's1.customfield_10200'"))
        .as("the CSV's column is the JSON's field of that name")
        .isEqualTo("Moderate");
    assertThat(value("SELECT epic_key FROM issue WHERE issue_key = 'RISK-3'")).isEqualTo("RISK-1");
  }

  @Test
  void importAll_shouldAskForTheSource_whenTheRunsJsonPagesComeFromTwoInstances() {
    ImportException e =
        catchThrowableOfType(
            () ->
                target.importAll(
                    List.of(
                        fixture("instance-a-v2.json"),
                        fixture("instance-b-v3.json"),
                        fixture("instance-a-server.csv")),
                    null,
                    List.of()),
            ImportException.class);

    assertThat(e.file()).isEqualTo("instance-a-server.csv");
    assertThat(e.field()).isEqualTo("--source");
    assertThat(e.getMessage()).contains(A).contains(B);
    assertThat(value("SELECT COUNT(*) FROM issue"))
        .as("the JSON pages before it are kept")
        .isEqualTo("3");
  }

  @Test
  void importFile_shouldNameTheFile_whenACsvExportNamesNoSource() {
    ImportException e =
        catchThrowableOfType(
            () -> target.importFile(fixture("cloud-export.csv")), ImportException.class);

    assertThat(e.file()).isEqualTo("cloud-export.csv");
    assertThat(e.record()).contains("CLD-1");
    assertThat(e.getMessage()).contains("--source");
    assertThat(value("SELECT COUNT(*) FROM issue")).isEqualTo("0");
  }

  @Test
  void importFile_shouldReadCloudCsvHeaders_ignoringCase() {
    // when Cloud's spelling: "Due date", "Original estimate", "Story point estimate", "Parent"
    target.importFile(fixture("cloud-export.csv"), B);

    // then
    assertThat(
            row(
                "SELECT due_date, original_estimate_seconds, remaining_estimate_seconds,"
                    + " time_spent_seconds, story_points, epic_key, assignee_key FROM issue WHERE"
                    + " issue_key = 'CLD-1'"))
        .isEqualTo("2024-04-15|28800|7200|21600|5.00|null|s1.5b10ac8d82e05b22cc7d4ef5");
    assertThat(value("SELECT parent_key FROM issue WHERE issue_key = 'CLD-2'")).isEqualTo("CLD-1");
  }

  @Test
  void importFile_shouldStoreAnEmptyEpicLinkAsNull() {
    target.importFile(fixture("instance-a-v2.json"));

    assertThat(value("SELECT epic_key FROM issue WHERE issue_key = 'RISK-1'")).isEqualTo("null");
    assertThat(value("SELECT epic_key FROM issue WHERE issue_key = 'RISK-2'")).isEqualTo("RISK-1");
  }

  @Test
  void importFile_shouldKeepTheTimeSpentAndSaySo_whenJiraListedFewerWorklogsThanItHas() {
    JiraImporter.Result result = target.importFile(fixture("instance-a-v2.json"));

    assertThat(value("SELECT time_spent_seconds FROM issue WHERE issue_key = 'RISK-1'"))
        .isEqualTo("90000");
    assertThat(value("SELECT COUNT(*) FROM worklog")).isEqualTo("1");
    assertThat(result.notes()).singleElement().asString().contains("RISK-1").contains("1 of 25");
  }

  @Test
  void importFile_shouldReadWorklogsBesideTheFields_andVersion3Text() {
    target.importFile(fixture("instance-b-v3.json"));

    assertThat(table("SELECT time_spent_seconds, comment_text FROM worklog ORDER BY started"))
        .isEqualTo("1800|Checked the invoice\n900|null");
    assertThat(value("SELECT description FROM issue WHERE issue_key = 'RISK-1'"))
        .isEqualTo("Usage grows faster than planned.\ncompute");
  }

  @Test
  void importFieldOptions_shouldGiveSelectFieldsTheirConfiguredOrder() {
    // given values met in the order Very high, Low (positions 1 and 2 as first met)
    target.importFile(fixture("instance-a-v2.json"));
    assertThat(value("SELECT options_ordered FROM custom_field WHERE id = 's1.customfield_10200'"))
        .isEqualTo("FALSE");

    // when create metadata and a field's option list of instance A come
    target.importAll(List.of(), null, List.of(fixture("instance-a-createmeta.json")));
    target.importFieldOptions(fixture("customfield_10201-options.json"), A);

    // then positions are Jira's order, for the options and the stored values
    assertThat(
            table(
                "SELECT position, label FROM custom_field_option WHERE field_id ="
                    + " 's1.customfield_10200' ORDER BY position"))
        .isEqualTo("1|Very low\n2|Low\n3|Moderate\n4|High\n5|Very high");
    assertThat(value("SELECT options_ordered FROM custom_field WHERE id = 's1.customfield_10200'"))
        .isEqualTo("TRUE");
    assertThat(
            value(
                "SELECT v.option_position FROM issue_field_value v JOIN issue i ON i.id ="
                    + " v.issue_id WHERE i.issue_key = 'RISK-1' AND v.field_id ="
                    + " 's1.customfield_10200'"))
        .isEqualTo("5");
    assertThat(
            value(
                "SELECT v.option_position FROM issue_field_value v JOIN issue i ON i.id ="
                    + " v.issue_id WHERE i.issue_key = 'RISK-1' AND v.field_id ="
                    + " 's1.customfield_10201'"))
        .isEqualTo("4");
  }

  @Test
  void importFile_shouldNameFileRecordAndField_andKeepNothingOfTheFile_whenAValueDoesNotFit()
      throws IOException {
    // given instance A's customfield_10200 is a select list
    target.importFile(fixture("instance-a-v2.json"));
    String before = table("SELECT id, summary FROM issue ORDER BY id");
    // and a later page of A whose first issue is new and whose second carries a date there
    String page =
        Files.readString(fixture("instance-a-v2.json"))
            .replace("\"id\": \"10000\",\n      \"self\"", "\"id\": \"10005\",\n      \"self\"")
            .replace("\"key\": \"RISK-1\"", "\"key\": \"RISK-6\"")
            .replace("{\"value\": \"Low\", \"id\": \"10101\"}", "\"2024-05-01\"")
            .replace(
                "\"type\": \"option\", \"custom\": \"com.atlassian.jira.plugin.system"
                    + ".customfieldtypes:select\", \"customId\": 10200",
                "\"type\": \"date\"");
    Path bad = Files.writeString(dir.resolve("page-2.json"), page);

    // when
    ImportException e = catchThrowableOfType(() -> target.importFile(bad), ImportException.class);

    // then
    assertThat(e.file()).isEqualTo("page-2.json");
    assertThat(e.record()).contains("RISK-2");
    assertThat(e.field()).isEqualTo("Risk probability (customfield_10200)");
    assertThat(e.getMessage()).contains("date").contains("option");
    assertThat(table("SELECT id, summary FROM issue ORDER BY id")).isEqualTo(before);
    assertThat(value("SELECT COUNT(*) FROM import_log")).isEqualTo("1");
  }

  private static Path fixture(String name) {
    try {
      return Path.of(JiraImportSourcesTest.class.getResource("/import/sources/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private long number(String sql) {
    return Long.parseLong(value(sql));
  }

  private String value(String sql) {
    return row(sql);
  }

  private String row(String sql) {
    return rows(sql, 1);
  }

  private String table(String sql) {
    return rows(sql, Integer.MAX_VALUE);
  }

  private String rows(String sql, int most) {
    return store.inTransaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            StringBuilder out = new StringBuilder();
            for (int n = 0; n < most && rs.next(); n++) {
              if (n > 0) {
                out.append('\n');
              }
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                if (i > 1) {
                  out.append('|');
                }
                out.append(rs.getString(i));
              }
            }
            return out.length() == 0 ? "<none>" : out.toString();
          }
        });
  }
}
