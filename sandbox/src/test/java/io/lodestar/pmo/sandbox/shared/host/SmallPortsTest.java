package io.lodestar.pmo.sandbox.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.audit.AuditFilter;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The small ports: audit log, mail outbox, texts, users and password hashes. */
class SmallPortsTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  private final SandboxStore store = TestData.newStore();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void auditLog_shouldPageNewestFirst() {
    SqlAuditLog target = new SqlAuditLog(store);
    for (int i = 1; i <= 3; i++) {
      target.record(new AuditEntry("u", "a" + i, "t", "id", null, "after", NOW));
    }

    assertThat(target.page(0, 2)).extracting(AuditEntry::action).containsExactly("a3", "a2");
    assertThat(target.page(2, 2)).extracting(AuditEntry::action).containsExactly("a1");
    assertThat(target.count()).isEqualTo(3);
  }

  @Test
  void auditLog_shouldPageAndCountOnlyTheFilteredEntries_whenFilteredByTypeOrTarget() {
    SqlAuditLog target = new SqlAuditLog(store);
    target.record(new AuditEntry("u", "a1", "risk.projectSettings", "MOBA", null, "x", NOW));
    target.record(new AuditEntry("u", "a2", "risk.projectSettings", "WEBA", null, "x", NOW));
    target.record(new AuditEntry("u", "a3", "risk.scoringModel", "MOBA", null, "x", NOW));
    target.record(new AuditEntry("u", "a4", "risk.projectSettings", "MOBA", "x", "y", NOW));

    AuditFilter moba = AuditFilter.ofTarget("risk.projectSettings", "MOBA");
    assertThat(target.page(moba, 0, 10)).extracting(AuditEntry::action).containsExactly("a4", "a1");
    assertThat(target.count(moba)).isEqualTo(2);
    assertThat(target.page(AuditFilter.ofType("risk.projectSettings"), 1, 1))
        .extracting(AuditEntry::action)
        .containsExactly("a2");
    assertThat(target.count(AuditFilter.ofType("risk.scoringModel"))).isEqualTo(1);
    assertThat(target.count(AuditFilter.ALL)).isEqualTo(4);
  }

  @Test
  void users_shouldFindByLoginOrNameWordPrefixBoundedAndTakeWildcardsLiterally() {
    SandboxUsers target = new SandboxUsers(store, new PasswordHasher());
    target.save(new HostUser("k1", "asmith", "Alice Smith", null), null, false);
    target.save(new HostUser("k2", "bjones", "Bob Smithers", null), null, false);
    target.save(new HostUser("k3", "csmall", "Carol Small", null), null, false);
    target.save(new HostUser("k4", "d_x", "Dan X", null), null, false);

    assertThat(target.search("SMITH", 10))
        .extracting(HostUser::username)
        .containsExactly("asmith", "bjones");
    assertThat(target.search("sm", 2)).hasSize(2);
    assertThat(target.search("car", 10)).extracting(HostUser::key).containsExactly("k3");
    assertThat(target.search("d_", 10)).extracting(HostUser::key).containsExactly("k4");
    assertThat(target.search("%", 10)).isEmpty();
  }

  @Test
  void mailOutbox_shouldKeepQueuedMailForTheOutboxPage() {
    SqlMailOutbox target = new SqlMailOutbox(store, Clock.fixed(NOW, ZoneOffset.UTC));

    target.enqueue(new HostUser("u", "u", "U", "u@example.com"), "Subject", "<p>Body</p>");

    assertThat(target.page(0, 10))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.recipientEmail()).isEqualTo("u@example.com");
              assertThat(m.subject()).isEqualTo("Subject");
              assertThat(m.htmlBody()).isEqualTo("<p>Body</p>");
              assertThat(m.queuedAt()).isEqualTo(NOW);
            });
  }

  @Test
  void mailOutbox_shouldRefuseARecipientWithoutAddress() {
    SqlMailOutbox target = new SqlMailOutbox(store, Clock.systemUTC());

    assertThatThrownBy(() -> target.enqueue(new HostUser("u", "u", "U", null), "s", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(target.count()).isZero();
  }

  @Test
  void texts_shouldFormatKeysFromThePluginBundle_andEchoUnknownKeys() {
    BundleTexts target = new BundleTexts();

    assertThat(target.text("lodestar.risk.reminder.subject", 3)).contains("3");
    assertThat(target.text("lodestar.no.such.key")).isEqualTo("lodestar.no.such.key");
  }

  @Test
  void texts_shouldKeepApostrophes_whenATextHasNoArguments() {
    BundleTexts target = new BundleTexts();

    assertThat(target.text("lodestar.risk.admin.settings.source.project"))
        .isEqualTo("These are the project's own settings.");
  }

  @Test
  void users_shouldAuthenticateWithTheRightPasswordOnly() {
    SandboxUsers target = new SandboxUsers(store, new PasswordHasher(new SecureRandom(), 1000));
    HostUser pat = new HostUser("pat", "Pat", "Pat PMO", "pat@example.com");
    target.save(pat, "secret", false);

    assertThat(target.authenticate("pat", "secret")).contains(pat);
    assertThat(target.authenticate("pat", "wrong")).isEmpty();
    assertThat(target.authenticate("nobody", "secret")).isEmpty();
  }

  @Test
  void passwordHasher_shouldSaltEachHash() {
    PasswordHasher target = new PasswordHasher(new SecureRandom(), 1000);

    String first = target.hash("pw");
    String second = target.hash("pw");

    assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$1000$");
    assertThat(target.matches("pw", first)).isTrue();
    assertThat(target.matches("pw", "garbage")).isFalse();
  }
}
