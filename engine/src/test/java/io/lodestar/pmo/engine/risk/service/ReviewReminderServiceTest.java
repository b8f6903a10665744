package io.lodestar.pmo.engine.risk.service;

import static io.lodestar.pmo.engine.risk.service.RiskRegisterServiceTest.MAPPING;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.UnownedRiskContact;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewReminderServiceTest {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  final InMemoryPorts.Source source = new InMemoryPorts.Source();
  final InMemoryPorts.Settings settings = new InMemoryPorts.Settings();
  final InMemoryPorts.Models models = new InMemoryPorts.Models();
  final InMemoryPorts.Flags flags = new InMemoryPorts.Flags();
  final InMemoryPorts.Sender sender = new InMemoryPorts.Sender();
  final InMemoryPorts.Visibility visibility = new InMemoryPorts.Visibility();
  ReviewReminderService target;

  static RawRiskRecord risk(String key, String owner, LocalDate review, String category) {
    Map<String, RawValue> fields = new HashMap<>();
    if (owner != null) {
      fields.put("owner", RawValue.user(owner));
    }
    if (review != null) {
      fields.put("review", RawValue.date(review));
    }
    return RawRiskRecord.of(
        key, key.substring(0, key.indexOf('-')), "Risk " + key, category, fields);
  }

  @BeforeEach
  void setUp() {
    ScoringModel model = models.create(FormulaModel.pmbokDefault());
    settings.put("ABC", RiskProjectSettings.of(model.id(), MAPPING, null));
    settings.put("XYZ", RiskProjectSettings.of(model.id(), MAPPING, null));
    source.add(risk("ABC-1", "ann", TODAY.minusDays(3), "new"));
    source.add(risk("ABC-2", "ann", TODAY.minusDays(10), "indeterminate"));
    source.add(risk("ABC-3", "bob", TODAY, "new")); // due today: not overdue
    source.add(risk("ABC-4", "bob", TODAY.minusDays(5), "done")); // closed
    source.add(risk("ABC-5", null, TODAY.minusDays(1), "new")); // unowned
    source.add(risk("XYZ-1", "ann", TODAY.minusDays(2), "new"));
    source.add(risk("XYZ-2", "bob", TODAY.minusDays(2), "new"));
    target =
        new ReviewReminderService(
            source, settings, models, flags, sender, visibility, 2, UnownedRiskContact.NOBODY);
  }

  @Test
  void ownersWithOverdueReviews_getOneReminderEachAcrossProjects() {
    ReminderRun run = target.run(TODAY, List.of("ABC", "XYZ", "NOPE"));

    assertThat(sender.sent).extracting(Map.Entry::getKey).containsExactly("ann", "bob");
    assertThat(sender.sent.get(0).getValue())
        .extracting(OverdueReview::issueKey)
        .containsExactly("ABC-2", "ABC-1", "XYZ-1");
    assertThat(sender.sent.get(1).getValue())
        .extracting(OverdueReview::issueKey)
        .containsExactly("XYZ-2");
    assertThat(run.overdue()).isEqualTo(5);
    assertThat(run.newlyFlagged()).isEqualTo(5);
    assertThat(run.remindersSent()).isEqualTo(2);
    assertThat(run.remindedOwnerKeys()).containsExactly("ann", "bob");
    assertThat(run.failedOwnerKeys()).isEmpty();
    assertThat(run.unowned()).isEqualTo(1);
    assertThat(run.flagsWritten()).isEqualTo(5);
    assertThat(run.cancelled()).isFalse();
    assertThat(run.unconfiguredProjectKeys()).containsExactly("NOPE");
    assertThat(run.projectsScanned()).isEqualTo(2);
    assertThat(flags.byKey).containsOnlyKeys("ABC-1", "ABC-2", "ABC-5", "XYZ-1", "XYZ-2");
    assertThat(flags.byKey.get("ABC-1").remindedOn()).isEqualTo(TODAY);
    assertThat(flags.byKey.get("ABC-5").remindedOn()).isNull();
  }

  @Test
  void run_shouldWriteEveryFlagChangeInOneCall() {
    flags.save(new ReviewFlag("ABC-9", "ABC", TODAY.minusDays(3), TODAY.minusDays(1), null));

    ReminderRun run = target.run(TODAY, List.of("ABC", "XYZ"));

    assertThat(flags.writeAlls).isEqualTo(1);
    assertThat(run.flagsWritten()).isEqualTo(5);
    assertThat(run.flagsCleared()).isEqualTo(1);
    assertThat(flags.byKey).doesNotContainKey("ABC-9");
  }

  @Test
  void run_shouldKeepTheNewFlag_whenTheSameIssueKeyIsClearedUnderAnotherProject() {
    // a stale flag of ABC-1 held under XYZ (the issue was moved back): XYZ's scan clears it, ABC's
    // scan flags it; the new flag must survive
    flags.save(new ReviewFlag("ABC-1", "XYZ", TODAY.minusDays(3), TODAY.minusDays(2), null));

    target.run(TODAY, List.of("ABC", "XYZ"));

    assertThat(flags.byKey.get("ABC-1").projectKey()).isEqualTo("ABC");
  }

  @Test
  void unownedOverdueRisk_goesIntoTheProjectLeadsReminder_whenTheProjectHasALead() {
    // given: "lee" leads ABC
    target =
        new ReviewReminderService(
            source,
            settings,
            models,
            flags,
            sender,
            visibility,
            2,
            key -> key.equals("ABC") ? Optional.of("lee") : Optional.empty());

    // when
    ReminderRun run = target.run(TODAY, List.of("ABC", "XYZ"));

    // then
    assertThat(sender.sent).extracting(Map.Entry::getKey).containsExactly("ann", "bob", "lee");
    assertThat(sender.sent.get(2).getValue())
        .extracting(OverdueReview::issueKey, OverdueReview::ownerKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ABC-5", null));
    assertThat(run.unowned()).isZero();
    assertThat(flags.byKey.get("ABC-5").remindedOn()).isEqualTo(TODAY);
  }

  @Test
  void unownedOverdueRisk_isCountedAndRemindsNobody_whenTheLeadMayNotBrowseIt() {
    // given
    visibility.deny("lee", "ABC-5");
    target =
        new ReviewReminderService(
            source, settings, models, flags, sender, visibility, 2, key -> Optional.of("lee"));

    // when
    ReminderRun run = target.run(TODAY, List.of("ABC"));

    // then
    assertThat(sender.sent).extracting(Map.Entry::getKey).containsExactly("ann");
    assertThat(run.unowned()).isEqualTo(1);
    assertThat(flags.byKey.get("ABC-5").remindedOn()).isNull();
  }

  @Test
  void secondRunTheSameDay_sendsNothing() {
    target.run(TODAY, List.of("ABC", "XYZ"));
    sender.sent.clear();

    ReminderRun run = target.run(TODAY, List.of("ABC", "XYZ"));

    assertThat(sender.sent).isEmpty();
    assertThat(run.newlyFlagged()).isZero();
    assertThat(run.overdue()).isEqualTo(5);
  }

  @Test
  void nextDay_onlyTheReviewThatWasDueYesterdayIsNew() {
    target.run(TODAY, List.of("ABC", "XYZ"));
    sender.sent.clear();

    ReminderRun run = target.run(TODAY.plusDays(1), List.of("ABC", "XYZ"));

    assertThat(sender.sent).extracting(Map.Entry::getKey).containsExactly("bob");
    assertThat(sender.sent.get(0).getValue())
        .extracting(OverdueReview::issueKey, OverdueReview::daysOverdue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ABC-3", 1L));
    assertThat(run.newlyFlagged()).isEqualTo(1);
    assertThat(flags.byKey.get("ABC-1").flaggedOn()).isEqualTo(TODAY);
  }

  @Test
  void reviewDateMovedToTheFuture_clearsTheFlag() {
    target.run(TODAY, List.of("ABC"));
    source.byProject.get("ABC").set(0, risk("ABC-1", "ann", TODAY.plusDays(30), "new"));

    ReminderRun run = target.run(TODAY, List.of("ABC"));

    assertThat(run.flagsCleared()).isEqualTo(1);
    assertThat(flags.byKey).doesNotContainKey("ABC-1");
  }

  @Test
  void newMissedReviewDate_isFlaggedAndRemindedAgain() {
    target.run(TODAY, List.of("ABC"));
    sender.sent.clear();
    source.byProject.get("ABC").set(0, risk("ABC-1", "ann", TODAY.plusDays(2), "new"));
    target.run(TODAY, List.of("ABC"));
    LocalDate later = TODAY.plusDays(5);

    target.run(later, List.of("ABC"));

    // bob's ABC-3 (due on TODAY) is also newly overdue by then
    assertThat(sender.sent).extracting(Map.Entry::getKey).containsExactly("ann", "bob");
    assertThat(sender.sent.get(0).getValue())
        .extracting(OverdueReview::issueKey)
        .containsExactly("ABC-1");
    assertThat(flags.byKey.get("ABC-1"))
        .isEqualTo(new ReviewFlag("ABC-1", "ABC", TODAY.plusDays(2), later, later));
  }

  @Test
  void failedSend_leavesFlagsUnremindedSoTheNextRunRetries() {
    sender.failing = true;
    ReminderRun failedRun = target.run(TODAY, List.of("ABC"));
    assertThat(failedRun.failedOwnerKeys()).containsExactly("ann");
    assertThat(flags.byKey.get("ABC-1").remindedOn()).isNull();

    sender.failing = false;
    target.run(TODAY, List.of("ABC"));

    assertThat(sender.sent).extracting(Map.Entry::getKey).containsExactly("ann");
    assertThat(flags.byKey.get("ABC-1").remindedOn()).isEqualTo(TODAY);
  }

  @Test
  void failedSendForOneOwner_stillRemindsTheOthers() {
    sender.failingOwners.add("ann");

    ReminderRun run = target.run(TODAY, List.of("ABC", "XYZ"));

    assertThat(run.failedOwnerKeys()).containsExactly("ann");
    assertThat(run.remindedOwnerKeys()).containsExactly("bob");
    assertThat(sender.sent).extracting(Map.Entry::getKey).containsExactly("bob");
    assertThat(flags.byKey.get("XYZ-2").remindedOn()).isEqualTo(TODAY);
    assertThat(flags.byKey.get("XYZ-1").remindedOn()).isNull();
    assertThat(flags.byKey.get("ABC-1").remindedOn()).isNull();
  }

  @Test
  void riskTheOwnerMayNotBrowse_isFlaggedButLeftOutOfTheReminder() {
    visibility.deny("ann", "ABC-2");

    ReminderRun run = target.run(TODAY, List.of("ABC"));

    assertThat(sender.sent.get(0).getValue())
        .extracting(OverdueReview::issueKey)
        .containsExactly("ABC-1");
    assertThat(run.notVisibleToOwner()).isEqualTo(1);
    assertThat(flags.byKey.get("ABC-2"))
        .isEqualTo(new ReviewFlag("ABC-2", "ABC", TODAY.minusDays(10), TODAY, null));
  }

  @Test
  void ownerWhoMayNotBrowseAnyOfTheirRisks_getsNoReminderAtAll() {
    visibility.deny("bob", "XYZ-2");

    target.run(TODAY, List.of("XYZ"));

    assertThat(sender.sent).extracting(Map.Entry::getKey).containsExactly("ann");
  }

  @Test
  void riskAlreadyRemindedToday_isNotRemindedAgainByASecondRun() {
    flags.save(new ReviewFlag("ABC-1", "ABC", TODAY.minusDays(3), TODAY, TODAY));

    target.run(TODAY, List.of("ABC"));

    assertThat(sender.sent.get(0).getValue())
        .extracting(OverdueReview::issueKey)
        .containsExactly("ABC-2");
  }

  @Test
  void flaggedYesterdayButNotReminded_isRemindedAndKeepsItsFirstFlagDate() {
    flags.save(new ReviewFlag("ABC-1", "ABC", TODAY.minusDays(3), TODAY.minusDays(1), null));

    target.run(TODAY, List.of("ABC"));

    assertThat(flags.byKey.get("ABC-1"))
        .isEqualTo(new ReviewFlag("ABC-1", "ABC", TODAY.minusDays(3), TODAY.minusDays(1), TODAY));
  }

  @Test
  void cancelledBetweenProjects_sendsAndWritesNothing() {
    flags.save(new ReviewFlag("ABC-9", "ABC", TODAY.minusDays(3), TODAY.minusDays(1), null));

    ReminderRun run = target.run(TODAY, List.of("ABC", "XYZ"), new InMemoryPorts.CancelAfter(2));

    assertThat(run.cancelled()).isTrue();
    assertThat(run.projectsScanned()).isEqualTo(1);
    assertThat(run.remindedOwnerKeys()).isEmpty();
    assertThat(run.flagsWritten()).isZero();
    assertThat(sender.sent).isEmpty();
    assertThat(flags.byKey).containsOnlyKeys("ABC-9");
  }

  @Test
  void cancelledWhileWalkingAProject_sendsAndWritesNothing() {
    for (int n = 1; n <= ReviewReminderService.CANCEL_CHECK_EVERY + 20; n++) {
      source.add(risk("BIG-" + n, "ann", TODAY.minusDays(1), "new"));
    }
    settings.put("BIG", settings.byProject.get("ABC").value());
    InMemoryPorts.CancelAfter cancellation = new InMemoryPorts.CancelAfter(2);

    ReminderRun run = target.run(TODAY, List.of("BIG"), cancellation);

    assertThat(run.cancelled()).isTrue();
    assertThat(run.projectsScanned()).isZero();
    assertThat(cancellation.polls).isEqualTo(2);
    assertThat(sender.sent).isEmpty();
    assertThat(flags.byKey).isEmpty();
  }

  @Test
  void runNeverCancelled_pollsTheSignalBeforeEachProject() {
    InMemoryPorts.CancelAfter cancellation = new InMemoryPorts.CancelAfter(Integer.MAX_VALUE);

    ReminderRun run = target.run(TODAY, List.of("ABC", "XYZ"), cancellation);

    assertThat(run.cancelled()).isFalse();
    assertThat(cancellation.polls).isEqualTo(2);
  }

  @Test
  void riskThatGainedAnOwner_isRemindedOnce() {
    target.run(TODAY, List.of("ABC"));
    sender.sent.clear();
    source.byProject.get("ABC").set(4, risk("ABC-5", "carl", TODAY.minusDays(1), "new"));

    target.run(TODAY, List.of("ABC"));

    assertThat(sender.sent).extracting(Map.Entry::getKey).containsExactly("carl");
  }
}
