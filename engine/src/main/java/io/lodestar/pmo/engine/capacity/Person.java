package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person whose capacity is planned, or a placeholder ("unnamed role") for planning before hiring:
 * a placeholder has a role and a plan like a person but is nobody's account.
 *
 * @param key the person's stable key (a Jira user key, or {@code placeholder:<id>}); never null
 * @param location key of the holiday calendar that applies; empty for none
 * @param plan working hours per weekday; never null
 * @param joined first working day, empty if always employed
 * @param left last working day, empty if not leaving
 * @param availability effective-dated availability, 100 % before the first entry; sorted on
 *     construction, two entries on one date are refused
 * @param absences vacations, sick leave, training; never null
 * @param placeholder true for an unnamed role
 * @param role the role name (e.g. "Java developer"); empty when none; required for a placeholder
 */
public record Person(
    String key,
    String location,
    WorkingHoursPlan plan,
    Optional<LocalDate> joined,
    Optional<LocalDate> left,
    List<Availability> availability,
    List<Absence> absences,
    boolean placeholder,
    String role) {

  public Person {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(joined, "joined");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(role, "role");
    if (key.isBlank()) {
      throw new IllegalArgumentException("key is blank");
    }
    if (joined.isPresent() && left.isPresent() && left.get().isBefore(joined.get())) {
      throw new IllegalArgumentException(key + " leaves " + left.get() + " before joining");
    }
    if (placeholder && role.isBlank()) {
      throw new IllegalArgumentException("placeholder " + key + " needs a role");
    }
    List<Availability> sorted = new ArrayList<>(availability);
    sorted.sort(Comparator.comparing(Availability::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
        throw new IllegalArgumentException(
            key + " has two availabilities from " + sorted.get(i).effectiveFrom());
      }
    }
    availability = List.copyOf(sorted);
    absences = List.copyOf(absences);
  }

  /** A person on {@code plan}, always employed, fully available, never away, no holidays. */
  public static Person of(String key, WorkingHoursPlan plan) {
    return new Person(
        key, "", plan, Optional.empty(), Optional.empty(), List.of(), List.of(), false, "");
  }

  /** A placeholder for {@code role} on {@code plan}. */
  public static Person placeholder(String key, String role, WorkingHoursPlan plan) {
    return new Person(
        key, "", plan, Optional.empty(), Optional.empty(), List.of(), List.of(), true, role);
  }

  public Person withLocation(String newLocation) {
    return new Person(
        key, newLocation, plan, joined, left, availability, absences, placeholder, role);
  }

  public Person withEmployment(LocalDate newJoined, LocalDate newLeft) {
    return new Person(
        key,
        location,
        plan,
        Optional.ofNullable(newJoined),
        Optional.ofNullable(newLeft),
        availability,
        absences,
        placeholder,
        role);
  }

  public Person withRole(String newRole) {
    return new Person(
        key, location, plan, joined, left, availability, absences, placeholder, newRole);
  }

  public Person withAvailability(List<Availability> newAvailability) {
    return new Person(
        key, location, plan, joined, left, newAvailability, absences, placeholder, role);
  }

  /** This person with {@code more} absences added to theirs. */
  public Person withAbsences(List<Absence> more) {
    List<Absence> all = new ArrayList<>(absences);
    all.addAll(more);
    return new Person(key, location, plan, joined, left, availability, all, placeholder, role);
  }

  /** Availability in % on {@code day}. */
  public int availabilityOn(LocalDate day) {
    int percent = 100;
    for (Availability a : availability) {
      if (a.effectiveFrom().isAfter(day)) {
        break;
      }
      percent = a.percent();
    }
    return percent;
  }

  /** True when {@code day} is within the employment dates. */
  public boolean employedOn(LocalDate day) {
    return joined.map(j -> !day.isBefore(j)).orElse(true)
        && left.map(l -> !day.isAfter(l)).orElse(true);
  }
}
