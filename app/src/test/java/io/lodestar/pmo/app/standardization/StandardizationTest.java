package io.lodestar.pmo.app.standardization;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.standardization.port.AssignmentStore;
import io.lodestar.pmo.app.standardization.port.TemplateStore;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.Before;
import org.junit.Test;

public class StandardizationTest {

  private final Map<String, Template> templates = new TreeMap<>();
  private final Map<String, TemplateAssignment> assignments = new TreeMap<>();
  private final List<AuditEntry> audit = new ArrayList<>();
  private Standardization standardization;

  @Before
  public void setUp() {
    TemplateStore store =
        new TemplateStore() {
          @Override
          public List<Template> all() {
            return List.copyOf(templates.values());
          }

          @Override
          public Optional<Template> find(String id) {
            return Optional.ofNullable(templates.get(id));
          }

          @Override
          public boolean create(Template t) {
            return templates.putIfAbsent(t.id(), t) == null;
          }

          @Override
          public boolean addVersion(Template t, int expectedLatest) {
            if (templates.get(t.id()).latest().number() != expectedLatest) {
              return false;
            }
            templates.put(t.id(), t);
            return true;
          }
        };
    AssignmentStore assigned =
        new AssignmentStore() {
          @Override
          public List<TemplateAssignment> all() {
            return List.copyOf(assignments.values());
          }

          @Override
          public Optional<TemplateAssignment> byProject(String key) {
            return Optional.ofNullable(assignments.get(key));
          }

          @Override
          public void save(TemplateAssignment a) {
            assignments.put(a.projectKey(), a);
          }
        };
    standardization =
        new Standardization(
            store,
            assigned,
            audit::add,
            io.lodestar.pmo.engine.shared.Transactions.class.cast(
                new io.lodestar.pmo.engine.shared.Transactions() {
                  @Override
                  public <T> T inTransaction(java.util.function.Supplier<T> work) {
                    return work.get();
                  }
                }),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  public void edit_shouldMakeANewVersionAndAuditIt_whenBasedOnTheLatest() {
    // given a template at version 1
    standardization.create("t", TemplateContent.named("T"), "pmo");

    // when edited from version 1
    Outcome<Template> edited =
        standardization.edit(
            "t", 1, TemplateContent.named("T").withThreshold(BigDecimal.valueOf(80)), "pmo");

    // then version 2 exists, version 1 is unchanged, and both changes are audited
    assertThat(edited).isInstanceOf(Outcome.Ok.class);
    assertThat(templates.get("t").versions()).hasSize(2);
    assertThat(templates.get("t").version(1).orElseThrow().content().thresholdPercent())
        .isEqualByComparingTo("90");
    assertThat(audit)
        .extracting(AuditEntry::action)
        .containsExactly(Standardization.AUDIT_CREATED, Standardization.AUDIT_EDITED);
    assertThat(audit.get(1).after()).contains("version 2").contains("thresholdPercent");
  }

  @Test
  public void edit_shouldBeAConflictWritingNothing_whenBasedOnAnOlderVersion() {
    // given a template already at version 2
    standardization.create("t", TemplateContent.named("T"), "pmo");
    standardization.edit(
        "t", 1, TemplateContent.named("T").withThreshold(BigDecimal.valueOf(80)), "pmo");

    // when someone edits from version 1
    Outcome<Template> stale =
        standardization.edit(
            "t", 1, TemplateContent.named("T").withThreshold(BigDecimal.valueOf(70)), "other");

    // then it is a conflict naming the latest version, and nothing is written
    assertThat(stale).isEqualTo(Outcome.conflict(1, 2));
    assertThat(templates.get("t").versions()).hasSize(2);
    assertThat(audit).hasSize(2);
  }

  @Test
  public void assign_shouldRefuseAMoveBackwards_andKeepTheAssignment() {
    // given a project on version 2 of a template
    standardization.create("t", TemplateContent.named("T"), "pmo");
    standardization.edit(
        "t", 1, TemplateContent.named("T").withThreshold(BigDecimal.valueOf(80)), "pmo");
    standardization.assign("MOBA", "t", 2, "pmo");

    // when moved back to version 1
    Outcome<TemplateAssignment> back = standardization.assign("MOBA", "t", 1, "pmo");

    // then it is refused and the project still follows version 2
    assertThat(back).isInstanceOf(Outcome.Invalid.class);
    assertThat(assignments.get("MOBA").version()).isEqualTo(2);
  }

  @Test
  public void create_shouldRefuseATakenId() {
    standardization.create("t", TemplateContent.named("T"), "pmo");

    Outcome<Template> again = standardization.create("t", TemplateContent.named("U"), "pmo");

    assertThat(again).isInstanceOf(Outcome.Invalid.class);
    assertThat(templates.get("t").latest().content().name()).isEqualTo("T");
  }
}
