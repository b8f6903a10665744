package io.lodestar.pmo.engine.training;

import io.lodestar.pmo.engine.capacity.Absence;
import io.lodestar.pmo.engine.capacity.AbsenceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enrolments as capacity: every planned, attended or passed enrolment reserves its session's days
 * (whole days, or the session's hours on each day) as a {@link AbsenceKind#TRAINING} absence whose
 * source is {@code enrolment:<id>}. Withdrawn enrolments reserve nothing.
 */
public final class TrainingAbsences {

  /**
   * The training absences per person key.
   *
   * @throws IllegalArgumentException when an enrolment names an unknown session (a bug in the
   *     caller: sessions are loaded with their enrolments)
   */
  public Map<String, List<Absence>> of(List<Enrolment> enrolments, List<CourseSession> sessions) {
    Map<String, CourseSession> byId = new HashMap<>();
    for (CourseSession s : sessions) {
      byId.put(s.id(), s);
    }
    Map<String, List<Absence>> absences = new LinkedHashMap<>();
    for (Enrolment e : enrolments) {
      if (!e.reservesCapacity()) {
        continue;
      }
      CourseSession s = byId.get(e.sessionId());
      if (s == null) {
        throw new IllegalArgumentException(
            "enrolment " + e.id() + ": unknown session " + e.sessionId());
      }
      absences
          .computeIfAbsent(e.personKey(), k -> new ArrayList<>())
          .add(
              new Absence(
                  s.first(),
                  s.last(),
                  AbsenceKind.TRAINING,
                  s.secondsPerDay(),
                  "enrolment:" + e.id()));
    }
    absences.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(absences);
  }
}
