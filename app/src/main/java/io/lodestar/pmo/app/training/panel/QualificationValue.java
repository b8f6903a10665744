package io.lodestar.pmo.app.training.panel;

import io.lodestar.pmo.engine.training.Qualification;
import io.lodestar.pmo.engine.training.QualificationStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The "Lodestar qualification" value of an issue, as its searchers and the issue navigator match
 * it: one lower-case word group per status ({@code ok}, {@code missing skill}, {@code certification
 * expires} ...), none when nothing is required of the issue or nobody is assigned.
 */
public enum QualificationValue {
  OK(QualificationStatus.OK, "ok"),
  MISSING_SKILL(QualificationStatus.MISSING_SKILL, "missing skill"),
  CERTIFICATION_MISSING(QualificationStatus.CERTIFICATION_MISSING, "missing certification"),
  CERTIFICATION_NOT_YET_VALID(
      QualificationStatus.CERTIFICATION_NOT_YET_VALID, "certification not yet valid"),
  CERTIFICATION_EXPIRES(QualificationStatus.CERTIFICATION_EXPIRES, "certification expires");

  /** The field's name, as JQL names it. */
  public static final String FIELD_NAME = "Lodestar qualification";

  private final QualificationStatus status;
  private final String text;

  QualificationValue(QualificationStatus status, String text) {
    this.status = status;
    this.text = text;
  }

  /** The searchable text, e.g. {@code certification expires}. */
  public String text() {
    return text;
  }

  public QualificationStatus status() {
    return status;
  }

  /** The value of a check; empty when it judged no need. */
  public static Optional<QualificationValue> of(Qualification qualification) {
    if (qualification.findings().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(qualification.status()));
  }

  /** The value of a status. */
  public static QualificationValue of(QualificationStatus status) {
    return Arrays.stream(values()).filter(v -> v.status == status).findFirst().orElseThrow();
  }

  /** The value whose text is {@code raw} (case and surrounding blanks ignored), if any. */
  public static Optional<QualificationValue> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String wanted = raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.text.equals(wanted)).findFirst();
  }
}
