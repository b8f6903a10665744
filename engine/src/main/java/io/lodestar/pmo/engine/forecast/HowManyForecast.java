package io.lodestar.pmo.engine.forecast;

/**
 * "How many items by date D": what the trials finished in the working days to D. "There is an 85 %
 * chance of X or more" means X is the 15th percentile of the trial sums (DOMAIN.md), so the
 * likelier statements carry the smaller numbers.
 *
 * @param workingDays working days from today to D, both included
 * @param atLeast50 the median: a 50 % chance of this many or more
 * @param atLeast85 an 85 % chance of this many or more (the 15th percentile), not above {@code
 *     atLeast50}
 * @param atLeast95 a 95 % chance of this many or more (the 5th percentile), not above {@code
 *     atLeast85}
 * @param trials number of trials
 */
public record HowManyForecast(
    int workingDays, long atLeast50, long atLeast85, long atLeast95, int trials) {

  public HowManyForecast {
    if (!(atLeast95 <= atLeast85 && atLeast85 <= atLeast50)) {
      throw new IllegalArgumentException("percentiles must be ordered");
    }
  }
}
