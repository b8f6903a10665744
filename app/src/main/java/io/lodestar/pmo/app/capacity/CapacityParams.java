package io.lodestar.pmo.app.capacity;

import io.lodestar.pmo.app.capacity.port.CapacityStore;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.engine.capacity.AbsenceKind;
import io.lodestar.pmo.engine.capacity.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Request values of the capacity REST API and pages, checked: a bad value is a 400 naming its field
 * ({@link RestErrors}), never an engine exception.
 */
public final class CapacityParams {

  /** The default number of weeks shown. */
  public static final int DEFAULT_WEEKS = 8;

  private CapacityParams() {}

  /** Team or project; exactly one. */
  public static CapacityViews.Scope scope(RestErrors errors, String team, String project) {
    boolean hasTeam = team != null && !team.isBlank();
    boolean hasProject = project != null && !project.isBlank();
    if (hasTeam == hasProject) {
      throw errors.invalid(hasTeam ? "project" : "team", "lodestar.capacity.error.scope");
    }
    return hasTeam
        ? new CapacityViews.Scope.OfTeam(team.strip())
        : new CapacityViews.Scope.OfProject(project.strip());
  }

  /** The first week: a date within it; this week when not sent; at most 2 years away. */
  public static LocalDate from(RestErrors errors, String raw, LocalDate thisWeek) {
    LocalDate from = errors.dateParam("from", raw);
    if (from == null) {
      return thisWeek;
    }
    if (from.isBefore(thisWeek.minusYears(2)) || from.isAfter(thisWeek.plusYears(2))) {
      throw errors.invalid("from", "lodestar.capacity.error.fromRange");
    }
    return from;
  }

  public static int weeks(RestErrors errors, String raw) {
    return errors.intParam("weeks", raw, DEFAULT_WEEKS, 1, CapacityViews.MAX_WEEKS);
  }

  /** {@code day}, {@code week} (the default) or {@code month}, any case. */
  public static Period period(RestErrors errors, String raw) {
    if (raw == null || raw.isBlank()) {
      return Period.ISO_WEEK;
    }
    return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "day" -> Period.DAY;
      case "week" -> Period.ISO_WEEK;
      case "month" -> Period.MONTH;
      default -> throw errors.invalid("period", "lodestar.capacity.error.period");
    };
  }

  /** The name of the request field that holds the number of buckets of {@code period}. */
  public static String countField(Period period) {
    return switch (period) {
      case DAY -> "days";
      case ISO_WEEK -> "weeks";
      case MONTH -> "months";
    };
  }

  /**
   * The number of buckets of {@code period}, from the field {@link #countField}: 1 to 62 days (14
   * by default), 26 weeks (8) or 12 months (6).
   */
  public static int count(RestErrors errors, Period period, String raw) {
    return errors.intParam(
        countField(period), raw, defaultCount(period), 1, CapacityViews.maxBuckets(period));
  }

  /** The buckets shown when none is asked for: 14 days, 8 weeks, 6 months. */
  public static int defaultCount(Period period) {
    return switch (period) {
      case DAY -> 14;
      case ISO_WEEK -> DEFAULT_WEEKS;
      case MONTH -> 6;
    };
  }

  public static int startAt(RestErrors errors, String raw) {
    return errors.intParam("startAt", raw, 0, 0, 1_000_000);
  }

  /** A what-if change from its parts; {@code field} names it in errors, e.g. {@code changes[0]}. */
  public static CapacityViews.Change change(
      RestErrors errors,
      String field,
      String issueKey,
      String assignee,
      String start,
      String due,
      Long version) {
    if (issueKey == null || issueKey.isBlank()) {
      throw errors.invalid(field + ".issueKey", "lodestar.risk.rest.error.required");
    }
    LocalDate s = errors.dateParam(field + ".start", start);
    LocalDate d = errors.dateParam(field + ".due", due);
    if (s != null && d != null && d.isBefore(s)) {
      throw errors.invalid(field + ".due", "lodestar.capacity.error.dueBeforeStart");
    }
    if (version != null && version < 0) {
      throw errors.invalid(
          field + ".version", "lodestar.risk.rest.error.outOfRange", 0, Long.MAX_VALUE);
    }
    String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
    if ((who == null) && s == null && d == null) {
      throw errors.invalid(field, "lodestar.capacity.error.emptyChange");
    }
    return new CapacityViews.Change(issueKey.strip(), who, s, d, version);
  }

  /** Checks the number of changes. */
  public static <T> List<T> bounded(RestErrors errors, List<T> changes) {
    List<T> list = changes == null ? List.of() : new ArrayList<>(changes);
    if (list.size() > CapacityViews.MAX_CHANGES) {
      throw errors.invalid(
          "changes", "lodestar.risk.rest.error.outOfRange", 0, CapacityViews.MAX_CHANGES);
    }
    return list;
  }

  /** Whole hours (at least 1, at most 26 weeks × 168 h) as seconds. */
  public static long hours(RestErrors errors, String raw) {
    if (raw == null || raw.isBlank()) {
      throw errors.invalid("hours", "lodestar.risk.rest.error.required");
    }
    return 3600L * errors.intParam("hours", raw, 1, 1, CapacityViews.MAX_WEEKS * 168);
  }

  /**
   * An absence from its parts (REST body or page form): {@code first} and {@code last} required, at
   * most a year, {@code hoursPerDay} in (0, 24] or null for whole days, a note of at most 1,000
   * characters; a 400 naming the field otherwise.
   */
  public static CapacityStore.AbsenceDraft absence(
      RestErrors errors,
      String firstRaw,
      String lastRaw,
      String kind,
      java.math.BigDecimal hoursPerDay,
      String noteRaw) {
    LocalDate first = errors.dateParam("first", firstRaw);
    LocalDate last = errors.dateParam("last", lastRaw);
    if (first == null) {
      throw errors.invalid("first", "lodestar.risk.rest.error.required");
    }
    if (last == null) {
      throw errors.invalid("last", "lodestar.risk.rest.error.required");
    }
    if (last.isBefore(first)) {
      throw errors.invalid("last", "lodestar.capacity.error.lastBeforeFirst");
    }
    if (last.isAfter(first.plusYears(1))) {
      throw errors.invalid("last", "lodestar.capacity.error.range");
    }
    java.util.Optional<Integer> perDay = java.util.Optional.empty();
    if (hoursPerDay != null) {
      if (hoursPerDay.signum() <= 0
          || hoursPerDay.compareTo(java.math.BigDecimal.valueOf(24)) > 0) {
        throw errors.invalid("hoursPerDay", "lodestar.risk.rest.error.outOfRange", 0, 24);
      }
      perDay =
          java.util.Optional.of(
              hoursPerDay.multiply(java.math.BigDecimal.valueOf(3600)).intValue());
    }
    String note = noteRaw == null ? "" : noteRaw.strip();
    if (note.length() > 1000) {
      throw errors.invalid("note", "lodestar.capacity.error.noteTooLong", 1000);
    }
    return new CapacityStore.AbsenceDraft(first, last, kind(errors, kind), perDay, note);
  }

  /**
   * Hours per day as typed in a form: empty for whole days; a 400 naming the field if no number.
   */
  public static java.math.BigDecimal hoursPerDay(RestErrors errors, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return new java.math.BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      throw errors.invalid("hoursPerDay", "lodestar.risk.rest.error.outOfRange", 0, 24);
    }
  }

  public static AbsenceKind kind(RestErrors errors, String raw) {
    return errors.requireEnum("kind", raw, AbsenceKind.class);
  }
}
