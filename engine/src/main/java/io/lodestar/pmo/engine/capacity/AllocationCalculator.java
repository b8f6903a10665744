package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Capacity and allocation from a {@link CapacityInput}: pure, no I/O.
 *
 * <ul>
 *   <li><b>Capacity</b> of a person on a day: {@link PersonCalendar#capacitySeconds}.
 *   <li><b>Assigned work</b>: the remaining estimate spread evenly ({@link EvenSpread}) over the
 *       assignee's working days from {@code max(start, window start)} to the due date. Days after
 *       the window's end take their share too (counted as outside the window) so that moving the
 *       window never changes what a day holds. Work due before the window is {@link
 *       WorkStatus#OVERDUE}; dated work with no working day, or spanning more than a century, is
 *       {@link WorkStatus#UNSCHEDULABLE}; both keep their seconds in the summary.
 *   <li><b>Explicit allocations</b>: see {@link ExplicitAllocation}.
 * </ul>
 */
public final class AllocationCalculator {

  /** Computes the allocation of {@code input}. */
  public AllocationResult calculate(CapacityInput input) {
    Map<String, PersonCalendar> calendars = new LinkedHashMap<>();
    for (Person p : input.people()) {
      if (calendars.put(p.key(), new PersonCalendar(p, input.holidaysOf(p))) != null) {
        throw new IllegalArgumentException("person " + p.key() + " is listed twice");
      }
    }
    Map<String, Team> teams = new HashMap<>();
    for (Team t : input.teams()) {
      if (teams.put(t.key(), t) != null) {
        throw new IllegalArgumentException("team " + t.key() + " is listed twice");
      }
    }
    Map<String, Map<LocalDate, long[]>> cells = new HashMap<>();
    Map<String, List<Contribution>> contributions = new HashMap<>();
    for (PersonCalendar calendar : calendars.values()) {
      Map<LocalDate, long[]> days = new LinkedHashMap<>();
      for (LocalDate d = input.first(); !d.isAfter(input.last()); d = d.plusDays(1)) {
        days.put(d, new long[] {calendar.capacitySeconds(d), 0});
      }
      cells.put(calendar.person().key(), days);
      contributions.put(calendar.person().key(), new ArrayList<>());
    }
    Tally tally = new Tally();
    Set<String> explicitIssues = new HashSet<>();
    List<String> unresolved = new ArrayList<>();
    for (ExplicitAllocation a : input.allocations()) {
      a.issueKey().ifPresent(explicitIssues::add);
      String source = "allocation:" + a.id();
      if (!a.team() && calendars.containsKey(a.holderKey())) {
        allocate(
            input,
            calendars.get(a.holderKey()),
            a,
            100,
            a.amount(),
            source,
            cells,
            contributions,
            tally);
      } else if (a.team() && teams.containsKey(a.holderKey())) {
        allocateTeam(
            input, calendars, teams.get(a.holderKey()), a, source, cells, contributions, tally);
      } else {
        unresolved.add(a.id());
      }
    }
    for (WorkItem w : input.work()) {
      if (explicitIssues.contains(w.issueKey())) {
        tally.add(WorkStatus.EXPLICITLY_ALLOCATED, w, 0);
      } else if (w.remainingSeconds().isEmpty()) {
        tally.add(WorkStatus.UNESTIMATED, w, 0);
      } else if (w.assignee().isEmpty()) {
        tally.add(WorkStatus.UNASSIGNED, w, w.remainingSeconds().get());
      } else if (!calendars.containsKey(w.assignee().get())) {
        tally.add(WorkStatus.ASSIGNEE_NOT_PLANNED, w, w.remainingSeconds().get());
      } else if (w.due().isEmpty()) {
        tally.add(WorkStatus.UNSCHEDULED, w, w.remainingSeconds().get());
      } else if (w.due().get().isBefore(input.first())) {
        tally.add(WorkStatus.OVERDUE, w, w.remainingSeconds().get());
      } else {
        LocalDate from = w.start().filter(s -> s.isAfter(input.first())).orElse(input.first());
        PersonCalendar calendar = calendars.get(w.assignee().get());
        long seconds = w.remainingSeconds().get();
        if (spread(
            input,
            calendar,
            from,
            w.due().get(),
            seconds,
            w.issueKey(),
            w.projectKey(),
            cells,
            contributions,
            tally)) {
          tally.add(WorkStatus.SCHEDULED, w, seconds);
        } else {
          tally.add(WorkStatus.UNSCHEDULABLE, w, seconds);
        }
      }
    }
    Map<String, PersonLoad> loads = new HashMap<>();
    cells.forEach(
        (person, days) -> {
          Map<LocalDate, LoadCell> view = new LinkedHashMap<>();
          days.forEach((d, c) -> view.put(d, new LoadCell(c[0], c[1])));
          loads.put(person, new PersonLoad(person, view, contributions.get(person)));
        });
    return new AllocationResult(loads, teams, tally.summary(), unresolved);
  }

  /**
   * Spreads {@code seconds} over the working days of {@code calendar} from {@code from} to {@code
   * to}; false (and nothing added) when there is no working day, or when the span is longer than
   * {@link PersonCalendar#MAX_SPAN_DAYS} (a mistyped due date must not fail the whole calculation).
   */
  private static boolean spread(
      CapacityInput input,
      PersonCalendar calendar,
      LocalDate from,
      LocalDate to,
      long seconds,
      String source,
      String project,
      Map<String, Map<LocalDate, long[]>> cells,
      Map<String, List<Contribution>> contributions,
      Tally tally) {
    if (to.toEpochDay() - from.toEpochDay() >= PersonCalendar.MAX_SPAN_DAYS) {
      return false;
    }
    int days = calendar.workingDays(from, to);
    if (days == 0) {
      return false;
    }
    String person = calendar.person().key();
    int index = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (!calendar.isWorkingDay(d)) {
        continue;
      }
      long share = EvenSpread.share(seconds, days, index++);
      if (share == 0) {
        continue;
      }
      long[] cell = cells.get(person).get(d);
      if (cell == null) {
        tally.outsideWindow += share;
      } else {
        cell[1] += share;
        contributions.get(person).add(new Contribution(person, d, source, project, share));
      }
    }
    return true;
  }

  private static void allocate(
      CapacityInput input,
      PersonCalendar calendar,
      ExplicitAllocation a,
      int membershipPercent,
      AllocationAmount amount,
      String source,
      Map<String, Map<LocalDate, long[]>> cells,
      Map<String, List<Contribution>> contributions,
      Tally tally) {
    String person = calendar.person().key();
    if (amount instanceof AllocationAmount.PercentOfCapacity percent) {
      for (LocalDate d = a.first(); !d.isAfter(a.last()); d = d.plusDays(1)) {
        long[] cell = cells.get(person).get(d);
        long share =
            calendar.capacitySeconds(d) * membershipPercent / 100 * percent.percent() / 100;
        if (share == 0) {
          continue;
        }
        if (cell == null) {
          tally.outsideWindow += share;
        } else {
          cell[1] += share;
          contributions.get(person).add(new Contribution(person, d, source, a.projectKey(), share));
        }
      }
    } else if (amount instanceof AllocationAmount.TotalSeconds total) {
      if (!spread(
          input,
          calendar,
          a.first(),
          a.last(),
          total.seconds(),
          source,
          a.projectKey(),
          cells,
          contributions,
          tally)) {
        tally.unschedulableAllocationSeconds += total.seconds();
      }
    }
  }

  private static void allocateTeam(
      CapacityInput input,
      Map<String, PersonCalendar> calendars,
      Team team,
      ExplicitAllocation a,
      String source,
      Map<String, Map<LocalDate, long[]>> cells,
      Map<String, List<Contribution>> contributions,
      Tally tally) {
    List<Membership> members = new ArrayList<>();
    for (Membership m : team.members()) {
      if (calendars.containsKey(m.personKey())) {
        members.add(m);
      }
    }
    if (a.amount() instanceof AllocationAmount.PercentOfCapacity) {
      for (Membership m : members) {
        allocate(
            input,
            calendars.get(m.personKey()),
            a,
            m.percent(),
            a.amount(),
            source,
            cells,
            contributions,
            tally);
      }
      return;
    }
    long total = ((AllocationAmount.TotalSeconds) a.amount()).seconds();
    long[] weights = new long[members.size()];
    long sum = 0;
    for (int i = 0; i < members.size(); i++) {
      PersonCalendar c = calendars.get(members.get(i).personKey());
      long capacity = 0;
      for (LocalDate d = a.first(); !d.isAfter(a.last()); d = d.plusDays(1)) {
        capacity += c.capacitySeconds(d);
      }
      weights[i] = capacity * members.get(i).percent() / 100;
      sum += weights[i];
    }
    if (sum == 0) {
      tally.unschedulableAllocationSeconds += total;
      return;
    }
    long[] parts = largestRemainder(total, weights, sum);
    for (int i = 0; i < members.size(); i++) {
      if (parts[i] > 0) {
        allocate(
            input,
            calendars.get(members.get(i).personKey()),
            a,
            100,
            new AllocationAmount.TotalSeconds(parts[i]),
            source,
            cells,
            contributions,
            tally);
      }
    }
  }

  /** {@code total} split in proportion to {@code weights}, the parts adding up exactly. */
  static long[] largestRemainder(long total, long[] weights, long sum) {
    long[] parts = new long[weights.length];
    double[] rest = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = (double) total * weights[i] / sum;
      parts[i] = (long) Math.floor(exact);
      rest[i] = exact - parts[i];
      given += parts[i];
    }
    while (given < total) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (rest[i] > rest[best]) {
          best = i;
        }
      }
      parts[best]++;
      rest[best] = -1;
      given++;
    }
    return parts;
  }

  /** Counts per status while calculating. */
  private static final class Tally {
    final Map<WorkStatus, Integer> counts = new EnumMap<>(WorkStatus.class);
    final Map<WorkStatus, Long> seconds = new EnumMap<>(WorkStatus.class);
    final Map<WorkStatus, List<String>> examples = new EnumMap<>(WorkStatus.class);
    long outsideWindow;
    long unschedulableAllocationSeconds;

    Tally() {
      for (WorkStatus s : WorkStatus.values()) {
        counts.put(s, 0);
        seconds.put(s, 0L);
        examples.put(s, new ArrayList<>());
      }
    }

    void add(WorkStatus status, WorkItem item, long remaining) {
      counts.merge(status, 1, Integer::sum);
      seconds.merge(status, remaining, Long::sum);
      List<String> keys = examples.get(status);
      if (keys.size() < WorkSummary.MAX_EXAMPLES) {
        keys.add(item.issueKey());
      }
    }

    WorkSummary summary() {
      Map<WorkStatus, List<String>> copy = new EnumMap<>(WorkStatus.class);
      examples.forEach((s, k) -> copy.put(s, List.copyOf(k)));
      Map<WorkStatus, Long> secs = new EnumMap<>(seconds);
      secs.merge(WorkStatus.UNSCHEDULABLE, unschedulableAllocationSeconds, Long::sum);
      return new WorkSummary(counts, secs, outsideWindow, copy);
    }
  }
}
