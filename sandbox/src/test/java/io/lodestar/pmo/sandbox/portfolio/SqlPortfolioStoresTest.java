package io.lodestar.pmo.sandbox.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.StoredOverride;
import io.lodestar.pmo.engine.health.HealthOverride;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SqlPortfolioStoresTest {

  private final SandboxStore store = TestData.newStore();
  private final SqlPortfolioStore nodes = new SqlPortfolioStore(store);
  private final SqlProjectProfiles profiles = new SqlProjectProfiles(store);
  private final SqlHealthOverrides overrides = new SqlHealthOverrides(store);

  @AfterEach
  void close() {
    store.close();
  }

  private static PortfolioNode program(String key, String parent, List<ProjectScope> scopes) {
    return new PortfolioNode(
        key,
        PortfolioNodeKind.PROGRAM,
        "Program " + key,
        parent,
        "owner",
        "sponsor",
        "EUR",
        PercentCompleteMethod.BY_POINTS,
        scopes,
        0);
  }

  private static PortfolioNode portfolio(String key) {
    return new PortfolioNode(
        key,
        PortfolioNodeKind.PORTFOLIO,
        "Portfolio " + key,
        null,
        "owner",
        "sponsor",
        "USD",
        PercentCompleteMethod.BY_ESTIMATE,
        List.of(),
        0);
  }

  @Test
  void create_shouldRoundTripANodeWithItsScopesInOrder() {
    nodes.create(portfolio("DIGITAL"));
    PortfolioNode mobile =
        program(
            "MOBILE",
            "DIGITAL",
            List.of(
                new ProjectScope.JiraProject("MOBB"),
                new ProjectScope.JiraProject("MOBA"),
                new ProjectScope.Jql("project = X")));

    assertThat(nodes.create(mobile)).isEqualTo(StoreResult.stored(mobile.withVersion(1)));
    assertThat(nodes.find("MOBILE")).contains(mobile.withVersion(1));
    assertThat(nodes.programsOf("DIGITAL")).containsExactly(mobile.withVersion(1));
    assertThat(nodes.holderOf("MOBA")).contains("MOBILE");
  }

  @Test
  void update_shouldReportAConflictAndKeepTheStoredNode_whenTheVersionIsStale() {
    nodes.create(portfolio("DIGITAL"));
    PortfolioNode renamed =
        new PortfolioNode(
            "DIGITAL",
            PortfolioNodeKind.PORTFOLIO,
            "Renamed",
            null,
            "owner",
            "sponsor",
            "USD",
            PercentCompleteMethod.BY_COUNT,
            List.of(),
            1);
    nodes.update(renamed);

    assertThat(nodes.update(portfolio("DIGITAL").withVersion(1)))
        .isEqualTo(new StoreResult.VersionConflict<PortfolioNode>(1, 2));
    assertThat(nodes.find("DIGITAL").orElseThrow().name()).isEqualTo("Renamed");
  }

  @Test
  void save_shouldStoreAProfileAtVersion1AndRefuseAStaleVersion() {
    TestData.project(store, 1, "ALPHA");
    ProjectProfile profile =
        new ProjectProfile(
            "ALPHA",
            "sponsor",
            "manager",
            new BigDecimal("12500.00"),
            "EUR",
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 12, 18),
            "EXECUTING",
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 11, 27),
            0);

    assertThat(profiles.save(profile)).isEqualTo(StoreResult.stored(profile.withVersion(1)));
    assertThat(profiles.find("ALPHA")).contains(profile.withVersion(1));
    assertThat(profiles.save(profile)).isEqualTo(new StoreResult.VersionConflict<>(0, 1));
    assertThat(profiles.save(ProjectProfile.empty("NOPE", "EUR")))
        .isInstanceOf(StoreResult.Missing.class);
  }

  @Test
  void clear_shouldEndTheCurrentOverride_keepingItsHistory() {
    HealthOverride first =
        new HealthOverride(
            Rag.AMBER,
            "Vendor late",
            LocalDate.of(2026, 6, 1),
            "pmo",
            Instant.parse("2026-05-01T10:00:00Z"));
    HealthOverride second =
        new HealthOverride(
            Rag.RED,
            "Vendor gone",
            LocalDate.of(2026, 6, 2),
            "pmo",
            Instant.parse("2026-05-02T10:00:00Z"));
    overrides.add("PROJECT", "ALPHA", first);
    StoredOverride latest = overrides.add("PROJECT", "ALPHA", second);

    assertThat(overrides.current("PROJECT", List.of("ALPHA", "BETA")))
        .containsOnlyKeys("ALPHA")
        .containsEntry("ALPHA", latest);
    assertThat(overrides.clear("PROJECT", "ALPHA", "admin", Instant.parse("2026-05-03T10:00:00Z")))
        .contains(latest);
    assertThat(overrides.current("PROJECT", List.of("ALPHA"))).isEmpty();
    assertThat(
            TestData.count(
                store, "SELECT COUNT(*) FROM health_override WHERE cleared_by = 'admin'"))
        .isEqualTo(2);
  }
}
