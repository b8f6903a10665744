package io.lodestar.pmo.app.portfolio.port;

import io.lodestar.pmo.engine.alignment.ObjectiveLink;
import io.lodestar.pmo.engine.alignment.StrategicObjective;
import java.util.Collection;
import java.util.List;

/** Port: the strategic objectives of portfolios and the projects linked to them. */
public interface ObjectiveDirectory {

  /** The most objectives of one portfolio. */
  int MAX_OBJECTIVES = 200;

  /** The objectives of a portfolio, by id, at most {@link #MAX_OBJECTIVES}. */
  List<StrategicObjective> objectivesOf(String portfolioKey);

  /** The links of the objectives with these ids (at most {@link #MAX_OBJECTIVES}). */
  List<ObjectiveLink> linksOf(Collection<String> objectiveIds);
}
