package io.lodestar.pmo.jira.risk.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.pmo.app.risk.panel.RiskPanelView;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.IssueLinks;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskReader;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsByProjectId.EffectiveSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class RiskPanelTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private RiskProjectSettingsStore settingsStore;
  @Mock private ScoringModelStore modelStore;
  @Mock private IssueRiskReader reader;
  @Mock private IssueLinks links;
  @Mock private CurrentUser currentUser;
  @Mock private Texts texts;
  @Mock private ApplicationProperties applicationProperties;
  @Mock private Issue issue;
  @Mock private Project project;
  @Mock private IssueType issueType;

  private final HostUser alice = new HostUser("u1", "alice", "Alice", null);
  private final RiskFieldMapping mapping =
      RiskFieldMapping.builder().riskIssueTypeIds(Set.of("10100")).build();

  private RiskPanelContextProvider target;
  private RiskPanelCondition condition;

  @Before
  public void setUp() {
    ProjectRiskContexts contexts = new ProjectRiskContexts(settingsStore, modelStore);
    // the viewed issue's project is looked up by id; here by the key its mock project has
    IssueRiskAssessments assessments =
        new IssueRiskAssessments(
            projectId ->
                settingsStore
                    .effective(project.getKey())
                    .map(s -> new EffectiveSettings(Versioned.of(s, 1L), true)),
            modelStore,
            reader);
    RiskPanelLookups lookups =
        new RiskPanelLookups(assessments, contexts, links, currentUser, () -> 1_000_000_000L);
    target = new RiskPanelContextProvider(lookups, texts, applicationProperties);
    condition = new RiskPanelCondition(lookups);
    when(texts.text(anyString())).thenAnswer(inv -> inv.getArgument(0));
    when(texts.text(anyString(), any()))
        .thenAnswer(inv -> inv.getArgument(0) + ":" + inv.getArgument(1));
    when(texts.text(anyString(), any(), any()))
        .thenAnswer(
            inv -> inv.getArgument(0) + ":" + inv.getArgument(1) + "/" + inv.getArgument(2));
    when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(issue.getKey()).thenReturn("ALPHA-7");
    when(issue.getProjectObject()).thenReturn(project);
    when(issue.getProjectId()).thenReturn(10_000L);
    when(issue.getId()).thenReturn(7L);
    when(issue.getUpdated()).thenReturn(new java.sql.Timestamp(1_700_000_000_000L));
    when(project.getKey()).thenReturn("ALPHA");
    when(issue.getIssueType()).thenReturn(issueType);
    when(settingsStore.effective("ALPHA"))
        .thenReturn(Optional.of(RiskProjectSettings.of(3L, mapping, null)));
    when(modelStore.find(3L))
        .thenReturn(Optional.of(FormulaModel.pmbokDefault().withIdentity(3L, 1L)));
  }

  private static LinkedIssue linked(String key, String typeId, boolean done) {
    return new LinkedIssue(key, "ALPHA", "Summary of " + key, typeId, done, "Relates", true);
  }

  @Test
  public void shouldDisplay_shouldBeFalse_whenProjectHasNoRiskSettings() {
    // given
    when(settingsStore.effective("ALPHA")).thenReturn(Optional.empty());

    // when / then
    assertThat(condition.shouldDisplay(Map.of("issue", issue))).isFalse();
  }

  @Test
  public void shouldDisplay_shouldBeTrue_whenProjectHasRiskSettings() {
    assertThat(condition.shouldDisplay(Map.of("issue", issue))).isTrue();
  }

  @Test
  public void shouldDisplay_shouldBeFalse_whenContextHasNoIssue() {
    assertThat(condition.shouldDisplay(Map.of())).isFalse();
  }

  @Test
  public void getContextMap_shouldShowLevelAndMitigation_whenIssueIsRisk() {
    // given: a rated risk with two mitigation issues, one done, and one hidden link
    when(issueType.getId()).thenReturn("10100");
    when(reader.read(eq(issue), eq(mapping), any(), any()))
        .thenReturn(
            Optional.of(
                Risk.builder("ALPHA-7", "ALPHA", "Supplier fails")
                    .inherent(RiskRating.of(5, ImpactDimension.COST, 5))
                    .residual(RiskRating.of(4, ImpactDimension.COST, 4))
                    .build()));
    when(links.linkedTo("ALPHA-7", alice))
        .thenReturn(
            Optional.of(
                new LinkedIssues(
                    List.of(linked("ALPHA-8", "10001", true), linked("ALPHA-9", "10001", false)),
                    1)));

    // when
    RiskPanelView panel = (RiskPanelView) target.getContextMap(Map.of("issue", issue)).get("panel");

    // then
    assertThat(panel.risk()).isTrue();
    assertThat(panel.current().label()).isEqualTo("High");
    assertThat(panel.inherent().score()).isEqualTo("0.72");
    assertThat(panel.residual().score()).isEqualTo("0.28");
    assertThat(panel.mitigation()).isEqualTo("lodestar.risk.panel.mitigation.progress:1/2");
    assertThat(panel.mitigationPercent()).isEqualTo(50);
    assertThat(panel.hiddenNotice()).isEqualTo("lodestar.risk.panel.hidden:1");
  }

  @Test
  public void getContextMap_shouldMarkCurrentCell_whenIssueIsRisk() {
    // given
    when(issueType.getId()).thenReturn("10100");
    when(reader.read(eq(issue), eq(mapping), any(), any()))
        .thenReturn(
            Optional.of(
                Risk.builder("ALPHA-7", "ALPHA", "Supplier fails")
                    .inherent(RiskRating.of(4, ImpactDimension.COST, 2))
                    .build()));
    when(links.linkedTo("ALPHA-7", alice)).thenReturn(Optional.empty());

    // when
    RiskPanelView panel = (RiskPanelView) target.getContextMap(Map.of("issue", issue)).get("panel");

    // then: rows run from the highest probability down, so rank 4 of 5 is the second row
    assertThat(panel.matrix().get(1).get(1).current()).isTrue();
    assertThat(panel.matrix().stream().flatMap(List::stream).filter(c -> c.current())).hasSize(1);
  }

  @Test
  public void getContextMap_shouldListOnlyVisibleLinkedRisks_whenIssueIsNotRisk() {
    // given: a task linked to a risk and to another task; one more link the viewer cannot see
    when(issueType.getId()).thenReturn("10001");
    when(links.linkedTo("ALPHA-7", alice))
        .thenReturn(
            Optional.of(
                new LinkedIssues(
                    List.of(linked("ALPHA-3", "10100", false), linked("ALPHA-4", "10001", false)),
                    2)));

    // when
    RiskPanelView panel = (RiskPanelView) target.getContextMap(Map.of("issue", issue)).get("panel");

    // then
    assertThat(panel.risk()).isFalse();
    assertThat(panel.linkedRisks())
        .containsExactly(
            new RiskPanelView.LinkedRiskView(
                "ALPHA-3", "Summary of ALPHA-3", "/jira/browse/ALPHA-3"));
    assertThat(panel.hiddenNotice()).isEqualTo("lodestar.risk.panel.hidden:2");
  }

  private void viewedIssueInUnconfiguredProject() {
    when(project.getKey()).thenReturn("DELIVERY");
    when(issue.getKey()).thenReturn("DELIVERY-5");
    when(issueType.getId()).thenReturn("10001");
    when(settingsStore.effective("DELIVERY")).thenReturn(Optional.empty());
  }

  @Test
  public void shouldDisplay_shouldBeTrue_whenUnconfiguredProjectsIssueLinksToAVisibleRisk() {
    // given: a delivery task in a project without risk settings, linked to a risk of ALPHA
    viewedIssueInUnconfiguredProject();
    when(links.linkedTo("DELIVERY-5", alice))
        .thenReturn(Optional.of(new LinkedIssues(List.of(linked("ALPHA-3", "10100", false)), 0)));

    // when / then
    assertThat(condition.shouldDisplay(Map.of("issue", issue))).isTrue();
  }

  @Test
  public void shouldDisplay_shouldBeFalse_whenUnconfiguredProjectsIssueLinksOnlyToNonRisks() {
    // given: the linked ALPHA issue is a task, and one more link is hidden from the viewer
    viewedIssueInUnconfiguredProject();
    when(links.linkedTo("DELIVERY-5", alice))
        .thenReturn(Optional.of(new LinkedIssues(List.of(linked("ALPHA-4", "10001", false)), 1)));

    // when / then
    assertThat(condition.shouldDisplay(Map.of("issue", issue))).isFalse();
  }

  @Test
  public void getContextMap_shouldListTheLinkedRisksOfOtherProjects_whenProjectIsUnconfigured() {
    // given
    viewedIssueInUnconfiguredProject();
    when(links.linkedTo("DELIVERY-5", alice))
        .thenReturn(
            Optional.of(
                new LinkedIssues(
                    List.of(linked("ALPHA-3", "10100", false), linked("ALPHA-4", "10001", true)),
                    1)));

    // when
    RiskPanelView panel = (RiskPanelView) target.getContextMap(Map.of("issue", issue)).get("panel");

    // then
    assertThat(panel.risk()).isFalse();
    assertThat(panel.linkedRisks())
        .extracting(RiskPanelView.LinkedRiskView::key)
        .containsExactly("ALPHA-3");
    assertThat(panel.hiddenNotice()).isEqualTo("lodestar.risk.panel.hidden:1");
  }

  @Test
  public void conditionThenContextProvider_shouldLookLinksAndSettingsUpOnce_whenThePanelShows() {
    // given: a delivery task linked to a risk of ALPHA and to a task of ALPHA
    viewedIssueInUnconfiguredProject();
    when(links.linkedTo("DELIVERY-5", alice))
        .thenReturn(
            Optional.of(
                new LinkedIssues(
                    List.of(linked("ALPHA-3", "10100", false), linked("ALPHA-4", "10001", true)),
                    0)));

    // when: Jira asks the condition, then renders the panel, in one request
    boolean shown = condition.shouldDisplay(Map.of("issue", issue));
    RiskPanelView panel = (RiskPanelView) target.getContextMap(Map.of("issue", issue)).get("panel");

    // then: one link look-up, one settings look-up per project (the viewed one, ALPHA)
    assertThat(shown).isTrue();
    assertThat(panel.linkedRisks()).hasSize(1);
    verify(links, times(1)).linkedTo("DELIVERY-5", alice);
    verify(settingsStore, times(1)).effective("DELIVERY");
    verify(settingsStore, times(1)).effective("ALPHA");
  }

  @Test
  public void contextProvider_shouldLookLinksUpAgain_whenAnotherViewerViewsTheIssue() {
    // given
    viewedIssueInUnconfiguredProject();
    HostUser bob = new HostUser("u2", "bob", "Bob", null);
    condition.shouldDisplay(Map.of("issue", issue));

    // when
    when(currentUser.get()).thenReturn(Optional.of(bob));
    condition.shouldDisplay(Map.of("issue", issue));

    // then: each viewer's links, as that viewer
    verify(links, times(1)).linkedTo("DELIVERY-5", alice);
    verify(links, times(1)).linkedTo("DELIVERY-5", bob);
  }
}
