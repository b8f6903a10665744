package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A certification need is met when a certificate of the type is valid on <b>every day of the
 * work</b>, first to last: one certificate, or a renewal taking over the day after the previous one
 * ends (the OK finding names the last day of that cover). Otherwise, in this order: one valid at
 * the start whose cover ends before the due date ({@link
 * QualificationStatus#CERTIFICATION_EXPIRES}, naming the cover's last day); one that becomes valid
 * only after the start ({@link QualificationStatus#CERTIFICATION_NOT_YET_VALID}); one that expired
 * before the start, or none ({@link QualificationStatus#CERTIFICATION_MISSING}).
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
    List<PersonCertification> ofType =
        held.certifications().stream()
            .filter(c -> c.typeId().equals(certification.typeId()))
            .toList();
    Optional<LocalDate> cover = coverFrom(ofType, first);
    if (cover != null && (cover.isEmpty() || !cover.get().isBefore(last))) {
      return cover.isPresent()
          ? found(need, QualificationStatus.OK, KEY_OK, name, cover.get())
          : found(need, QualificationStatus.OK, KEY_OK_FOREVER, name);
    }
    PersonCertification later = null;
    PersonCertification expired = null;
    for (PersonCertification c : ofType) {
      if (c.validOn(first)) {
        continue;
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
    if (cover != null) {
      return found(
          need, QualificationStatus.CERTIFICATION_EXPIRES, KEY_EXPIRES, name, cover.get(), last);
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

  /**
   * The last day of the unbroken validity that starts on {@code first}, following renewals that
   * take over by the day after the previous end: empty when it never ends, null when no certificate
   * is valid on {@code first}. At most one step per certificate.
   */
  private static Optional<LocalDate> coverFrom(List<PersonCertification> certs, LocalDate first) {
    LocalDate day = first;
    LocalDate end = null;
    for (int step = 0; step < certs.size(); step++) {
      PersonCertification best = null;
      for (PersonCertification c : certs) {
        if (c.validOn(day)
            && (best == null
                || c.validUntil().isEmpty()
                || best.validUntil().isPresent()
                    && c.validUntil().get().isAfter(best.validUntil().get()))) {
          best = c;
        }
      }
      if (best == null) {
        break;
      }
      if (best.validUntil().isEmpty() || best.validUntil().get().equals(LocalDate.MAX)) {
        return Optional.empty();
      }
      end = best.validUntil().get();
      day = end.plusDays(1);
    }
    return end == null ? null : Optional.of(end);
  }

  private static Optional<QualificationFinding> found(
      Need need, QualificationStatus status, String key, Object... args) {
    return Optional.of(new QualificationFinding(NAME, need, status, key, List.of(args)));
  }
}
