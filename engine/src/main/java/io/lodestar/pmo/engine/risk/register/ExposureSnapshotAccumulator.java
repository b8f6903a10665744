package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Builds today's {@link ExposureSnapshot} from the register; inactive risks are ignored. */
public final class ExposureSnapshotAccumulator implements RegisterAccumulator<ExposureSnapshot> {

  private final LocalDate date;
  private final Map<String, Long> countByBand = new TreeMap<>();
  private long open;
  private BigDecimal threatEmv = BigDecimal.ZERO;
  private BigDecimal opportunityEmv = BigDecimal.ZERO;

  public ExposureSnapshotAccumulator(LocalDate date) {
    this.date = Objects.requireNonNull(date, "date");
  }

  @Override
  public void accept(AssessedRisk risk) {
    if (!risk.risk().status().isActive()) {
      return;
    }
    open++;
    risk.current().bandIfRated().ifPresent(b -> countByBand.merge(b.key(), 1L, Long::sum));
    Optional<BigDecimal> emv = ExpectedMonetaryValue.of(risk);
    if (emv.isPresent()) {
      if (risk.risk().kind() == RiskKind.THREAT) {
        threatEmv = threatEmv.add(emv.get());
      } else {
        opportunityEmv = opportunityEmv.add(emv.get());
      }
    }
  }

  @Override
  public ExposureSnapshot result() {
    return new ExposureSnapshot(date, open, countByBand, threatEmv, opportunityEmv);
  }
}
