package io.lodestar.pmo.engine.capacity;

/** Why a person is away. Training absences are filled from course enrolments. */
public enum AbsenceKind {
  VACATION,
  SICK,
  TRAINING,
  OTHER
}
