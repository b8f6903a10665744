package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraIssueLinksTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private IssueManager issueManager;
  @Mock private IssueLinkManager issueLinkManager;
  @Mock private PermissionManager permissionManager;
  @Mock private UserManager userManager;

  private final HostUser alice = new HostUser("u1", "alice", "Alice", null);
  private final ApplicationUser aliceJira = mock(ApplicationUser.class);
  private MutableIssue risk;

  private JiraIssueLinks target;

  @Before
  public void setUp() {
    when(userManager.getUserByKey("u1")).thenReturn(aliceJira);
    risk = mock(MutableIssue.class);
    when(risk.getId()).thenReturn(1L);
    when(issueManager.getIssueObject("ALPHA-1")).thenReturn(risk);
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, risk, aliceJira))
        .thenReturn(true);
    target =
        new JiraIssueLinks(
            issueManager, issueLinkManager, permissionManager, new JiraUsers(userManager));
  }

  private Issue issue(String key, String typeId, String category, boolean visible) {
    Issue i = mock(Issue.class);
    when(i.getKey()).thenReturn(key);
    Project p = mock(Project.class);
    when(p.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
    when(i.getProjectObject()).thenReturn(p);
    when(i.getSummary()).thenReturn("Summary of " + key);
    IssueType type = mock(IssueType.class);
    when(type.getId()).thenReturn(typeId);
    when(i.getIssueType()).thenReturn(type);
    Status status = mock(Status.class);
    StatusCategory cat = mock(StatusCategory.class);
    when(cat.getKey()).thenReturn(category);
    when(status.getStatusCategory()).thenReturn(cat);
    when(i.getStatus()).thenReturn(status);
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, i, aliceJira))
        .thenReturn(visible);
    return i;
  }

  private static IssueLink link(Issue source, Issue destination, boolean system) {
    IssueLink l = mock(IssueLink.class);
    when(l.getSourceObject()).thenReturn(source);
    when(l.getDestinationObject()).thenReturn(destination);
    when(l.isSystemLink()).thenReturn(system);
    IssueLinkType type = mock(IssueLinkType.class);
    when(type.getName()).thenReturn("Relates");
    when(l.getIssueLinkType()).thenReturn(type);
    return l;
  }

  @Test
  public void linkedTo_shouldListVisibleAndCountHidden_whenSomeLinkedIssuesAreHidden() {
    // given: one done task, one open task, one hidden issue, one sub-task (system) link
    Issue done = issue("ALPHA-2", "10001", StatusCategory.COMPLETE, true);
    Issue open = issue("BETA-3", "10001", StatusCategory.IN_PROGRESS, true);
    Issue secret = issue("SEC-4", "10001", StatusCategory.TO_DO, false);
    Issue subtask = issue("ALPHA-5", "10003", StatusCategory.TO_DO, true);
    List<IssueLink> outward = List.of(link(risk, done, false), link(risk, subtask, true));
    List<IssueLink> inward = List.of(link(open, risk, false), link(secret, risk, false));
    when(issueLinkManager.getOutwardLinks(1L)).thenReturn(outward);
    when(issueLinkManager.getInwardLinks(1L)).thenReturn(inward);

    // when
    Optional<LinkedIssues> result = target.linkedTo("ALPHA-1", alice);

    // then
    assertThat(result).isPresent();
    assertThat(result.get().visible())
        .containsExactly(
            new LinkedIssue(
                "ALPHA-2", "ALPHA", "Summary of ALPHA-2", "10001", true, "Relates", true),
            new LinkedIssue(
                "BETA-3", "BETA", "Summary of BETA-3", "10001", false, "Relates", false));
    assertThat(result.get().hiddenCount()).isEqualTo(1);
  }

  @Test
  public void linkedTo_shouldGiveMitigationProgress_whenAskedForDoneOverTotal() {
    Issue done = issue("ALPHA-2", "10001", StatusCategory.COMPLETE, true);
    Issue open = issue("ALPHA-3", "10001", StatusCategory.TO_DO, true);
    List<IssueLink> outward = List.of(link(risk, done, false), link(risk, open, false));
    when(issueLinkManager.getOutwardLinks(1L)).thenReturn(outward);

    LinkedIssues links = target.linkedTo("ALPHA-1", alice).orElseThrow();

    assertThat(links.progress(l -> true).done()).isEqualTo(1);
    assertThat(links.progress(l -> true).total()).isEqualTo(2);
  }

  @Test
  public void linkedTo_shouldBeEmpty_whenViewerMayNotBrowseTheIssue() {
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, risk, aliceJira))
        .thenReturn(false);

    assertThat(target.linkedTo("ALPHA-1", alice)).isEmpty();
  }

  @Test
  public void linkedTo_shouldBeEmpty_whenIssueDoesNotExist() {
    assertThat(target.linkedTo("NOPE-1", alice)).isEmpty();
  }
}
