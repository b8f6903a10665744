package io.lodestar.pmo.engine.training;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of certification, e.g. "AWS Solutions Architect – Associate" by Amazon Web Services, valid
 * three years.
 *
 * @param id stable id; never null
 * @param name never null
 * @param issuer never null
 * @param validity how long a certificate holds from its issue date; empty: never expires
 */
public record CertificationType(String id, String name, String issuer, Optional<Period> validity) {

  public CertificationType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(validity, "validity");
    validity.ifPresent(
        p -> {
          if (p.isNegative() || p.isZero()) {
            throw new IllegalArgumentException("validity of " + id + " must be positive: " + p);
          }
        });
  }
}
