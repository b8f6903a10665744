package io.lodestar.pmo.jira.risk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex.KeyWindow;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex.Progress;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex.Tallied;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.register.CellCriterion;
import io.lodestar.pmo.engine.risk.register.HeatMap;
import io.lodestar.pmo.engine.risk.register.MaterialisedAssessment;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.register.RegisterSummary;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.service.AssessmentStamp;
import io.lodestar.pmo.jira.risk.customfield.AssessmentFacet;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments.Assessment;
import io.lodestar.pmo.jira.risk.customfield.RiskAboveAppetiteCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskBandRankCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskEmvCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskInherentCellCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskKindCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskOwnerCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskResidualCellCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskReviewDayCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskScoreCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskStatusCFType;
import io.lodestar.pmo.jira.shared.host.JiraUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraAssessedRiskIndexTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private ProjectManager projectManager;
  @Mock private UserManager userManager;
  @Mock private CustomFieldManager customFieldManager;
  @Mock private RiskProjectSettingsStore settingsStore;
  @Mock private ScoringModelStore modelStore;
  @Mock private IssueRiskAssessments assessments;
  @Mock private RiskReindexQueue queue;

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private final FakeJiraSearch search = new FakeJiraSearch();
  private final InMemorySettingRows rows = new InMemorySettingRows();
  private final RiskIndexStates states = new RiskIndexStates(rows);
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final ApplicationUser alice = mock(ApplicationUser.class);
  private final ScoringModel model = FormulaModel.pmbokDefault().withIdentity(7, 1);
  private final RiskFieldMapping mapping =
      RiskFieldMapping.builder()
          .riskIssueTypeIds(Set.of("10500"))
          .inherent(RatingFieldIds.of("customfield_1", ImpactDimension.COST, "customfield_2"))
          .build();
  private final RiskProjectSettings settings = RiskProjectSettings.of(7, mapping, "medium");
  private final String stamp = AssessmentStamp.of(settings, model);
  private final Map<AssessmentFacet, String> facetFields = new HashMap<>();

  private JiraAssessedRiskIndex target;

  @Before
  public void setUp() {
    Project alpha = mock(Project.class);
    when(alpha.getId()).thenReturn(10000L);
    when(alpha.getKey()).thenReturn("ALPHA");
    when(projectManager.getProjectObjByKeyIgnoreCase("ALPHA")).thenReturn(alpha);
    when(userManager.getUserByKey("alice")).thenReturn(alice);
    when(settingsStore.effective("ALPHA")).thenReturn(Optional.of(settings));
    when(modelStore.find(7)).thenReturn(Optional.of(model));
    List<CustomField> fields = new ArrayList<>();
    fields.add(field(1, new RiskScoreCFType(assessments)));
    fields.add(field(2, new RiskOwnerCFType(assessments)));
    fields.add(field(3, new RiskStatusCFType(assessments)));
    fields.add(field(4, new RiskKindCFType(assessments)));
    fields.add(field(5, new RiskBandRankCFType(assessments)));
    fields.add(field(6, new RiskInherentCellCFType(assessments)));
    fields.add(field(7, new RiskResidualCellCFType(assessments)));
    fields.add(field(8, new RiskReviewDayCFType(assessments)));
    fields.add(field(9, new RiskAboveAppetiteCFType(assessments)));
    fields.add(field(10, new RiskEmvCFType(assessments)));
    when(customFieldManager.getCustomFieldObjects()).thenReturn(fields);
    long id = 3;
    for (AssessmentFacet f :
        List.of(
            AssessmentFacet.STATUS,
            AssessmentFacet.KIND,
            AssessmentFacet.BAND_RANK,
            AssessmentFacet.INHERENT_CELL,
            AssessmentFacet.RESIDUAL_CELL,
            AssessmentFacet.REVIEW_DAY,
            AssessmentFacet.ABOVE_APPETITE,
            AssessmentFacet.EMV)) {
      facetFields.put(f, "cf[" + id++ + "]");
    }
    target =
        new JiraAssessedRiskIndex(
            search,
            projectManager,
            new JiraUsers(userManager),
            new RiskIndexFields(customFieldManager),
            states,
            settingsStore,
            modelStore,
            assessments,
            queue,
            now::get);
  }

  private static CustomField field(long id, CustomFieldType<?, ?> type) {
    CustomField field = mock(CustomField.class);
    when(field.getIdAsLong()).thenReturn(id);
    when(field.getCustomFieldType()).thenReturn((CustomFieldType) type);
    return field;
  }

  private void built(String builtStamp) {
    states.update(10000L, s -> new RiskIndexState(builtStamp, builtStamp, 0, 0, false, 0, 0, 0));
  }

  /** A risk issue in the fake index, with the fields the CF types would have indexed. */
  private MaterialisedAssessment risk(
      String key,
      RiskStatus status,
      RiskKind kind,
      String score,
      Cell inherent,
      LocalDate review,
      boolean visible) {
    MaterialisedAssessment m =
        new MaterialisedAssessment(
            key,
            "Risk " + key,
            "risk " + key.toLowerCase(),
            status,
            kind,
            "owner-" + key,
            review,
            score == null ? null : new BigDecimal(score),
            score == null
                ? null
                : new BigDecimal(score).compareTo(new BigDecimal("0.18")) >= 0 ? "high" : "medium",
            score == null
                ? 0
                : new BigDecimal(score).compareTo(new BigDecimal("0.18")) >= 0 ? 3 : 2,
            inherent,
            inherent,
            score != null && new BigDecimal(score).compareTo(new BigDecimal("0.18")) >= 0,
            score == null ? null : new BigDecimal(score).multiply(new BigDecimal("1000")));
    Map<String, Object> values = new HashMap<>();
    values.put("project", 10000);
    values.put("issuetype", 10500);
    values.put("summary", m.title());
    values.put("cf[1]", m.currentScore() == null ? null : m.currentScore().doubleValue());
    values.put("cf[2]", m.ownerKey());
    for (AssessmentFacet f : AssessmentFacet.values()) {
      values.put(facetFields.get(f), f.valueOf(m).orElse(null));
    }
    search.docs.add(new FakeJiraSearch.Doc(key, values));
    if (visible) {
      search.visible.add(key);
    }
    return m;
  }

  private void someRisks() {
    risk(
        "ALPHA-1",
        RiskStatus.OPEN,
        RiskKind.THREAT,
        "0.30",
        Cell.of(4, 4),
        TODAY.minusDays(3),
        true);
    risk(
        "ALPHA-2",
        RiskStatus.OPEN,
        RiskKind.THREAT,
        "0.10",
        Cell.of(2, 3),
        TODAY.plusDays(3),
        true);
    risk("ALPHA-3", RiskStatus.MITIGATING, RiskKind.OPPORTUNITY, "0.30", Cell.of(4, 4), null, true);
    risk("ALPHA-4", RiskStatus.OPEN, RiskKind.THREAT, null, null, TODAY.minusDays(1), true);
    risk("ALPHA-5", RiskStatus.CLOSED, RiskKind.THREAT, "0.56", Cell.of(5, 5), null, true);
    risk("ALPHA-10", RiskStatus.OPEN, RiskKind.THREAT, null, null, null, true);
    risk("ALPHA-6", RiskStatus.OPEN, RiskKind.THREAT, "0.72", Cell.of(5, 5), null, false);
  }

  @Test
  public void window_shouldListRatedRisksByScoreThenUnratedByKey_whenSortedByScoreDescending() {
    // given
    built(stamp);
    someRisks();

    // when
    Optional<KeyWindow> window =
        target.window("alice", "ALPHA", stamp, RegisterFilter.ALL, RegisterSort.DEFAULT, 0, 10);

    // then: ties by key, unrated last although the search engine puts empty values elsewhere
    assertThat(window).isPresent();
    assertThat(window.get().keys())
        .containsExactly("ALPHA-5", "ALPHA-1", "ALPHA-3", "ALPHA-2", "ALPHA-4", "ALPHA-10");
    assertThat(window.get().matched()).isEqualTo(6);
    assertThat(window.get().visible()).isEqualTo(6);
    assertThat(window.get().hidden()).isEqualTo(1);
  }

  @Test
  public void window_shouldContinueIntoUnratedRisks_whenThePageCrossesTheBoundary() {
    // given
    built(stamp);
    someRisks();

    // when
    KeyWindow window =
        target
            .window(
                "alice",
                "ALPHA",
                stamp,
                RegisterFilter.ALL,
                RegisterSort.of(RegisterSort.Field.SCORE, RegisterSort.Direction.ASC),
                3,
                2)
            .orElseThrow();

    // then: ascending 2,1,3,5 | 4,10 -> positions 3..4 are ALPHA-5 and ALPHA-4
    assertThat(window.keys()).containsExactly("ALPHA-5", "ALPHA-4");
    assertThat(window.matched()).isEqualTo(6);
  }

  @Test
  public void window_shouldRunAtMostFourSearches_whenAnyFilterAndSortIsAsked() {
    // given
    built(stamp);
    someRisks();
    RegisterFilter filter =
        RegisterFilter.activeOnly()
            .withBand("high")
            .overdueAsOf(TODAY)
            .inCell(CellCriterion.of(RiskState.INHERENT, 4, 4));

    // when
    KeyWindow window =
        target.window("alice", "ALPHA", stamp, filter, RegisterSort.DEFAULT, 0, 50).orElseThrow();

    // then: only ALPHA-1 is active, high, overdue and in cell (4,4)
    assertThat(window.keys()).containsExactly("ALPHA-1");
    assertThat(window.matched()).isEqualTo(1);
    assertThat(window.visible()).isEqualTo(6);
    assertThat(window.hidden()).isEqualTo(1);
    assertThat(search.searches()).isLessThanOrEqualTo(4);
  }

  @Test
  public void window_shouldMatchTheOwnerExactly_whenTheOwnerKeyTriesToInjectJql() {
    // given
    built(stamp);
    someRisks();
    String hostile = "x\" OR cf[2] is not EMPTY OR cf[2] = \"y";

    // when
    KeyWindow hostileWindow =
        target
            .window(
                "alice",
                "ALPHA",
                stamp,
                RegisterFilter.ALL.withOwner(hostile),
                RegisterSort.DEFAULT,
                0,
                50)
            .orElseThrow();
    KeyWindow ownerWindow =
        target
            .window(
                "alice",
                "ALPHA",
                stamp,
                RegisterFilter.ALL.withOwner("owner-ALPHA-2"),
                RegisterSort.DEFAULT,
                0,
                50)
            .orElseThrow();

    // then
    assertThat(hostileWindow.keys()).isEmpty();
    assertThat(ownerWindow.keys()).containsExactly("ALPHA-2");
    assertThat(search.calls)
        .anySatisfy(
            c ->
                assertThat(c.jql())
                    .contains("cf[2] = \"x\\\" OR cf[2] is not EMPTY OR cf[2] = \\\"y\""));
  }

  @Test
  public void window_shouldHideEverything_whenTheViewerIsUnknown() {
    // given
    built(stamp);
    someRisks();

    // when
    KeyWindow window =
        target
            .window("ghost", "ALPHA", stamp, RegisterFilter.ALL, RegisterSort.DEFAULT, 0, 50)
            .orElseThrow();

    // then
    assertThat(window.keys()).isEmpty();
    assertThat(window.visible()).isZero();
    assertThat(window.hidden()).isEqualTo(7);
  }

  @Test
  public void window_shouldSeeEveryRiskWithNothingHidden_whenTheViewerIsTheSystem() {
    // given
    built(stamp);
    someRisks();

    // when
    KeyWindow window =
        target
            .window(
                null,
                "ALPHA",
                stamp,
                RegisterFilter.ALL,
                RegisterSort.of(RegisterSort.Field.KEY, RegisterSort.Direction.ASC),
                0,
                50)
            .orElseThrow();

    // then
    assertThat(window.keys())
        .containsExactly(
            "ALPHA-1", "ALPHA-2", "ALPHA-3", "ALPHA-4", "ALPHA-5", "ALPHA-6", "ALPHA-10");
    assertThat(window.hidden()).isZero();
    assertThat(search.calls).allSatisfy(c -> assertThat(c.kind()).endsWith("All"));
  }

  @Test
  public void window_shouldAnswerEmptyAndAskForARebuildOnce_whenBuiltForAnotherStamp() {
    // given
    built("0".repeat(64));
    someRisks();

    // when
    Optional<KeyWindow> first =
        target.window("alice", "ALPHA", stamp, RegisterFilter.ALL, RegisterSort.DEFAULT, 0, 50);
    now.addAndGet(1_000);
    Optional<KeyWindow> second =
        target.window("alice", "ALPHA", stamp, RegisterFilter.ALL, RegisterSort.DEFAULT, 0, 50);

    // then
    assertThat(first).isEmpty();
    assertThat(second).isEmpty();
    assertThat(search.searches()).isZero();
    verify(queue, times(1)).request("ALPHA");
    assertThat(states.get(10000L).target()).isEqualTo(stamp);
  }

  @Test
  public void window_shouldAskAgain_whenTheRunningRebuildStoppedReporting() {
    // given
    states.update(10000L, s -> s.started(stamp, 100, now.get()));
    now.addAndGet(JiraAssessedRiskIndex.STALE_AFTER_MS + 1);

    // when
    target.window("alice", "ALPHA", stamp, RegisterFilter.ALL, RegisterSort.DEFAULT, 0, 50);

    // then
    verify(queue).request("ALPHA");
  }

  @Test
  public void progress_shouldReportTheRunningRebuild_whenNotConsistent() {
    // given
    states.update(10000L, s -> s.started(stamp, 200, now.get()).progressed(50, now.get()));

    // when
    Progress progress = target.progress("ALPHA", stamp);

    // then
    assertThat(progress.consistent()).isFalse();
    assertThat(progress.done()).isEqualTo(50);
    assertThat(progress.total()).isEqualTo(200);
    assertThat(progress.percent()).isEqualTo(25);
    verify(queue, never()).request(any());
  }

  @Test
  public void progress_shouldBeConsistent_whenBuiltForTheStamp() {
    // given
    built(stamp);

    // when / then
    assertThat(target.progress("ALPHA", stamp).consistent()).isTrue();
  }

  @Test
  public void window_shouldAnswerEmpty_whenAFieldWasNotCreated() {
    // given
    built(stamp);
    when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of());

    // when / then
    assertThat(
            target.window("alice", "ALPHA", stamp, RegisterFilter.ALL, RegisterSort.DEFAULT, 0, 5))
        .isEmpty();
  }

  @Test
  public void heatMap_shouldCountEachCellWithTwoCountsPerCellPlusTwo_whenConsistent() {
    // given
    built(stamp);
    someRisks();

    // when
    Tallied<HeatMap> heat = target.heatMap("alice", "ALPHA", stamp, 5, 5).orElseThrow();

    // then
    assertThat(search.searches()).isEqualTo(2 * 5 * 5 + 2);
    HeatMap map = heat.value();
    assertThat(map.cells())
        .filteredOn(c -> c.cell().equals(Cell.of(4, 4)))
        .singleElement()
        .satisfies(c -> assertThat(c.inherent()).isEqualTo(2));
    assertThat(map.cells())
        .filteredOn(c -> c.cell().equals(Cell.of(5, 5)))
        .singleElement()
        .satisfies(c -> assertThat(c.residual()).isEqualTo(1));
    assertThat(map.inherentUnrated()).isEqualTo(2);
    assertThat(heat.hidden()).isEqualTo(1);
  }

  @Test
  public void summary_shouldTallyFromBandsPlusTenSearches_whenConsistent() {
    // given
    built(stamp);
    someRisks();
    when(assessments.assess(any(Issue.class)))
        .thenAnswer(
            inv -> {
              String key = ((Issue) inv.getArgument(0)).getKey();
              BigDecimal emv =
                  key.equals("ALPHA-1") ? new BigDecimal("300.00") : new BigDecimal("100.00");
              RiskKind kind = key.equals("ALPHA-3") ? RiskKind.OPPORTUNITY : RiskKind.THREAT;
              return Optional.of(
                  new Assessment(
                      null,
                      null,
                      new MaterialisedAssessment(
                          key,
                          "t",
                          "t",
                          RiskStatus.OPEN,
                          kind,
                          null,
                          null,
                          null,
                          null,
                          0,
                          null,
                          null,
                          false,
                          emv)));
            });

    // when
    RegisterSummary summary = target.summary("alice", "ALPHA", stamp, TODAY).orElseThrow();

    // then
    assertThat(search.searches()).isEqualTo(model.bands().size() + 10);
    assertThat(summary.total()).isEqualTo(6);
    assertThat(summary.hidden()).isEqualTo(1);
    assertThat(summary.byStatus().get(RiskStatus.OPEN)).isEqualTo(4);
    assertThat(summary.byStatus().get(RiskStatus.CLOSED)).isEqualTo(1);
    assertThat(summary.byKind().get(RiskKind.OPPORTUNITY)).isEqualTo(1);
    assertThat(summary.activeByBand()).containsEntry("high", 2L).containsEntry("medium", 1L);
    assertThat(summary.activeUnrated()).isEqualTo(2);
    assertThat(summary.overdueReviews()).isEqualTo(2);
    assertThat(summary.aboveAppetite()).isEqualTo(2);
    // active risks with an EMV: ALPHA-1 (300), ALPHA-2 (100) threats, ALPHA-3 (100) opportunity
    assertThat(summary.threatEmv()).isEqualByComparingTo("400.00");
    assertThat(summary.opportunityEmv()).isEqualByComparingTo("100.00");
  }

  @Test
  public void summary_shouldAnswerEmpty_whenMoreRisksHaveAnEmvThanAreSummed() {
    // given
    built(stamp);
    for (int i = 1; i <= JiraAssessedRiskIndex.MAX_EMV_RISKS + 1; i++) {
      risk("ALPHA-" + i, RiskStatus.OPEN, RiskKind.THREAT, "0.30", Cell.of(4, 4), null, true);
    }

    // when / then
    assertThat(target.summary("alice", "ALPHA", stamp, TODAY)).isEmpty();
  }

  @Test
  public void topKeys_shouldListTheWorstActiveRatedRisksInOneSearch_whenConsistent() {
    // given
    built(stamp);
    someRisks();

    // when
    List<String> top = target.topKeys("alice", "ALPHA", stamp, 2).orElseThrow();

    // then: ALPHA-5 is closed, ALPHA-6 hidden; ALPHA-1 and ALPHA-3 tie on score and band
    assertThat(top).containsExactly("ALPHA-1", "ALPHA-3");
    assertThat(search.calls).hasSize(1);
    assertThat(search.calls.get(0).max()).isEqualTo(2);
  }

  @Test
  public void window_shouldAnswerEmpty_whenTheViewerMayNotSeeAField() {
    // given
    built(stamp);
    someRisks();
    search.refused.add("cf[1]");

    // when / then
    assertThat(
            target.window("alice", "ALPHA", stamp, RegisterFilter.ALL, RegisterSort.DEFAULT, 0, 5))
        .isEmpty();
  }
}
