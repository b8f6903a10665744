package io.lodestar.pmo.jira.standardization.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import java.time.Instant;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class AoTemplateStoreTest {

  private static final Instant AT = Instant.parse("2026-12-03T10:15:30Z");

  private InMemoryActiveObjects ao;
  private InMemoryClusterLockService lockService;
  private AoTemplateStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(TemplateVersionEntity.class);
    lockService = new InMemoryClusterLockService();
    AoTransactions tx = new AoTransactions(ao);
    target = new AoTemplateStore(ao, tx, new ClusterWriteLocks(lockService, tx));
  }

  private static Template delivery() {
    return Template.create("delivery", StandardizationFixtures.content("Delivery v3"), "pmo", AT)
        .orElseThrow();
  }

  @Test
  public void find_shouldGiveBackEveryVersionAsCreatedAndEdited_whenContentNeedsEscaping() {
    // given a template created and edited once
    Template v1 = delivery();
    assertThat(target.create(v1)).isTrue();
    Template v2 =
        v1.edit(StandardizationFixtures.content("Delivery \"v4\"\t\\"), "lead", AT.plusSeconds(60))
            .orElseThrow();

    // when the second version is added on top of the first
    boolean added = target.addVersion(v2, 1);

    // then both versions read back equal, and under the template's lock
    assertThat(added).isTrue();
    assertThat(target.find("delivery")).contains(v2);
    assertThat(target.all()).containsExactly(v2);
    assertThat(target.version("delivery", 1)).contains(v1.latest());
    assertThat(lockService.requested())
        .contains(ClusterWriteLocks.PREFIX + "std-template.delivery");
  }

  @Test
  public void addVersion_shouldRefuseAndWriteNothing_whenTheStoredLatestIsAnother() {
    // given version 1 stored, and two edits both based on it
    Template v1 = delivery();
    target.create(v1);
    Template first = v1.edit(StandardizationFixtures.content("A"), "a", AT).orElseThrow();
    Template second = v1.edit(StandardizationFixtures.content("B"), "b", AT).orElseThrow();
    assertThat(target.addVersion(first, 1)).isTrue();

    // when the second one is added based on version 1
    boolean added = target.addVersion(second, 1);

    // then it is refused (409 upstream) and the first edit stays
    assertThat(added).isFalse();
    assertThat(target.find("delivery")).contains(first);
    assertThat(ao.rows(TemplateVersionEntity.class)).hasSize(2);
  }

  @Test
  public void create_shouldRefuse_whenATemplateWithTheIdExists() {
    target.create(delivery());

    boolean again =
        target.create(
            Template.create("delivery", StandardizationFixtures.content("Other"), "x", AT)
                .orElseThrow());

    assertThat(again).isFalse();
    assertThat(target.find("delivery").orElseThrow().latest().content().name())
        .isEqualTo("Delivery v3");
  }

  @Test
  public void find_shouldBeEmpty_forAnUnknownOrNullId() {
    assertThat(target.find("nope")).isEmpty();
    assertThat(target.find(null)).isEmpty();
    assertThat(target.all()).isEmpty();
  }

  @Test
  public void find_shouldNameTheRow_whenTheStoredContentIsMalformed() {
    // given a row whose content is not JSON
    ao.insertRaw(
        TemplateVersionEntity.class,
        Map.of(
            "VERSION_KEY", "broken#1",
            "TEMPLATE_ID", "broken",
            "VERSION_NUMBER", 1,
            "NAME", "Broken",
            "CONTENT", "{\"name\": ",
            "AUTHOR_KEY", "pmo",
            "CREATED_AT", java.util.Date.from(AT)));

    // when read, then the failure names the table and row
    assertThatThrownBy(() -> target.find("broken"))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("STD_TPL_VERSION row");
  }
}
