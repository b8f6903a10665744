package io.lodestar.pmo.app.capacity.port;

import io.lodestar.pmo.engine.capacity.AbsenceKind;
import io.lodestar.pmo.engine.capacity.ExplicitAllocation;
import io.lodestar.pmo.engine.capacity.HolidayCalendar;
import io.lodestar.pmo.engine.capacity.Person;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Capacity plans, teams, holidays, explicit allocations and absences (sandbox: tables {@code cap_*}
 * of schema V11). Reads are bounded by the keys asked for; every list is in key order.
 */
public interface CapacityStore {

  /** The most keys one read takes. */
  int MAX_KEYS = 1_000;

  /**
   * The planned people among {@code keys} with their availability and the absences that overlap
   * {@code from .. to}; people without a plan are absent from the map.
   */
  Map<String, Person> people(Collection<String> keys, LocalDate from, LocalDate to);

  /** The holiday calendars of {@code locations} for {@code from .. to}. */
  Map<String, HolidayCalendar> holidays(Collection<String> locations, LocalDate from, LocalDate to);

  /** Every team, by key (a Resources page lists them; bounded by {@link #MAX_KEYS}). */
  List<CapacityTeam> teams();

  Optional<CapacityTeam> team(String teamKey);

  /** The teams {@code personKeys} belong to. */
  List<CapacityTeam> teamsOf(Collection<String> personKeys);

  /** Explicit allocations held by {@code holderKeys} (people or teams) overlapping the range. */
  List<ExplicitAllocation> allocations(Collection<String> holderKeys, LocalDate from, LocalDate to);

  /** Person keys holding an explicit allocation on {@code projectKey} overlapping the range. */
  List<String> allocatedToProject(String projectKey, LocalDate from, LocalDate to);

  /** The absences of {@code personKey} overlapping {@code from .. to}, first day first. */
  List<StoredAbsence> absences(String personKey, LocalDate from, LocalDate to);

  Optional<StoredAbsence> absence(long id);

  /** What an absence is made of, to add or update one. */
  record AbsenceDraft(
      LocalDate first,
      LocalDate last,
      AbsenceKind kind,
      Optional<Integer> secondsPerDay,
      String note) {}

  /** Adds an absence of a planned person (version 1). */
  StoredAbsence addAbsence(String personKey, AbsenceDraft draft);

  /**
   * Replaces absence {@code id} when its stored version is {@code version}.
   *
   * @return the absence stored; empty when its version differs (nothing written)
   */
  Optional<StoredAbsence> updateAbsence(long id, long version, AbsenceDraft draft);

  /** Deletes absence {@code id} when its stored version is {@code version}; false otherwise. */
  boolean deleteAbsence(long id, long version);
}
