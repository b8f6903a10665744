package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.MailOutbox;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxReviewReminderSenderTest {

  private static final HostUser ALICE =
      new HostUser("alice", "alice", "Alice", "alice@example.com");
  private static final HostUser NO_MAIL = new HostUser("nomail", "nomail", "No Mail", null);
  private static final Map<String, HostUser> USERS = Map.of("alice", ALICE, "nomail", NO_MAIL);

  private final List<String[]> queued = new ArrayList<>();
  private final MailOutbox outbox =
      (recipient, subject, html) -> queued.add(new String[] {recipient.email(), subject, html});
  private final SandboxReviewReminderSender target =
      new SandboxReviewReminderSender(
          key -> Optional.ofNullable(USERS.get(key)),
          new BundleTexts(),
          outbox,
          "http://localhost:8090/");

  private static OverdueReview review(String key, String title, int daysOverdue) {
    return new OverdueReview(
        key, "P", title, "alice", LocalDate.of(2025, 3, 1).minusDays(daysOverdue), daysOverdue);
  }

  @Test
  void send_shouldQueueOneMailToTheOwnerWithTheBundleSubject_whenRisksAreOverdue() {
    target.send("alice", List.of(review("P-1", "Supplier", 9), review("P-2", "Staff", 2)));

    assertThat(queued).singleElement().satisfies(m -> assertThat(m[0]).isEqualTo(ALICE.email()));
    assertThat(queued.get(0)[1]).isEqualTo("Lodestar: 2 risk review(s) overdue");
  }

  @Test
  void send_shouldListEachRiskWithALinkToThisSandbox_whenRisksAreOverdue() {
    target.send("alice", List.of(review("P-1", "Supplier", 9)));

    assertThat(queued.get(0)[2])
        .contains("<a href=\"http://localhost:8090/browse/P-1\">P-1</a> Supplier")
        .contains("review was due 2025-02-20 (9 day(s) overdue)")
        .contains("These risks you own are past their review date:");
  }

  @Test
  void send_shouldEscapeTheTitle_whenItHoldsMarkup() {
    target.send("alice", List.of(review("P-1", "<script>x</script> & co", 1)));

    assertThat(queued.get(0)[2])
        .contains("&lt;script&gt;x&lt;/script&gt; &amp; co")
        .doesNotContain("<script>");
  }

  @Test
  void send_shouldThrowAndQueueNothing_whenTheOwnerIsUnknown() {
    assertThatThrownBy(() -> target.send("ghost", List.of(review("P-1", "Supplier", 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ghost");
    assertThat(queued).isEmpty();
  }

  @Test
  void send_shouldThrowAndQueueNothing_whenTheOwnerHasNoAddress() {
    assertThatThrownBy(() -> target.send("nomail", List.of(review("P-1", "Supplier", 1))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(queued).isEmpty();
  }
}
