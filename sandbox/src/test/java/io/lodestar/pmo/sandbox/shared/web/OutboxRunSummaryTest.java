package io.lodestar.pmo.sandbox.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.shared.host.SqlMailOutbox;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxRunSummaryTest {

  @Test
  void reasons_shouldSayNoRiskIsOverdue_whenNothingIsOverdue() {
    OutboxRunSummary run = new OutboxRunSummary(3, 0, 0, 0, 0, 0, 0);

    assertThat(run.reasons())
        .containsExactly("No risk is past its review date, so nobody needed a reminder.");
  }

  @Test
  void reasons_shouldSayNoProjectIsConfigured_whenNoProjectWasScanned() {
    assertThat(new OutboxRunSummary(0, 0, 0, 0, 0, 0, 0).reasons())
        .singleElement()
        .asString()
        .startsWith("No project is configured");
  }

  @Test
  void reasons_shouldCountUnownedHiddenAndUnreachable_whenOverdueRisksReachedNoOne() {
    OutboxRunSummary run = new OutboxRunSummary(2, 6, 6, 0, 1, 2, 3);

    assertThat(run.reasons())
        .containsExactly(
            "2 overdue risks have no owner and no project lead who may see them, so there was"
                + " nobody to remind: give them an owner.",
            "3 overdue risks were left out because their owners may not browse them.",
            "1 owner could not be reached (no e-mail address or the mail was refused); the next"
                + " run tries again.");
  }

  @Test
  void reasons_shouldSayOwnersWereAlreadyReminded_whenNoRiskWasNewlyFlagged() {
    OutboxRunSummary run = new OutboxRunSummary(2, 4, 0, 0, 0, 0, 0);

    assertThat(run.reasons()).singleElement().asString().contains("already reminded");
  }

  @Test
  void headline_shouldUseTheSingular_whenOne() {
    assertThat(new OutboxRunSummary(1, 1, 1, 1, 0, 0, 0).headline())
        .isEqualTo(
            "Review reminders ran over 1 configured project: 1 overdue risk, 1 owner reminded.");
  }

  @Test
  void parse_shouldReadBackTheQuery_andTakeMalformedFiguresAsZero() {
    OutboxRunSummary run = new OutboxRunSummary(2, 6, 5, 4, 1, 2, 3);
    Map<String, String> query = new HashMap<>();
    for (String pair : run.query().split("&")) {
      String[] kv = pair.split("=");
      query.put(kv[0], kv[1]);
    }

    assertThat(OutboxRunSummary.parse(query::get)).isEqualTo(run);
    query.put("overdue", "-4");
    query.put("unowned", "many");
    assertThat(OutboxRunSummary.parse(query::get))
        .isEqualTo(new OutboxRunSummary(2, 0, 5, 4, 1, 0, 3));
  }

  @Test
  void mailView_shouldShowTheQueuedTimeToTheMinuteInUtc() {
    SqlMailOutbox.QueuedMail mail =
        new SqlMailOutbox.QueuedMail(
            1, "u", "u@x.example", "S", "<p>b</p>", Instant.parse("2026-12-03T08:31:16.123456Z"));

    assertThat(OutboxMailView.of(mail).queuedAt()).isEqualTo("3 Dec 2026, 08:31 UTC");
  }
}
