package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A certification need is met when one certificate of the type is valid on <b>every day of the
 * work</b>, first to last. Otherwise, in this order: one valid at the start that expires before the
 * due date ({@link QualificationStatus#CERTIFICATION_EXPIRES}); one that becomes valid only after
 * the start ({@link QualificationStatus#CERTIFICATION_NOT_YET_VALID}); one that expired before the
 * start, or none ({@link QualificationStatus#CERTIFICATION_MISSING}).
 */
public final class CertificationValidityPolicy implements QualificationPolicy {

  public static final String NAME = "certification-validity";
  public static final String KEY_OK = "lodestar.training.qualification.certification.ok";
  public static final String KEY_OK_FOREVER =
      "lodestar.training.qualification.certification.okNoExpiry";
  public static final String KEY_EXPIRES = "lodestar.training.qualification.certification.expires";
  public static final String KEY_NOT_YET =
      "lodestar.training.qualification.certification.notYetValid";
  public static final String KEY_EXPIRED = "lodestar.training.qualification.certification.expired";
  public static final String KEY_MISSING = "lodestar.training.qualification.certification.missing";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<QualificationFinding> evaluate(
      Need need, Held held, LocalDate first, LocalDate last, TrainingCatalog context) {
    if (!(need instanceof Need.CertificationNeed certification)) {
      return Optional.empty();
    }
    String name = context.certificationName(certification.typeId());
    PersonCertification atStart = null;
    PersonCertification later = null;
    PersonCertification expired = null;
    for (PersonCertification c : held.certifications()) {
      if (!c.typeId().equals(certification.typeId())) {
        continue;
      }
      if (c.validOn(first) && c.validOn(last)) {
        return c.validUntil().isPresent()
            ? found(need, QualificationStatus.OK, KEY_OK, name, c.validUntil().get())
            : found(need, QualificationStatus.OK, KEY_OK_FOREVER, name);
      }
      if (c.validOn(first)) {
        if (atStart == null || c.validUntil().get().isAfter(atStart.validUntil().get())) {
          atStart = c;
        }
      } else if (c.issuedOn().isAfter(first) && !c.issuedOn().isAfter(last)) {
        if (later == null || c.issuedOn().isBefore(later.issuedOn())) {
          later = c;
        }
      } else if (c.validUntil().isPresent() && c.validUntil().get().isBefore(first)) {
        if (expired == null || c.validUntil().get().isAfter(expired.validUntil().get())) {
          expired = c;
        }
      }
    }
    if (atStart != null) {
      return found(
          need,
          QualificationStatus.CERTIFICATION_EXPIRES,
          KEY_EXPIRES,
          name,
          atStart.validUntil().get(),
          last);
    }
    if (later != null) {
      return found(
          need,
          QualificationStatus.CERTIFICATION_NOT_YET_VALID,
          KEY_NOT_YET,
          name,
          later.issuedOn(),
          first);
    }
    if (expired != null) {
      return found(
          need,
          QualificationStatus.CERTIFICATION_MISSING,
          KEY_EXPIRED,
          name,
          expired.validUntil().get());
    }
    return found(need, QualificationStatus.CERTIFICATION_MISSING, KEY_MISSING, name);
  }

  private static Optional<QualificationFinding> found(
      Need need, QualificationStatus status, String key, Object... args) {
    return Optional.of(new QualificationFinding(NAME, need, status, key, List.of(args)));
  }
}
