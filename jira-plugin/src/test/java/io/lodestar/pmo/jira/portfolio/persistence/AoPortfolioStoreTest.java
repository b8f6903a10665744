package io.lodestar.pmo.jira.portfolio.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.shared.persistence.Races;
import io.lodestar.pmo.jira.shared.persistence.WriteLockUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class AoPortfolioStoreTest {

  private InMemoryActiveObjects ao;
  private InMemoryClusterLockService lockService;
  private AoTransactions transactions;
  private AoPortfolioStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(PortfolioNodeEntity.class, PortfolioScopeEntity.class);
    lockService = new InMemoryClusterLockService();
    transactions = new AoTransactions(ao);
    target = store(Duration.ofSeconds(5));
  }

  private AoPortfolioStore store(Duration wait) {
    return new AoPortfolioStore(
        ao, transactions, new ClusterWriteLocks(lockService, transactions, wait));
  }

  private static PortfolioNode portfolio(String key, List<ProjectScope> scopes) {
    return new PortfolioNode(
        key,
        PortfolioNodeKind.PORTFOLIO,
        "Portfolio " + key,
        null,
        "owner",
        "sponsor",
        "EUR",
        PercentCompleteMethod.BY_POINTS,
        scopes,
        0);
  }

  private static PortfolioNode program(String key, String parent) {
    return new PortfolioNode(
        key,
        PortfolioNodeKind.PROGRAM,
        "Program " + key,
        parent,
        "owner",
        "sponsor",
        "USD",
        PercentCompleteMethod.BY_COUNT,
        List.of(new ProjectScope.JiraProject(key + "P")),
        0);
  }

  @Test
  public void create_shouldStoreVersionOneWithEveryScopeInOrder() {
    List<ProjectScope> scopes =
        List.of(
            new ProjectScope.JiraProject("MOB"),
            new ProjectScope.SavedFilter(10400),
            new ProjectScope.Jql("labels = initiative-x AND project in (A, B)"));

    StoreResult<PortfolioNode> result = target.create(portfolio("DIGITAL", scopes));

    assertThat(result).isEqualTo(StoreResult.stored(portfolio("DIGITAL", scopes).withVersion(1)));
    assertThat(target.find("DIGITAL")).contains(portfolio("DIGITAL", scopes).withVersion(1));
  }

  @Test
  public void create_shouldConflict_whenTheKeyExists() {
    target.create(portfolio("DIGITAL", List.of()));

    StoreResult<PortfolioNode> again = target.create(portfolio("DIGITAL", List.of()));

    assertThat(again).isEqualTo(StoreResult.conflict(0, 1));
    assertThat(ao.rows(PortfolioNodeEntity.class)).hasSize(1);
  }

  @Test
  public void update_shouldReplaceTheScopesAndBumpTheVersion_whenTheVersionMatches() {
    target.create(portfolio("DIGITAL", List.of(new ProjectScope.JiraProject("MOB"))));
    PortfolioNode changed =
        portfolio("DIGITAL", List.of(new ProjectScope.JiraProject("WEB"))).withVersion(1);

    StoreResult<PortfolioNode> result = target.update(changed);

    assertThat(result).isEqualTo(StoreResult.stored(changed.withVersion(2)));
    assertThat(target.find("DIGITAL").orElseThrow().scopes())
        .containsExactly(new ProjectScope.JiraProject("WEB"));
    assertThat(ao.rows(PortfolioScopeEntity.class)).hasSize(1);
  }

  @Test
  public void update_shouldConflictAndChangeNothing_whenTheVersionIsStale() {
    target.create(portfolio("DIGITAL", List.of(new ProjectScope.JiraProject("MOB"))));
    target.update(portfolio("DIGITAL", List.of()).withVersion(1));

    StoreResult<PortfolioNode> stale =
        target.update(
            portfolio("DIGITAL", List.of(new ProjectScope.JiraProject("X"))).withVersion(1));

    assertThat(stale).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.find("DIGITAL").orElseThrow().scopes()).isEmpty();
  }

  @Test
  public void update_shouldBeMissing_whenNoSuchNode() {
    assertThat(target.update(portfolio("NOPE", List.of()).withVersion(1)))
        .isEqualTo(StoreResult.missing());
  }

  @Test
  public void update_shouldFailFastAndChangeNothing_whenTheLockIsHeldElsewhere() throws Exception {
    target.create(portfolio("DIGITAL", List.of()));
    String lock = "lodestar.internal.lock.portfolio-node.DIGITAL";
    Thread otherNode = Races.holdLock(lockService, lock);
    try {
      assertThatThrownBy(
              () ->
                  store(Duration.ofMillis(50))
                      .update(portfolio("DIGITAL", List.of()).withVersion(1)))
          .isInstanceOf(WriteLockUnavailableException.class)
          .hasMessageContaining(lock);
    } finally {
      otherNode.interrupt();
      otherNode.join();
    }
    assertThat(target.find("DIGITAL").orElseThrow().version()).isEqualTo(1);
    assertThat(lockService.isLocked(lock)).isFalse();
  }

  @Test
  public void programsOf_shouldListTheChildrenByKey_andListShouldPage() {
    target.create(portfolio("DIGITAL", List.of()));
    target.create(program("ZETA", "DIGITAL"));
    target.create(program("ALPHA", "DIGITAL"));
    target.create(program("OTHER", "ELSEWHERE"));

    assertThat(target.programsOf("DIGITAL"))
        .extracting(PortfolioNode::key)
        .containsExactly("ALPHA", "ZETA");
    assertThat(target.programsOf("DIGITAL").get(0).scopes())
        .containsExactly(new ProjectScope.JiraProject("ALPHAP"));
    assertThat(target.list(1, 2))
        .extracting(PortfolioNode::key)
        .containsExactly("DIGITAL", "OTHER");
    assertThatThrownBy(() -> target.list(0, 1_001)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void find_shouldFailLoudly_whenAScopeRowLacksItsColumn() {
    target.create(portfolio("DIGITAL", List.of()));
    ao.insertRaw(
        PortfolioScopeEntity.class,
        Map.of("NODE_KEY", "DIGITAL", "SCOPE_INDEX", 0, "SCOPE_KIND", "FILTER"));

    assertThatThrownBy(() -> target.find("DIGITAL"))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("FILTER");
  }
}
