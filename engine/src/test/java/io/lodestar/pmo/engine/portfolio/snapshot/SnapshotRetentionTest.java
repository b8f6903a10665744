package io.lodestar.pmo.engine.portfolio.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SnapshotRetentionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3); // a Thursday

  private static List<LocalDate> everyDay(LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  private static List<LocalDate> kept(SnapshotRetention policy, List<LocalDate> dates) {
    Set<LocalDate> drop = new HashSet<>(policy.datesToDrop(TODAY, dates));
    return dates.stream().filter(d -> !drop.contains(d)).sorted().toList();
  }

  @Test
  void datesToDrop_shouldKeepEveryDayOfTheDailyZone() {
    SnapshotRetention target = new SnapshotRetention(14, 12, 0);
    List<LocalDate> lastTwoWeeks = everyDay(TODAY.minusDays(13), TODAY);

    assertThat(target.datesToDrop(TODAY, lastTwoWeeks)).isEmpty();
  }

  @Test
  void datesToDrop_shouldKeepTheLatestOfEachWeekAndMonth_inTheWeeklyZone() {
    SnapshotRetention target = new SnapshotRetention(0, 12, 0);
    List<LocalDate> twoMonths = everyDay(TODAY.minusDays(60), TODAY.minusDays(1)); // Sun 4 Oct ..

    List<LocalDate> kept = kept(target, twoMonths);

    List<LocalDate> expected = new ArrayList<>();
    for (LocalDate sunday = LocalDate.of(2026, 10, 4);
        sunday.isBefore(TODAY);
        sunday = sunday.plusWeeks(1)) {
      expected.add(sunday);
    }
    expected.add(LocalDate.of(2026, 10, 31)); // a Saturday: October's last
    expected.add(LocalDate.of(2026, 11, 30)); // a Monday: November's last
    expected.add(TODAY.minusDays(1)); // the current week's latest so far
    assertThat(kept).containsExactlyElementsOf(new TreeSet<>(expected));
    assertThat(kept.stream().map(d -> d.getDayOfWeek()).filter(d -> d == DayOfWeek.SUNDAY))
        .hasSize(9);
  }

  @Test
  void datesToDrop_shouldKeepTheLatestOfEachMonth_afterTheWeeklyZone() {
    SnapshotRetention target = new SnapshotRetention(14, 3, 0);
    List<LocalDate> twoYears = everyDay(TODAY.minusYears(2), TODAY);

    List<LocalDate> kept = kept(target, twoYears);

    List<LocalDate> monthly = kept.stream().filter(d -> !d.isAfter(TODAY.minusMonths(3))).toList();
    assertThat(monthly).allMatch(d -> d.equals(YearMonth.from(d).atEndOfMonth()));
    assertThat(monthly).hasSize(21); // Dec 2024 .. Aug 2026
    assertThat(kept).contains(TODAY.minusYears(2).withDayOfMonth(31));
  }

  @Test
  void datesToDrop_shouldDropWhatIsOlderThanTheMonthlyZone_whenItIsBounded() {
    SnapshotRetention target = new SnapshotRetention(0, 0, 1);
    List<LocalDate> threeYears = everyDay(TODAY.minusYears(3), TODAY);

    List<LocalDate> kept = kept(target, threeYears);

    assertThat(kept).allMatch(d -> d.isAfter(TODAY.minusYears(1)));
    assertThat(kept).hasSize(13); // 12 month ends and today
  }

  @Test
  void datesToDrop_shouldKeepAYearOfTheDefaultPolicyWithinItsBound() {
    List<LocalDate> aYearOfNights = everyDay(TODAY.minusDays(364), TODAY);

    List<LocalDate> kept = kept(SnapshotRetention.DEFAULT, aYearOfNights);

    assertThat(kept.size()).isBetween(52, 14 + 53 + 12);
    assertThat(kept).contains(TODAY, TODAY.minusDays(13)).doesNotContain(TODAY.minusDays(15));
  }

  @Test
  void datesToDrop_shouldKeepFutureDates_andAWeekWithAMissedNight() {
    SnapshotRetention target = new SnapshotRetention(0, 12, 0);
    LocalDate saturday = LocalDate.of(2026, 11, 21); // the Sunday after was missed
    LocalDate future = TODAY.plusDays(3);

    List<LocalDate> drop =
        target.datesToDrop(TODAY, List.of(saturday.minusDays(1), saturday, future));

    assertThat(drop).containsExactly(saturday.minusDays(1));
  }

  @Test
  void check_shouldNameTheFieldOutOfRange() {
    assertThat(SnapshotRetention.check(-1, 12, 0))
        .extracting(v -> v.field())
        .containsExactly("dailyDays");
    assertThat(SnapshotRetention.check(0, 121, 101))
        .extracting(v -> v.field())
        .containsExactly("weeklyMonths", "monthlyYears");
    assertThatThrownBy(() -> new SnapshotRetention(400, 1, 1)).hasMessageContaining("dailyDays");
  }

  @Test
  void text_shouldRoundTrip_andParseShouldRefuseBrokenText() {
    SnapshotRetention target = new SnapshotRetention(7, 6, 2);

    assertThat(target.text()).isEqualTo("dailyDays=7;weeklyMonths=6;monthlyYears=2");
    assertThat(SnapshotRetention.parse(target.text())).isEqualTo(target);
    assertThatThrownBy(() -> SnapshotRetention.parse("dailyDays=7;weeklyMonths=6"))
        .hasMessageContaining("monthlyYears");
    assertThatThrownBy(() -> SnapshotRetention.parse("dailyDays=x;weeklyMonths=6;monthlyYears=1"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> SnapshotRetention.parse("hourly=1")).hasMessageContaining("hourly");
    assertThatThrownBy(() -> SnapshotRetention.parse("dailyDays=-1;weeklyMonths=6;monthlyYears=1"))
        .hasMessageContaining("dailyDays");
  }

  @Property(tries = 200)
  void datesToDrop_shouldBeIdempotent_andStableOnALaterDay(
      @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 900) Integer> daysAgo,
      @ForAll @IntRange(min = 0, max = 30) int dailyDays,
      @ForAll @IntRange(min = 0, max = 18) int weeklyMonths,
      @ForAll @IntRange(min = 0, max = 3) int monthlyYears,
      @ForAll @IntRange(min = 0, max = 60) int laterBy) {
    SnapshotRetention target = new SnapshotRetention(dailyDays, weeklyMonths, monthlyYears);
    List<LocalDate> dates = daysAgo.stream().map(TODAY::minusDays).distinct().toList();

    List<LocalDate> drop = target.datesToDrop(TODAY, dates);
    List<LocalDate> remaining = dates.stream().filter(d -> !drop.contains(d)).toList();

    assertThat(target.datesToDrop(TODAY, remaining)).as("applied twice").isEmpty();
    // a later day may drop more, but what survives then survived today too: nothing comes back
    LocalDate later = TODAY.plusDays(laterBy);
    List<LocalDate> dropLater = target.datesToDrop(later, remaining);
    assertThat(remaining).containsAll(dropLater);
    // every month older than the weekly zone that had a snapshot still has one (unbounded zone)
    if (monthlyYears == 0) {
      Set<YearMonth> before = new HashSet<>();
      dates.forEach(d -> before.add(YearMonth.from(d)));
      Set<YearMonth> after = new HashSet<>();
      remaining.forEach(d -> after.add(YearMonth.from(d)));
      assertThat(after).isEqualTo(before);
    }
  }
}
