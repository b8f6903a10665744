package io.lodestar.pmo.jira.risk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.mapping.MappedRisk;
import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.engine.risk.port.ReviewReminderSender;
import io.lodestar.pmo.engine.risk.port.RiskReviewFlagStore;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.shared.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class ReviewReminderSweepTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @Mock private RiskRegisterService registerService;
  @Mock private RiskReviewFlagStore flagStore;
  @Mock private ReviewReminderSender sender;
  @Mock private OwnerVisibility ownerVisibility;

  private final Map<String, List<Risk>> risksByProject = new HashMap<>();

  private ReviewReminderSweep target;

  @Before
  @SuppressWarnings("unchecked")
  public void setUp() {
    when(ownerVisibility.mayBrowse(anyString(), anyString())).thenReturn(true);
    when(registerService.forEachRisk(isNull(), anyString(), any()))
        .thenAnswer(
            inv -> {
              String project = inv.getArgument(1);
              Consumer<MappedRisk> consumer = inv.getArgument(2);
              List<Risk> risks = risksByProject.getOrDefault(project, List.of());
              risks.forEach(r -> consumer.accept(new MappedRisk(r, List.of())));
              return Outcome.ok(new RiskRegisterService.WalkTotals(risks.size(), 0));
            });
    target = new ReviewReminderSweep(registerService, flagStore, sender, ownerVisibility);
  }

  private void given(String project, Risk... risks) {
    risksByProject.put(project, List.of(risks));
  }

  private static Risk risk(String key, String owner, LocalDate review) {
    return Risk.builder(key, key.substring(0, key.indexOf('-')), "Title " + key)
        .owner(owner)
        .reviewDate(review)
        .build();
  }

  @Test
  public void run_shouldSendOneReminderPerOwnerAcrossProjects_mostOverdueFirst() {
    // given: alice owns two overdue risks in two projects, bob one; one risk is not overdue
    given(
        "ALPHA",
        risk("ALPHA-1", "alice", TODAY.minusDays(2)),
        risk("ALPHA-2", "bob", TODAY.minusDays(1)),
        risk("ALPHA-3", "alice", TODAY));
    given("BETA", risk("BETA-1", "alice", TODAY.minusDays(10)));

    // when
    ReviewSweepResult result = target.run(List.of("ALPHA", "BETA"), TODAY, () -> false);

    // then
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<OverdueReview>> lists = ArgumentCaptor.forClass(List.class);
    verify(sender).send(eq("alice"), lists.capture());
    assertThat(lists.getValue())
        .extracting(OverdueReview::issueKey)
        .containsExactly("BETA-1", "ALPHA-1");
    verify(sender).send(eq("bob"), any());
    assertThat(result.reminded()).isEqualTo(2);
    assertThat(result.overdue()).isEqualTo(3);
  }

  @Test
  public void run_shouldFlagButNotRemind_whenRiskIsUnowned() {
    given("ALPHA", risk("ALPHA-1", null, TODAY.minusDays(3)));

    ReviewSweepResult result = target.run(List.of("ALPHA"), TODAY, () -> false);

    verifyNoInteractions(sender);
    verify(flagStore).save(new ReviewFlag("ALPHA-1", "ALPHA", TODAY.minusDays(3), TODAY, null));
    assertThat(result.unowned()).isEqualTo(1);
  }

  @Test
  public void run_shouldNotListRiskToOwner_whenOwnerMayNotBrowseIt() {
    // given: issue security hides ALPHA-2 from its owner
    given(
        "ALPHA",
        risk("ALPHA-1", "alice", TODAY.minusDays(1)),
        risk("ALPHA-2", "alice", TODAY.minusDays(1)));
    when(ownerVisibility.mayBrowse("alice", "ALPHA-2")).thenReturn(false);

    // when
    target.run(List.of("ALPHA"), TODAY, () -> false);

    // then
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<OverdueReview>> list = ArgumentCaptor.forClass(List.class);
    verify(sender).send(eq("alice"), list.capture());
    assertThat(list.getValue()).extracting(OverdueReview::issueKey).containsExactly("ALPHA-1");
    verify(flagStore).save(new ReviewFlag("ALPHA-2", "ALPHA", TODAY.minusDays(1), TODAY, null));
  }

  @Test
  public void run_shouldNotRecordReminder_whenSenderCannotDeliver() {
    given("ALPHA", risk("ALPHA-1", "carol", TODAY.minusDays(1)));
    doThrow(new ReminderNotSentException("no e-mail")).when(sender).send(eq("carol"), any());

    ReviewSweepResult result = target.run(List.of("ALPHA"), TODAY, () -> false);

    verify(flagStore).save(new ReviewFlag("ALPHA-1", "ALPHA", TODAY.minusDays(1), TODAY, null));
    assertThat(result.notReminded()).isEqualTo(1);
  }

  @Test
  public void run_shouldRecordReminderAndKeepFirstFlagDate_whenAlreadyFlagged() {
    // given: flagged yesterday for the same missed date, not reminded then
    given("ALPHA", risk("ALPHA-1", "alice", TODAY.minusDays(5)));
    when(flagStore.flagsOf("ALPHA"))
        .thenReturn(
            List.of(
                new ReviewFlag("ALPHA-1", "ALPHA", TODAY.minusDays(5), TODAY.minusDays(1), null)));

    // when
    target.run(List.of("ALPHA"), TODAY, () -> false);

    // then
    verify(flagStore)
        .save(new ReviewFlag("ALPHA-1", "ALPHA", TODAY.minusDays(5), TODAY.minusDays(1), TODAY));
  }

  @Test
  public void run_shouldNotRemindTwice_whenAlreadyRemindedToday() {
    given("ALPHA", risk("ALPHA-1", "alice", TODAY.minusDays(5)));
    when(flagStore.flagsOf("ALPHA"))
        .thenReturn(List.of(new ReviewFlag("ALPHA-1", "ALPHA", TODAY.minusDays(5), TODAY, TODAY)));

    target.run(List.of("ALPHA"), TODAY, () -> false);

    verifyNoInteractions(sender);
  }

  @Test
  public void run_shouldClearFlag_whenRiskIsNoLongerOverdue() {
    given("ALPHA", risk("ALPHA-1", "alice", TODAY.plusDays(30)));
    when(flagStore.flagsOf("ALPHA"))
        .thenReturn(
            List.of(
                new ReviewFlag("ALPHA-1", "ALPHA", TODAY.minusDays(5), TODAY.minusDays(4), null)));

    ReviewSweepResult result = target.run(List.of("ALPHA"), TODAY, () -> false);

    verify(flagStore).clear("ALPHA-1");
    assertThat(result.cleared()).isEqualTo(1);
  }

  @Test
  public void run_shouldSendAndWriteNothing_whenCancelledBetweenProjects() {
    // given: cancellation arrives after the first project
    given("ALPHA", risk("ALPHA-1", "alice", TODAY.minusDays(1)));
    given("BETA", risk("BETA-1", "bob", TODAY.minusDays(1)));
    List<Boolean> answers = new ArrayList<>(List.of(false, true));

    // when
    ReviewSweepResult result =
        target.run(List.of("ALPHA", "BETA"), TODAY, () -> answers.isEmpty() || answers.remove(0));

    // then
    assertThat(result.cancelled()).isTrue();
    verifyNoInteractions(sender);
    verify(flagStore, never()).save(any());
    verify(flagStore, never()).clear(anyString());
  }

  @Test
  public void run_shouldSkipProject_whenRiskManagementIsNotConfigured() {
    when(registerService.forEachRisk(isNull(), eq("NONE"), any()))
        .thenReturn(Outcome.notFound("lodestar.risk.project.notConfigured", "NONE"));

    ReviewSweepResult result = target.run(List.of("NONE"), TODAY, () -> false);

    assertThat(result.projects()).isZero();
    verify(flagStore, never()).flagsOf("NONE");
  }
}
