package io.lodestar.pmo.jira.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.audit.AuditFilter;
import io.lodestar.pmo.engine.shared.AuditEntry;
import java.time.Instant;
import org.junit.Before;
import org.junit.Test;

public class AoAuditLogTest {

  private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

  private InMemoryActiveObjects ao;
  private AoAuditLog target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    target = new AoAuditLog(ao);
  }

  @Test
  public void record_shouldStoreEveryField() {
    AuditEntry entry = entry("7", "before", "after", 0);

    target.record(entry);

    assertThat(target.page(0, 10)).containsExactly(entry);
  }

  @Test
  public void record_shouldKeepAbsentBeforeAndAfter_whenCreatedOrDeleted() {
    AuditEntry created = entry("7", null, "after", 0);
    AuditEntry deleted = entry("7", "after", null, 1);

    target.record(created);
    target.record(deleted);

    assertThat(target.page(0, 10)).containsExactly(deleted, created);
  }

  @Test
  public void page_shouldReturnNewestFirstAndOnlyTheRequestedPage() {
    for (int i = 0; i < 5; i++) {
      target.record(entry(Integer.toString(i), null, "v" + i, i));
    }

    assertThat(target.page(1, 2)).extracting(AuditEntry::targetId).containsExactly("3", "2");
    assertThat(target.count()).isEqualTo(5);
  }

  @Test
  public void pageFor_shouldReturnOnlyTheHistoryOfOneTarget() {
    target.record(entry("7", null, "a", 0));
    target.record(entry("8", null, "b", 1));
    target.record(entry("7", "a", "c", 2));

    assertThat(target.pageFor("risk.scoringModel", "7", 0, 10))
        .extracting(AuditEntry::after)
        .containsExactly("c", "a");
  }

  @Test
  public void pageAndCount_shouldKeepToTheFilter_whenFilteredByTypeOrTarget() {
    target.record(entry("7", null, "a", 0));
    target.record(
        new AuditEntry(
            "u1",
            "lodestar.risk.audit.settings.saved",
            "risk.projectSettings",
            "MOBA",
            null,
            "s",
            T0));
    target.record(entry("8", null, "b", 1));

    assertThat(target.page(AuditFilter.ofType("risk.scoringModel"), 0, 10))
        .extracting(AuditEntry::after)
        .containsExactly("b", "a");
    assertThat(target.count(AuditFilter.ofType("risk.scoringModel"))).isEqualTo(2);
    assertThat(target.count(AuditFilter.ofTarget("risk.projectSettings", "MOBA"))).isEqualTo(1);
    assertThat(target.count(AuditFilter.ALL)).isEqualTo(3);
  }

  @Test
  public void page_shouldRefuse_whenThePageIsTooLarge() {
    assertThatThrownBy(
            () -> target.page(0, io.lodestar.pmo.app.shared.audit.AuditHistory.MAX_PAGE_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void record_shouldRefuseAndWriteNothing_whenTheActionIsTooLong() {
    AuditEntry entry =
        new AuditEntry("u1", "x".repeat(256), "risk.scoringModel", "7", null, null, T0);

    assertThatThrownBy(() -> target.record(entry)).isInstanceOf(IllegalArgumentException.class);
    assertThat(target.count()).isZero();
  }

  private static AuditEntry entry(String targetId, String before, String after, int minutes) {
    return new AuditEntry(
        "u1",
        "lodestar.risk.audit.model.updated",
        "risk.scoringModel",
        targetId,
        before,
        after,
        T0.plusSeconds(60L * minutes));
  }
}
