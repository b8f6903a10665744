package io.lodestar.pmo.jira.portfolio.index;

import static io.lodestar.pmo.jira.portfolio.index.JiraRollupIndexTest.MOB;
import static io.lodestar.pmo.jira.portfolio.index.JiraRollupIndexTest.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.portfolio.LiveSnapshotSource;
import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.rollup.StatusCategory;
import io.lodestar.pmo.jira.portfolio.persistence.AoHealthOverrides;
import io.lodestar.pmo.jira.portfolio.persistence.AoObjectives;
import io.lodestar.pmo.jira.portfolio.persistence.AoPortfolioStore;
import io.lodestar.pmo.jira.portfolio.persistence.AoProjectProfileStore;
import io.lodestar.pmo.jira.portfolio.persistence.HealthOverrideEntity;
import io.lodestar.pmo.jira.portfolio.persistence.ObjectiveEntity;
import io.lodestar.pmo.jira.portfolio.persistence.ObjectiveLinkEntity;
import io.lodestar.pmo.jira.portfolio.persistence.PortfolioNodeEntity;
import io.lodestar.pmo.jira.portfolio.persistence.PortfolioScopeEntity;
import io.lodestar.pmo.jira.portfolio.persistence.ProjectProfileEntity;
import io.lodestar.pmo.jira.shared.persistence.AoAuditLog;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.AuditEntryEntity;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * The snapshot job's source as wired in Jira (lodestar-portfolio-snapshot.xml): the app's
 * LiveSnapshotSource over the Active Objects stores and the Jira rollup index.
 */
public class JiraSnapshotSourceTest {

  @Test
  public void snapshot_shouldCarryTheProjectsRollupFromTheIndex_onceItIsBuilt() {
    InMemoryActiveObjects ao = new InMemoryActiveObjects();
    ao.migrate(
        PortfolioNodeEntity.class,
        PortfolioScopeEntity.class,
        ObjectiveEntity.class,
        ObjectiveLinkEntity.class,
        HealthOverrideEntity.class,
        ProjectProfileEntity.class,
        AuditEntryEntity.class);
    AoTransactions transactions = new AoTransactions(ao);
    ClusterWriteLocks locks = new ClusterWriteLocks(new InMemoryClusterLockService(), transactions);
    AoPortfolioStore nodes = new AoPortfolioStore(ao, transactions, locks);
    AoProjectProfileStore profiles = new AoProjectProfileStore(ao, transactions, locks);
    nodes.create(
        new PortfolioNode(
            "DIGITAL",
            PortfolioNodeKind.PORTFOLIO,
            "Digital",
            null,
            "o",
            "s",
            "EUR",
            PercentCompleteMethod.BY_COUNT,
            List.of(new ProjectScope.JiraProject("MOB")),
            0));
    profiles.save(
        new ProjectProfile(
            "MOB",
            null,
            null,
            new BigDecimal("1000"),
            "EUR",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            "EXECUTING",
            null,
            null,
            0));
    FakeRollupIssueSource issues = new FakeRollupIssueSource();
    issues.put(issue(1, MOB, null, StatusCategory.DONE, 3.0));
    issues.put(issue(2, MOB, 500L, StatusCategory.TO_DO, 5.0)); // a security level: still counted
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T00:15:00Z"), ZoneOffset.UTC);
    JiraRollupIndex index =
        new JiraRollupIndex(
            nodes,
            key -> "MOB".equals(key) ? MOB : null,
            issues,
            viewer -> new ViewerGrants.Grants(Set.of(), Set.of()),
            clock);
    ProjectDirectory projects = mock(ProjectDirectory.class);
    when(projects.byKey("MOB")).thenReturn(Optional.of(new ProjectRef(MOB, "MOB", "Mobile")));
    LiveSnapshotSource target =
        new LiveSnapshotSource(
            new PortfolioOverviews(
                nodes,
                profiles,
                new AoHealthOverrides(ao, transactions, locks),
                new AoObjectives(ao),
                index,
                new AoAuditLog(ao),
                transactions,
                clock),
            nodes,
            profiles,
            projects);
    LocalDate today = LocalDate.of(2026, 12, 3);

    Optional<MetricSnapshot> warming = target.snapshot(SnapshotNode.project("MOB"), today);
    index.build();
    MetricSnapshot built = target.snapshot(SnapshotNode.project("MOB"), today).orElseThrow();

    assertThat(target.nodes()).contains(SnapshotNode.project("MOB"));
    assertThat(warming).isPresent();
    assertThat(warming.get().statusCounts().total()).isZero();
    assertThat(built.statusCounts().total()).isEqualTo(2);
    assertThat(built.statusCounts().done()).isEqualTo(1);
  }
}
