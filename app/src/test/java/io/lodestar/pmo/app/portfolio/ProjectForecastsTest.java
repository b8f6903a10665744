package io.lodestar.pmo.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.portfolio.port.ResolvedThroughput;
import io.lodestar.pmo.app.shared.host.Texts;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.Test;

public class ProjectForecastsTest {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("i18n.lodestar", Locale.ROOT);
  private static final Texts TEXTS =
      (key, args) -> new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  /** Two issues resolved every weekday of the window. */
  private static final ResolvedThroughput STEADY =
      (key, from, to) -> {
        Map<LocalDate, Integer> m = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          if (d.getDayOfWeek().getValue() <= 5) {
            m.put(d, 2);
          }
        }
        return m;
      };

  @Test
  public void forecast_shouldGiveOrderedPercentiles_reproduciblyForTheSeed() {
    ProjectForecasts target = new ProjectForecasts(STEADY, TEXTS, CLOCK);

    // when the same forecast is asked twice
    ProjectForecasts.ForecastView first = target.forecast("MOB", "Mobile", 40);
    ProjectForecasts.ForecastView second = target.forecast("MOB", "Mobile", 40);

    // then it is the same, shows the seed, and 40 items at 2 a working day take 20 working days
    assertThat(first).isEqualTo(second);
    assertThat(first.basis())
        .contains(String.valueOf(ProjectForecasts.SEED))
        .contains("120 issues");
    assertThat(first.percentiles()).contains("P50 2026-12-31").contains("P80").contains("P95");
    assertThat(first.empty()).isFalse();
    assertThat(first.svgHtml()).startsWith("<svg");
  }

  @Test
  public void forecast_shouldSaySo_whenNothingWasResolvedInTheWindow() {
    ProjectForecasts target = new ProjectForecasts((k, f, t) -> Map.of(), TEXTS, CLOCK);

    ProjectForecasts.ForecastView view = target.forecast("MOB", "Mobile", 40);

    assertThat(view.empty()).isTrue();
    assertThat(view.percentiles()).isEmpty();
    assertThat(view.svgHtml()).contains(BUNDLE.getString("lodestar.forecast.na.noThroughput"));
  }

  @Test
  public void plusWorkingDays_shouldSkipWeekends() {
    // Thursday 3 Dec 2026 + 2 working days is Monday 7 Dec
    assertThat(ProjectForecasts.plusWorkingDays(LocalDate.of(2026, 12, 3), 2))
        .isEqualTo(LocalDate.of(2026, 12, 7));
  }
}
