package io.lodestar.pmo.app.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.error.FieldError;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.engine.capacity.Period;
import java.time.LocalDate;
import org.junit.Test;

public class CapacityParamsTest {

  private final RestErrors errors = new RestErrors((key, args) -> key);
  private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

  private static String field(Throwable t) {
    return ((InvalidInputException) t)
        .fieldErrors().stream().map(FieldError::field).findFirst().orElse("");
  }

  @Test
  public void scope_shouldBeATeam_whenOnlyATeamIsSent() {
    assertThat(CapacityParams.scope(errors, " MOBCORE ", null))
        .isEqualTo(new CapacityViews.Scope.OfTeam("MOBCORE"));
  }

  @Test
  public void scope_shouldBeRefusedNamingProject_whenBothAreSent() {
    assertThatThrownBy(() -> CapacityParams.scope(errors, "T", "P"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(field(t)).isEqualTo("project"));
  }

  @Test
  public void weeks_shouldBeRefused_whenMoreThan26() {
    assertThat(CapacityParams.weeks(errors, "26")).isEqualTo(26);
    assertThatThrownBy(() -> CapacityParams.weeks(errors, "27"))
        .satisfies(t -> assertThat(field(t)).isEqualTo("weeks"));
  }

  @Test
  public void from_shouldBeRefused_whenMoreThanTwoYearsAway() {
    assertThat(CapacityParams.from(errors, null, MONDAY)).isEqualTo(MONDAY);
    assertThatThrownBy(() -> CapacityParams.from(errors, "2030-01-01", MONDAY))
        .satisfies(t -> assertThat(field(t)).isEqualTo("from"));
    assertThatThrownBy(() -> CapacityParams.from(errors, "2026-02-30", MONDAY))
        .satisfies(t -> assertThat(field(t)).isEqualTo("from"));
  }

  @Test
  public void change_shouldNameTheField_whenTheDueDateIsBeforeTheStart() {
    assertThatThrownBy(
            () ->
                CapacityParams.change(
                    errors, "changes[1]", "A-1", null, "2026-06-05", "2026-06-01", null))
        .satisfies(t -> assertThat(field(t)).isEqualTo("changes[1].due"));
  }

  @Test
  public void change_shouldBeRefused_whenItChangesNothing() {
    assertThatThrownBy(() -> CapacityParams.change(errors, "ci", "A-1", " ", null, null, 3L))
        .satisfies(t -> assertThat(field(t)).isEqualTo("ci"));
  }

  @Test
  public void change_shouldKeepTheNewAssigneeAndDates_whenValid() {
    CapacityViews.Change c =
        CapacityParams.change(errors, "ci", " A-1 ", "p2", "2026-06-01", "2026-06-05", 7L);
    assertThat(c)
        .isEqualTo(
            new CapacityViews.Change(
                "A-1", "p2", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5), 7L));
  }

  @Test
  public void hours_shouldBeSeconds_andRefusedBelowOne() {
    assertThat(CapacityParams.hours(errors, "20")).isEqualTo(20 * 3600L);
    assertThatThrownBy(() -> CapacityParams.hours(errors, "0"))
        .satisfies(t -> assertThat(field(t)).isEqualTo("hours"));
  }

  @Test
  public void count_shouldNameTheFieldOfThePeriod_whenBeyond62Days26WeeksOr12Months() {
    assertThat(CapacityParams.count(errors, Period.DAY, "62")).isEqualTo(62);
    assertThat(CapacityParams.count(errors, Period.MONTH, "12")).isEqualTo(12);
    assertThat(CapacityParams.count(errors, Period.MONTH, null)).isEqualTo(6);
    assertThatThrownBy(() -> CapacityParams.count(errors, Period.DAY, "63"))
        .satisfies(t -> assertThat(field(t)).isEqualTo("days"));
    assertThatThrownBy(() -> CapacityParams.count(errors, Period.ISO_WEEK, "27"))
        .satisfies(t -> assertThat(field(t)).isEqualTo("weeks"));
    assertThatThrownBy(() -> CapacityParams.count(errors, Period.MONTH, "13"))
        .satisfies(t -> assertThat(field(t)).isEqualTo("months"));
  }

  @Test
  public void period_shouldBeAWeekByDefault_andRefusedNamingPeriod_whenUnknown() {
    assertThat(CapacityParams.period(errors, null)).isEqualTo(Period.ISO_WEEK);
    assertThat(CapacityParams.period(errors, "Month")).isEqualTo(Period.MONTH);
    assertThat(CapacityParams.period(errors, "day")).isEqualTo(Period.DAY);
    assertThatThrownBy(() -> CapacityParams.period(errors, "quarter"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(field(t)).isEqualTo("period"));
  }

  @Test
  public void absence_shouldNameTheField_whenTheFormIsWrong() {
    assertThat(CapacityParams.absence(errors, "2026-06-03", "2026-06-03", "OTHER", null, " x "))
        .satisfies(d -> assertThat(d.note()).isEqualTo("x"));
    assertThatThrownBy(
            () -> CapacityParams.absence(errors, "2026-06-03", "2026-06-02", "OTHER", null, ""))
        .satisfies(t -> assertThat(field(t)).isEqualTo("last"));
    assertThatThrownBy(() -> CapacityParams.absence(errors, null, "2026-06-02", "OTHER", null, ""))
        .satisfies(t -> assertThat(field(t)).isEqualTo("first"));
    assertThatThrownBy(
            () -> CapacityParams.absence(errors, "2026-06-01", "2026-06-02", "NAP", null, ""))
        .satisfies(t -> assertThat(field(t)).isEqualTo("kind"));
    assertThatThrownBy(() -> CapacityParams.hoursPerDay(errors, "four"))
        .satisfies(t -> assertThat(field(t)).isEqualTo("hoursPerDay"));
  }
}
