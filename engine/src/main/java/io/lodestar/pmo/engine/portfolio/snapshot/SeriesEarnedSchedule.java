package io.lodestar.pmo.engine.portfolio.snapshot;

import io.lodestar.pmo.engine.evm.EarnedSchedule;
import java.time.LocalDate;
import java.util.Objects;

/** Earned schedule read from a snapshot series, or why it could not be. */
public sealed interface SeriesEarnedSchedule {

  /**
   * Earned schedule in weeks of the plan.
   *
   * @param statusDate the date of the snapshot whose EV was used
   * @param schedule ES, SV(t), SPI(t), TSPI, IEAC(t), in weeks
   */
  record Computed(LocalDate statusDate, EarnedSchedule schedule) implements SeriesEarnedSchedule {
    public Computed {
      Objects.requireNonNull(statusDate, "statusDate");
      Objects.requireNonNull(schedule, "schedule");
    }
  }

  /**
   * No earned schedule.
   *
   * @param reasonKey i18n key of why, {@code lodestar.portfolio.snapshot.na.*}
   */
  record NotApplicable(String reasonKey) implements SeriesEarnedSchedule {
    public NotApplicable {
      Objects.requireNonNull(reasonKey, "reasonKey");
    }
  }
}
