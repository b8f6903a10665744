package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * Public holidays from rules that hold every year: fixed dates (1 January, 25 December) and days
 * relative to Western (Gregorian) Easter Sunday (Good Friday −2, Easter Monday +1, Ascension +39,
 * Whit Monday +50). Holidays moved by law in a given year belong in a {@link ListedHolidays}.
 *
 * @param location the location's key; never null
 * @param rules the rules; never null
 */
public record RuleBasedHolidays(String location, List<Rule> rules) implements HolidayCalendar {

  /** One yearly holiday. */
  public sealed interface Rule {
    String name();

    /** The holiday's date in {@code year}. */
    LocalDate in(int year);
  }

  /** The same day every year. */
  public record Fixed(MonthDay day, String name) implements Rule {
    public Fixed {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public LocalDate in(int year) {
      return day.atYear(year);
    }
  }

  /** {@code offsetDays} after (negative: before) Easter Sunday. */
  public record EasterRelative(int offsetDays, String name) implements Rule {
    public EasterRelative {
      Objects.requireNonNull(name, "name");
      if (Math.abs(offsetDays) > 200) {
        throw new IllegalArgumentException("offsetDays must be within ±200: " + offsetDays);
      }
    }

    @Override
    public LocalDate in(int year) {
      return easterSunday(year).plusDays(offsetDays);
    }
  }

  public RuleBasedHolidays {
    Objects.requireNonNull(location, "location");
    rules = List.copyOf(rules);
  }

  @Override
  public boolean isHoliday(LocalDate day) {
    for (Rule rule : rules) {
      if (rule.in(day.getYear()).equals(day)) {
        return true;
      }
      // Easter is 22 March to 25 April, so an Easter-relative day more than 80 days before it can
      // fall in the previous year (offsets within ±200 never reach the next one).
      if (rule instanceof EasterRelative e
          && e.offsetDays() < -80
          && day.getYear() < Year.MAX_VALUE
          && e.in(day.getYear() + 1).equals(day)) {
        return true;
      }
    }
    return false;
  }

  /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
