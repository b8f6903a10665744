package io.lodestar.pmo.app.portfolio;

import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.IndexState;
import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.engine.health.Health;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.Progress;
import io.lodestar.pmo.engine.rollup.Rollup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's overview as one viewer sees it.
 *
 * @param project the project
 * @param holder the program (or portfolio) holding it, if any
 * @param profile its profile, if one is stored
 * @param index the rollup index's state
 * @param rollup its rollup; empty while the index warms
 * @param progress its % complete by the holder's method (by count without one)
 * @param health computed health and the override beside it
 * @param evm its earned value in its own currency
 * @param epics one page of its epics
 * @param epicCount its epics in all
 * @param startAt the page's first epic
 */
public record ProjectOverview(
    ProjectRef project,
    Optional<PortfolioNode> holder,
    Optional<ProjectProfile> profile,
    IndexState index,
    Optional<Rollup> rollup,
    Optional<Progress> progress,
    Health health,
    EvmRow evm,
    List<NodeRow> epics,
    int epicCount,
    int startAt) {
  public ProjectOverview {
    Objects.requireNonNull(project, "project");
    epics = List.copyOf(epics);
  }
}
