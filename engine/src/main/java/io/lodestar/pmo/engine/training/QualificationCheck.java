package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an assignee against the requirements that apply to a piece of work, for the dates of the
 * work, with every registered policy. The same check serves the issue panel, the calculated field,
 * the capacity search and the demand view.
 */
public final class QualificationCheck {

  /** Every active qualification policy, in the order their findings are listed. */
  public static final List<QualificationPolicy> POLICIES =
      List.of(new SkillLevelPolicy(), new CertificationValidityPolicy());

  private final List<QualificationPolicy> policies;
  private final TrainingCatalog catalog;

  public QualificationCheck(TrainingCatalog catalog) {
    this(catalog, POLICIES);
  }

  public QualificationCheck(TrainingCatalog catalog, List<QualificationPolicy> policies) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.policies = List.copyOf(policies);
  }

  /**
   * The qualification of {@code held} for {@code work}.
   *
   * @param asOf the day of the check, standing in for a missing start date
   */
  public Qualification check(Work work, List<Requirement> requirements, Held held, LocalDate asOf) {
    return check(
        Requirement.needsOf(requirements, work), held, work.firstDay(asOf), work.lastDay(asOf));
  }

  /** The qualification of {@code held} for {@code needs} over {@code first .. last}. */
  public Qualification check(List<Need> needs, Held held, LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("work ends " + last + " before it starts " + first);
    }
    List<QualificationFinding> findings = new ArrayList<>();
    for (Need need : needs) {
      for (QualificationPolicy policy : policies) {
        Optional<QualificationFinding> f = policy.evaluate(need, held, first, last, catalog);
        f.ifPresent(findings::add);
      }
    }
    QualificationStatus overall = QualificationStatus.OK;
    for (QualificationFinding f : findings) {
      if (f.status().ordinal() < overall.ordinal()) {
        overall = f.status();
      }
    }
    return new Qualification(overall, findings);
  }
}
