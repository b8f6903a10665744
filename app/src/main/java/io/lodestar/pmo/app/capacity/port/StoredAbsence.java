package io.lodestar.pmo.app.capacity.port;

import io.lodestar.pmo.engine.capacity.Absence;
import io.lodestar.pmo.engine.capacity.AbsenceKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An absence as stored: personal data, shown with its kind and note only to the person, their team
 * lead, resource managers and PMO admins.
 *
 * @param id the stored id
 * @param personKey whose absence; never null
 * @param first first day away
 * @param last last day away, not before {@code first}
 * @param kind why; never null
 * @param hoursPerDay seconds away per day; empty for whole days
 * @param note free text; never null
 * @param version the version, for optimistic locking
 */
public record StoredAbsence(
    long id,
    String personKey,
    LocalDate first,
    LocalDate last,
    AbsenceKind kind,
    Optional<Integer> secondsPerDay,
    String note,
    long version) {

  public StoredAbsence {
    Objects.requireNonNull(personKey, "personKey");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(secondsPerDay, "secondsPerDay");
    Objects.requireNonNull(note, "note");
  }

  /** The engine's absence. */
  public Absence absence() {
    return new Absence(first, last, kind, secondsPerDay, "absence:" + id);
  }
}
