package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.Bands;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Risk appetite: the highest <em>acceptable</em> band, per project with a portfolio-wide default. A
 * risk is <b>above appetite</b> iff it is active ({@link RiskStatus#isActive()}), its current
 * assessment is rated, and its band's rank is <b>strictly greater</b> than the appetite band's rank
 * for its project. A risk exactly at appetite is acceptable; without an appetite nothing is above.
 *
 * <p>Bands are resolved (from keys) against the model of each project by whoever builds this value,
 * because different projects may use different models.
 *
 * @param portfolioDefault appetite for projects without their own; null = none
 * @param byProject appetite per project key; never null
 */
public record RiskAppetite(Band portfolioDefault, Map<String, Band> byProject) {

  /** No appetite anywhere: nothing is above it. */
  public static final RiskAppetite NONE = new RiskAppetite(null, Map.of());

  public RiskAppetite {
    byProject = Map.copyOf(byProject);
  }

  /** One appetite for every project. */
  public static RiskAppetite portfolio(Band band) {
    return new RiskAppetite(Objects.requireNonNull(band, "band"), Map.of());
  }

  /**
   * One appetite for every project, by band key.
   *
   * @throws IllegalArgumentException when {@code bands} has no such key
   */
  public static RiskAppetite portfolio(Bands bands, String bandKey) {
    return portfolio(
        bands
            .byKey(bandKey)
            .orElseThrow(() -> new IllegalArgumentException("unknown band " + bandKey)));
  }

  /** The same appetite with {@code projectKey} set to {@code band} (null removes it). */
  public RiskAppetite withProject(String projectKey, Band band) {
    Map<String, Band> copy = new HashMap<>(byProject);
    if (band == null) {
      copy.remove(projectKey);
    } else {
      copy.put(projectKey, band);
    }
    return new RiskAppetite(portfolioDefault, copy);
  }

  /** The appetite band of {@code projectKey}: its own, else the default, else empty. */
  public Optional<Band> appetiteFor(String projectKey) {
    Band band = byProject.get(projectKey);
    return Optional.ofNullable(band != null ? band : portfolioDefault);
  }

  /** Whether {@code risk} is above appetite; see the class comment. */
  public boolean isAbove(AssessedRisk risk) {
    if (!risk.risk().status().isActive()) {
      return false;
    }
    Optional<Band> band = risk.current().bandIfRated();
    Optional<Band> appetite = appetiteFor(risk.risk().projectKey());
    return band.isPresent() && appetite.isPresent() && band.get().isAbove(appetite.get());
  }
}
