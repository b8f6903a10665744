package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate a person holds.
 *
 * @param id stable id (reminders are kept per id); never null
 * @param personKey never null
 * @param typeId never null
 * @param issuedOn first valid day
 * @param validUntil last valid day, not before {@code issuedOn}; empty: never expires
 * @param evidenceLink a link to the certificate; empty when none
 */
public record PersonCertification(
    String id,
    String personKey,
    String typeId,
    LocalDate issuedOn,
    Optional<LocalDate> validUntil,
    Optional<String> evidenceLink) {

  public PersonCertification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(personKey, "personKey");
    Objects.requireNonNull(typeId, "typeId");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(evidenceLink, "evidenceLink");
    validUntil.ifPresent(
        u -> {
          if (u.isBefore(issuedOn)) {
            throw new IllegalArgumentException("certification " + id + " ends before its issue");
          }
        });
  }

  /** A certificate of {@code type} issued on {@code issuedOn}, valid for the type's period. */
  public static PersonCertification issued(
      String id, String personKey, CertificationType type, LocalDate issuedOn, String evidence) {
    return new PersonCertification(
        id,
        personKey,
        type.id(),
        issuedOn,
        type.validity().map(p -> issuedOn.plus(p).minusDays(1)),
        Optional.ofNullable(evidence).filter(e -> !e.isBlank()));
  }

  /** True when valid on {@code day}. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(issuedOn) && validUntil.map(u -> !day.isAfter(u)).orElse(true);
  }
}
