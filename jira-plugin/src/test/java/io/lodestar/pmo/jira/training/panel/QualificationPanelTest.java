package io.lodestar.pmo.jira.training.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.panel.QualificationPanelView;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.training.persistence.AoTrainingStore;
import io.lodestar.pmo.jira.training.persistence.CertTypeEntity;
import io.lodestar.pmo.jira.training.persistence.CourseEntity;
import io.lodestar.pmo.jira.training.persistence.CourseGrantEntity;
import io.lodestar.pmo.jira.training.persistence.CourseSessionEntity;
import io.lodestar.pmo.jira.training.persistence.EnrolmentEntity;
import io.lodestar.pmo.jira.training.persistence.PersonCertEntity;
import io.lodestar.pmo.jira.training.persistence.PersonSkillEntity;
import io.lodestar.pmo.jira.training.persistence.ReminderSentEntity;
import io.lodestar.pmo.jira.training.persistence.RequirementEntity;
import io.lodestar.pmo.jira.training.persistence.SkillEntity;
import io.lodestar.pmo.jira.training.persistence.TrainingPersonEntity;
import io.lodestar.pmo.jira.training.work.JiraTrainingWork;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/**
 * The panel's condition and context and the "Lodestar qualification" field, over the real service
 * and the AO store (in memory), with Jira's issue mocked.
 */
public class QualificationPanelTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private InMemoryActiveObjects ao;
  private AoTrainingStore store;
  private QualificationLookups lookups;
  private ApplicationUser alice;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(
        SkillEntity.class,
        CertTypeEntity.class,
        TrainingPersonEntity.class,
        PersonSkillEntity.class,
        PersonCertEntity.class,
        RequirementEntity.class,
        CourseEntity.class,
        CourseGrantEntity.class,
        CourseSessionEntity.class,
        EnrolmentEntity.class,
        ReminderSentEntity.class);
    AoTransactions transactions = new AoTransactions(ao);
    store =
        new AoTrainingStore(
            ao,
            transactions,
            new ClusterWriteLocks(new InMemoryClusterLockService(), transactions));
    JiraTrainingWork work =
        new JiraTrainingWork(
            mock(IssueManager.class),
            mock(SearchService.class),
            mock(UserManager.class),
            mock(JiraAuthenticationContext.class));
    TrainingService service =
        new TrainingService(
            store,
            work,
            mock(AuditLog.class),
            transactions,
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    lookups = new QualificationLookups(service, work);
    alice = mock(ApplicationUser.class);
    when(alice.getKey()).thenReturn("alice");
    store.saveCertificationType(
        new CertificationType("pmp", "PMP", "PMI", Optional.empty()), Versioned.NEW);
  }

  private static Issue issue(
      String key, ApplicationUser assignee, LocalDate due, String component) {
    Issue issue = mock(Issue.class);
    Project project = mock(Project.class);
    when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
    IssueType type = mock(IssueType.class);
    when(type.getId()).thenReturn("10001");
    ProjectComponent c = mock(ProjectComponent.class);
    when(c.getName()).thenReturn(component);
    when(issue.getKey()).thenReturn(key);
    when(issue.getProjectObject()).thenReturn(project);
    when(issue.getIssueType()).thenReturn(type);
    when(issue.getAssignee()).thenReturn(assignee);
    when(issue.getDueDate()).thenReturn(due == null ? null : Timestamp.valueOf(due.atTime(12, 0)));
    when(issue.getComponents()).thenReturn(List.of(c));
    return issue;
  }

  private void requireCertificateOnComponent(String component) {
    store.addRequirement(
        new Requirement(Requirement.Scope.COMPONENT, component, new Need.CertificationNeed("pmp")));
  }

  private void aliceHoldsPmpUntil(LocalDate until) {
    store.addCertification(
        new PersonCertification(
            "c1", "alice", "pmp", TODAY.minusYears(2), Optional.of(until), Optional.empty()));
  }

  @Test
  public void field_shouldSayCertificationExpires_whenTheCertificateEndsBeforeTheDueDate() {
    requireCertificateOnComponent("Payments");
    aliceHoldsPmpUntil(TODAY.plusDays(10));
    Issue issue = issue("MOB-1", alice, TODAY.plusDays(30), "Payments");

    String value = new LodestarQualificationCFType(lookups).getValueFromIssue(null, issue);

    assertThat(value).isEqualTo("certification expires");
  }

  @Test
  public void field_shouldSayOk_whenValidThroughTheWork_andBeEmptyWhenNothingIsRequired() {
    requireCertificateOnComponent("Payments");
    aliceHoldsPmpUntil(TODAY.plusDays(60));
    LodestarQualificationCFType field = new LodestarQualificationCFType(lookups);

    assertThat(field.getValueFromIssue(null, issue("MOB-1", alice, TODAY.plusDays(30), "Payments")))
        .isEqualTo("ok");
    assertThat(field.getValueFromIssue(null, issue("MOB-2", alice, TODAY.plusDays(30), "Web")))
        .isNull();
  }

  @Test
  public void field_shouldBeEmpty_whenTheStoreFails() {
    requireCertificateOnComponent("Payments");
    Issue issue = issue("MOB-1", alice, TODAY.plusDays(30), "Payments");
    InMemoryActiveObjects broken = new InMemoryActiveObjects().requireMigration();
    AoTransactions t = new AoTransactions(broken);
    QualificationLookups failing =
        new QualificationLookups(
            new TrainingService(
                new AoTrainingStore(
                    broken, t, new ClusterWriteLocks(new InMemoryClusterLockService(), t)),
                mock(JiraTrainingWork.class),
                mock(AuditLog.class),
                t,
                Clock.systemUTC()),
            new JiraTrainingWork(
                mock(IssueManager.class),
                mock(SearchService.class),
                mock(UserManager.class),
                mock(JiraAuthenticationContext.class)));

    assertThat(new LodestarQualificationCFType(failing).getValueFromIssue(null, issue)).isNull();
  }

  @Test
  public void condition_shouldShowThePanel_onlyWhereARequirementAppliesOrARequiredCertIsHeld() {
    requireCertificateOnComponent("Payments");
    QualificationPanelCondition condition = new QualificationPanelCondition(lookups);

    assertThat(condition.shouldDisplay(Map.of("issue", issue("MOB-1", null, null, "Payments"))))
        .isTrue();
    assertThat(condition.shouldDisplay(Map.of("issue", issue("MOB-2", alice, null, "Web"))))
        .isFalse();
    aliceHoldsPmpUntil(TODAY.plusDays(60));
    assertThat(condition.shouldDisplay(Map.of("issue", issue("MOB-2", alice, null, "Web"))))
        .isTrue();
    assertThat(condition.shouldDisplay(Map.of())).isFalse();
  }

  @Test
  public void contextProvider_shouldPutTheWarningPanel_forAnExpiringCertificate() {
    requireCertificateOnComponent("Payments");
    aliceHoldsPmpUntil(TODAY.plusDays(10));
    Map<String, Object> context = new HashMap<>();
    context.put("issue", issue("MOB-1", alice, TODAY.plusDays(30), "Payments"));

    Map<String, Object> result =
        new QualificationPanelContextProvider(lookups, (key, args) -> key).getContextMap(context);

    QualificationPanelView panel = (QualificationPanelView) result.get("panel");
    assertThat(panel.required()).isTrue();
    assertThat(panel.assigned()).isTrue();
    assertThat(panel.warns()).isTrue();
    assertThat(panel.lozenge()).isEqualTo("moved");
    assertThat(panel.period()).isEqualTo(TODAY + " – " + TODAY.plusDays(30));
    assertThat(result).containsKey("text").containsKey("issue");
  }

  @Test
  public void contextProvider_shouldPutNoPanel_withoutAnIssue() {
    Map<String, Object> result =
        new QualificationPanelContextProvider(lookups, (key, args) -> key).getContextMap(Map.of());

    assertThat(result).containsKey("text").doesNotContainKey("panel");
  }
}
