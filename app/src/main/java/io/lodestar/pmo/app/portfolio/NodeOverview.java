package io.lodestar.pmo.app.portfolio;

import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.IndexState;
import io.lodestar.pmo.engine.alignment.AlignmentCoverage;
import io.lodestar.pmo.engine.alignment.StrategicObjective;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.Progress;
import io.lodestar.pmo.engine.rollup.Rollup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A portfolio's or a program's overview as one viewer sees it.
 *
 * @param node the portfolio or program
 * @param parent a program's portfolio; empty for a portfolio
 * @param index the rollup index's state (pages say "index warming, N %" until it is ready)
 * @param total the node's rollup; empty while the index warms
 * @param progress the node's % complete; empty while the index warms
 * @param children one page of programs and directly held projects (or a program's projects)
 * @param childCount how many visible children in all
 * @param startAt the page's first child
 * @param hiddenProjects projects of the node the viewer may not browse (left out of every table;
 *     their issues are in the rollups' hidden counts)
 * @param unevaluatedScopes JQL and saved-filter scopes the host could not evaluate boundedly
 * @param evm earned value per visible project, in each project's currency
 * @param evmTotals earned value per currency over the visible projects, never across currencies
 * @param objectives a portfolio's strategic objectives
 * @param coverage a portfolio's alignment coverage over its visible projects
 */
public record NodeOverview(
    PortfolioNode node,
    Optional<PortfolioNode> parent,
    IndexState index,
    Optional<Rollup> total,
    Optional<Progress> progress,
    List<NodeRow> children,
    int childCount,
    int startAt,
    int hiddenProjects,
    int unevaluatedScopes,
    List<EvmRow> evm,
    List<EvmRow> evmTotals,
    List<StrategicObjective> objectives,
    Optional<AlignmentCoverage> coverage) {
  public NodeOverview {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(index, "index");
    children = List.copyOf(children);
    evm = List.copyOf(evm);
    evmTotals = List.copyOf(evmTotals);
    objectives = List.copyOf(objectives);
  }
}
