package io.lodestar.pmo.jira.risk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraProjectLeadContactTest {

  @Rule public final MockitoRule mockito = MockitoJUnit.rule();

  @Mock private ProjectManager projectManager;
  @Mock private Project project;

  @Test
  public void contactFor_shouldBeTheProjectLeadsKey_whenTheProjectExists() {
    // given
    when(projectManager.getProjectObjByKey("ABC")).thenReturn(project);
    when(project.getLeadUserKey()).thenReturn("JIRAUSER10100");
    JiraProjectLeadContact target = new JiraProjectLeadContact(projectManager);

    // when / then
    assertThat(target.contactFor("ABC")).contains("JIRAUSER10100");
  }

  @Test
  public void contactFor_shouldBeEmpty_whenTheProjectIsGone() {
    // given
    JiraProjectLeadContact target = new JiraProjectLeadContact(projectManager);

    // when / then
    assertThat(target.contactFor("GONE")).isEmpty();
  }
}
