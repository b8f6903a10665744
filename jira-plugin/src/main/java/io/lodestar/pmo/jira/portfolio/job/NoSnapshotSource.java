package io.lodestar.pmo.jira.portfolio.job;

import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The {@link SnapshotSource} until the portfolio layer provides one: no node, so the job runs,
 * takes its lock, stores nothing and applies no retention. Replace the {@code snapshotSource} bean
 * in {@code lodestar-portfolio-snapshot.xml} with the portfolio layer's implementation.
 */
public final class NoSnapshotSource implements SnapshotSource {

  @Override
  public List<SnapshotNode> nodes() {
    return List.of();
  }

  @Override
  public Optional<MetricSnapshot> snapshot(SnapshotNode node, LocalDate date) {
    return Optional.empty();
  }
}
