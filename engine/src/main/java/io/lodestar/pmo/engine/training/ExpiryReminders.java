package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which certification expiry reminders a daily job sends: for each certificate that is still valid
 * and expires within the largest threshold, the most urgent threshold it has reached (e.g. 60, 30
 * and 7 days before). A reminder is sent at most once per (certificate, threshold): the job stores
 * {@link Reminder#markSent()} and passes it back as {@code sent}; a first run that is late marks
 * the larger thresholds too, so the person gets one mail, not three. Running twice on a day sends
 * nothing the second time. A certificate whose holder already has one of the same type valid on the
 * day after it ends (a renewal) is not reminded of.
 */
public final class ExpiryReminders {

  public static final String KEY = "lodestar.training.certification.expiryReminder";

  /** A (certificate, threshold in days) pair that has been reminded of. */
  public record SentKey(String certificationId, int thresholdDays) {}

  /**
   * One reminder to send.
   *
   * @param certification the certificate
   * @param thresholdDays the threshold reached
   * @param daysLeft days from the run to the last valid day
   * @param markSent the pairs to store as sent
   * @param messageKey {@link #KEY}; arguments: type name, last valid day, days left
   */
  public record Reminder(
      PersonCertification certification,
      int thresholdDays,
      long daysLeft,
      List<SentKey> markSent,
      String messageKey,
      List<Object> args) {
    public Reminder {
      markSent = List.copyOf(markSent);
      args = List.copyOf(args);
    }
  }

  private final TreeSet<Integer> thresholds;
  private final TrainingCatalog catalog;

  /**
   * @param thresholdDays days before expiry to remind at, each within [0, 366], at least one
   * @param catalog for the certification types' names
   */
  public ExpiryReminders(Set<Integer> thresholdDays, TrainingCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    if (thresholdDays.isEmpty()) {
      throw new IllegalArgumentException("at least one threshold");
    }
    for (int t : thresholdDays) {
      if (t < 0 || t > 366) {
        throw new IllegalArgumentException("thresholds must be within [0, 366]: " + t);
      }
    }
    this.thresholds = new TreeSet<>(thresholdDays);
  }

  /** The reminders due on {@code today}. */
  public List<Reminder> due(
      List<PersonCertification> certifications, Set<SentKey> sent, LocalDate today) {
    Objects.requireNonNull(today, "today");
    List<Reminder> due = new ArrayList<>();
    Map<List<String>, List<PersonCertification>> byHolderAndType = new HashMap<>();
    for (PersonCertification c : certifications) {
      byHolderAndType
          .computeIfAbsent(List.of(c.personKey(), c.typeId()), k -> new ArrayList<>())
          .add(c);
    }
    for (PersonCertification c : certifications) {
      if (c.validUntil().isEmpty()
          || !c.validOn(today)
          || renewed(c, byHolderAndType.get(List.of(c.personKey(), c.typeId())))) {
        continue;
      }
      long daysLeft = ChronoUnit.DAYS.between(today, c.validUntil().get());
      Integer reached = thresholds.ceiling((int) Math.min(daysLeft, Integer.MAX_VALUE));
      if (reached == null || sent.contains(new SentKey(c.id(), reached))) {
        continue;
      }
      List<SentKey> mark = new ArrayList<>();
      for (int t : thresholds.tailSet(reached, true)) {
        if (!sent.contains(new SentKey(c.id(), t))) {
          mark.add(new SentKey(c.id(), t));
        }
      }
      due.add(
          new Reminder(
              c,
              reached,
              daysLeft,
              mark,
              KEY,
              List.of(catalog.certificationName(c.typeId()), c.validUntil().get(), daysLeft)));
    }
    return List.copyOf(due);
  }

  /**
   * Whether one of {@code same} (the certificates of {@code c}'s holder and type) is valid the day
   * after {@code c} ends.
   */
  private static boolean renewed(PersonCertification c, List<PersonCertification> same) {
    LocalDate end = c.validUntil().get();
    if (end.equals(LocalDate.MAX)) {
      return false;
    }
    LocalDate next = end.plusDays(1);
    for (PersonCertification other : same) {
      if (other != c && other.validOn(next)) {
        return true;
      }
    }
    return false;
  }
}
