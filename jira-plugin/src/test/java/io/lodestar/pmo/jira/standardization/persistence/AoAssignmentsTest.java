package io.lodestar.pmo.jira.standardization.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import org.junit.Before;
import org.junit.Test;

public class AoAssignmentsTest {

  private InMemoryActiveObjects ao;
  private AoAssignments target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(AssignmentEntity.class);
    AoTransactions tx = new AoTransactions(ao);
    target = new AoAssignments(ao, tx, new ClusterWriteLocks(new InMemoryClusterLockService(), tx));
  }

  @Test
  public void save_shouldReplaceTheProjectsAssignment_whenSavedTwice() {
    // given MOB assigned to delivery 1, then moved to delivery 2, and WEB assigned
    target.save(new TemplateAssignment("MOB", "delivery", 1));
    target.save(new TemplateAssignment("WEB", "operations-light", 1));
    target.save(new TemplateAssignment("MOB", "delivery", 2));

    // then one row per project, the newest kept, ordered by key
    assertThat(target.byProject("MOB")).contains(new TemplateAssignment("MOB", "delivery", 2));
    assertThat(target.all())
        .containsExactly(
            new TemplateAssignment("MOB", "delivery", 2),
            new TemplateAssignment("WEB", "operations-light", 1));
    assertThat(ao.rows(AssignmentEntity.class)).hasSize(2);
  }

  @Test
  public void byProject_shouldBeEmpty_forAnUnassignedOrNullProject() {
    assertThat(target.byProject("API")).isEmpty();
    assertThat(target.byProject(null)).isEmpty();
  }

  @Test
  public void save_shouldWriteNothing_whenTheDatabaseFails() {
    target.save(new TemplateAssignment("MOB", "delivery", 1));
    ao.failOnWrite(1);

    assertThatThrownBy(() -> target.save(new TemplateAssignment("MOB", "delivery", 2)))
        .isInstanceOf(RuntimeException.class);

    assertThat(target.byProject("MOB")).contains(new TemplateAssignment("MOB", "delivery", 1));
  }
}
