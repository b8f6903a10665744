package io.lodestar.pmo.jira.standardization.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.standardization.gate.persistence.GatePhaseEntity;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class LodestarPhaseCFTypeTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private Issue issue;
  @Mock private Project project;

  private InMemoryActiveObjects ao;
  private LodestarPhaseCFType target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(GatePhaseEntity.class);
    target = new LodestarPhaseCFType(new AoProjectPhases(ao));
  }

  @Test
  public void getValueFromIssue_shouldBeTheProjectsPhase_whenOneIsStored() {
    // given
    ao.insertRaw(
        GatePhaseEntity.class,
        Map.of("PROJECT_KEY", "MOB", "PHASE_NAME", "Execute", "PHASE_INDEX", 2, "VERSION", 1L));
    when(issue.getProjectObject()).thenReturn(project);
    when(project.getKey()).thenReturn("MOB");

    // when / then
    assertThat(target.getValueFromIssue(null, issue)).isEqualTo("Execute");
  }

  @Test
  public void getValueFromIssue_shouldBeNull_whenTheProjectHasNoPhaseOrTheIssueNoProject() {
    when(issue.getProjectObject()).thenReturn(project);
    when(project.getKey()).thenReturn("WEB");
    assertThat(target.getValueFromIssue(null, issue)).isNull();

    when(issue.getProjectObject()).thenReturn(null);
    assertThat(target.getValueFromIssue(null, issue)).isNull();
  }

  @Test
  public void stringConversions_shouldBeTheIdentity_forTheExactTextSearcher() {
    assertThat(target.getStringFromSingularObject("Plan")).isEqualTo("Plan");
    assertThat(target.getSingularObjectFromString("Plan")).isEqualTo("Plan");
  }
}
