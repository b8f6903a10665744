package io.lodestar.pmo.engine.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.StampedLock;

/**
 * The in-memory allocation index of one node: capacity and load per person-week over a horizon of
 * whole ISO weeks, kept current from issue events; a cache, never the source of truth.
 *
 * <p><b>Layout.</b> Per person-week, in person-major primitive arrays: the working-day mask (one
 * byte, bit 0 = Monday, kept for {@link #TAIL_WEEKS} more weeks), the capacity (an {@code int} of
 * seconds, at most 7 × 86,400) and the load (a {@code long} of seconds): 13.5 bytes at 52 weeks.
 * Per work item: assignee, start and due day, remaining seconds, the working days it has after the
 * horizon, a status and its place in its assignee's list (for drill-down and calendar changes): 33
 * bytes, plus the id map. An item's share of each week is not stored: it is computed again from the
 * item and the masks, which is exact because every change of a mask first takes the person's items
 * out and puts them back after.
 *
 * <p><b>Rule.</b> As {@link AllocationCalculator}: remaining seconds spread evenly ({@link
 * EvenSpread}) over the assignee's working days from {@code max(start, first Monday)} to the due
 * date; the share of working days after the horizon is counted as "beyond"; due before the horizon
 * is overdue; no working day is unschedulable. Both keep their seconds in the totals.
 *
 * <p><b>Costs.</b> An item change subtracts its old spread and adds the new one: O(weeks it spans).
 * {@link #recompute} rebuilds every mask and capacity from the calendars and every load from the
 * items in one pass each.
 *
 * <p><b>Concurrency.</b> Writers are serialised; readers take a read lock. A reader that walks many
 * cells (a heat map) should use {@link #snapshotVersion} to detect a change under it.
 */
public final class AllocationIndex implements LoadView {

  /** What became of an item; see {@link WorkStatus}. */
  static final byte FREE = 0;

  static final byte SCHEDULED = 1;
  static final byte UNSCHEDULABLE = 2;
  static final byte OVERDUE = 3;

  /**
   * Weeks after the horizon whose working-day masks are kept too, so that the working days of work
   * due up to half a year after the horizon are counted without walking the calendar.
   */
  public static final int TAIL_WEEKS = 26;

  private final LocalDate firstMonday;
  private final long origin;
  private final int weeks;
  private final int days;
  private final int maskWeeks;
  private final Map<HolidayCalendar, boolean[]> holidayFlags = new java.util.IdentityHashMap<>();
  private long[] dayScratch;
  private final StampedLock lock = new StampedLock();
  private long version;

  // People.
  private int people;
  private String[] personKeys;
  private PersonCalendar[] calendars;
  private final Map<String, Integer> personByKey = new HashMap<>();
  private byte[] masks;
  private int[] capacity;
  private long[] load;
  private int[] personHead;

  // Items.
  private int items;
  private long[] itemId;
  private int[] itemPerson;
  private int[] itemStart; // days from the first Monday
  private int[] itemDue;
  private long[] itemSeconds;
  private int[] itemBeyondDays;
  private byte[] itemStatus;
  private int[] itemNext;
  private int[] itemPrev;
  private int[] freeRows = new int[16];
  private int freeCount;
  private final ItemRows rowById;

  // Totals.
  private long scheduledInHorizon;
  private long beyondHorizon;
  private long unschedulableSeconds;
  private long overdueSeconds;
  private int scheduledCount;
  private int unschedulableCount;
  private int overdueCount;

  /**
   * An empty index.
   *
   * @param firstMonday the horizon's first day, a Monday ("this week")
   * @param weeks the horizon in weeks, 1 to 520
   * @param expectedPeople how many people to size for (grows beyond it)
   * @param expectedItems how many items to size for (grows beyond it)
   */
  public AllocationIndex(LocalDate firstMonday, int weeks, int expectedPeople, int expectedItems) {
    Objects.requireNonNull(firstMonday, "firstMonday");
    if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("the horizon starts on a Monday, not " + firstMonday);
    }
    if (weeks < 1 || weeks > 520) {
      throw new IllegalArgumentException("weeks must be within [1, 520] but was " + weeks);
    }
    this.firstMonday = firstMonday;
    this.origin = firstMonday.toEpochDay();
    this.weeks = weeks;
    this.days = weeks * 7;
    this.maskWeeks = weeks + TAIL_WEEKS;
    this.dayScratch = new long[maskWeeks * 7];
    int p = Math.max(16, expectedPeople);
    personKeys = new String[p];
    calendars = new PersonCalendar[p];
    masks = new byte[p * maskWeeks];
    capacity = new int[p * weeks];
    load = new long[p * weeks];
    personHead = new int[p];
    int n = Math.max(16, expectedItems);
    itemId = new long[n];
    itemPerson = new int[n];
    itemStart = new int[n];
    itemDue = new int[n];
    itemSeconds = new long[n];
    itemBeyondDays = new int[n];
    itemStatus = new byte[n];
    itemNext = new int[n];
    itemPrev = new int[n];
    rowById = new ItemRows(n);
  }

  public LocalDate firstMonday() {
    return firstMonday;
  }

  @Override
  public int weeks() {
    return weeks;
  }

  /** The week index of {@code day}, or −1 outside the horizon. */
  public int weekOf(LocalDate day) {
    long d = day.toEpochDay() - origin;
    return d < 0 || d >= days ? -1 : (int) (d / 7);
  }

  @Override
  public int people() {
    long stamp = lock.readLock();
    try {
      return people;
    } finally {
      lock.unlockRead(stamp);
    }
  }

  @Override
  public String personKey(int person) {
    long stamp = lock.readLock();
    try {
      checkPerson(person);
      return personKeys[person];
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** The index of the person with {@code key}, or −1. */
  public int person(String key) {
    long stamp = lock.readLock();
    try {
      return personByKey.getOrDefault(key, -1);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Changes with every write; equal before and after a read means nothing changed under it. */
  public long snapshotVersion() {
    long stamp = lock.readLock();
    try {
      return version;
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * Adds a person, or replaces the calendar of a known one (their items are spread again over the
   * new working days).
   *
   * @return the person's index
   */
  public int putPerson(PersonCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    long stamp = lock.writeLock();
    try {
      version++;
      String key = calendar.person().key();
      Integer known = personByKey.get(key);
      if (known != null) {
        int p = known;
        for (int row = personHead[p]; row >= 0; row = itemNext[row]) {
          apply(row, -1);
        }
        calendars[p] = calendar;
        fillCalendar(p);
        for (int row = personHead[p]; row >= 0; row = itemNext[row]) {
          itemBeyondDays[row] = beyondDays(p, itemStart[row], itemDue[row]);
          apply(row, +1);
        }
        return p;
      }
      if (people == personKeys.length) {
        int n = people * 2;
        personKeys = Arrays.copyOf(personKeys, n);
        calendars = Arrays.copyOf(calendars, n);
        masks = Arrays.copyOf(masks, n * maskWeeks);
        capacity = Arrays.copyOf(capacity, n * weeks);
        load = Arrays.copyOf(load, n * weeks);
        personHead = Arrays.copyOf(personHead, n);
      }
      int p = people++;
      personKeys[p] = key;
      calendars[p] = calendar;
      personHead[p] = -1;
      personByKey.put(key, p);
      fillCalendar(p);
      return p;
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /**
   * Adds or replaces work item {@code id}: {@code seconds} remaining for {@code person} from {@code
   * start} to {@code due}. O(weeks spanned by the old and the new spread).
   *
   * @param start first day; before the horizon means "from the first Monday"
   * @param due last day, the due date
   * @throws IllegalArgumentException for an unknown person, negative seconds or dates more than 100
   *     years from the horizon
   */
  public void put(long id, int person, LocalDate start, LocalDate due, long seconds) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(due, "due");
    put(id, person, relative(start), relative(due), seconds);
  }

  /**
   * {@link #put(long, int, LocalDate, LocalDate, long)} with days counted from the first Monday.
   */
  public void put(long id, int person, int startDay, int dueDay, long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("negative remaining seconds " + seconds + " of " + id);
    }
    checkDay(startDay);
    checkDay(dueDay);
    long stamp = lock.writeLock();
    try {
      checkPerson(person);
      version++;
      int row = rowById.get(id);
      if (row >= 0) {
        apply(row, -1);
        if (itemPerson[row] != person) {
          unlink(row);
          itemPerson[row] = person;
          link(row);
        }
      } else {
        row = newRow(id);
        itemPerson[row] = person;
        link(row);
      }
      itemStart[row] = startDay;
      itemDue[row] = dueDay;
      itemSeconds[row] = seconds;
      itemBeyondDays[row] = beyondDays(person, startDay, dueDay);
      apply(row, +1);
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /** Removes item {@code id}; false when unknown. */
  public boolean remove(long id) {
    long stamp = lock.writeLock();
    try {
      int row = rowById.get(id);
      if (row < 0) {
        return false;
      }
      version++;
      apply(row, -1);
      unlink(row);
      rowById.remove(id);
      itemStatus[row] = FREE;
      if (freeCount == freeRows.length) {
        freeRows = Arrays.copyOf(freeRows, freeCount * 2);
      }
      freeRows[freeCount++] = row;
      return true;
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /**
   * Rebuilds everything: every person's masks and capacities from their calendar, every load from
   * the items.
   */
  public void recompute() {
    long stamp = lock.writeLock();
    try {
      version++;
      holidayFlags.clear();
      for (int p = 0; p < people; p++) {
        fillCalendar(p);
      }
      Arrays.fill(load, 0, people * weeks, 0L);
      scheduledInHorizon = 0;
      beyondHorizon = 0;
      unschedulableSeconds = 0;
      overdueSeconds = 0;
      scheduledCount = 0;
      unschedulableCount = 0;
      overdueCount = 0;
      for (int row = 0; row < items; row++) {
        if (itemStatus[row] != FREE) {
          if (itemDue[row] >= days) {
            itemBeyondDays[row] = beyondDays(itemPerson[row], itemStart[row], itemDue[row]);
          }
          apply(row, +1);
        }
      }
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  @Override
  public long capacity(int person, int week) {
    long stamp = lock.readLock();
    try {
      checkCell(person, week);
      return capacity[person * weeks + week];
    } finally {
      lock.unlockRead(stamp);
    }
  }

  @Override
  public long load(int person, int week) {
    long stamp = lock.readLock();
    try {
      checkCell(person, week);
      return load[person * weeks + week];
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Totals over all items, for the "unscheduled / overdue" counters and conservation checks. */
  public Totals totals() {
    long stamp = lock.readLock();
    try {
      return new Totals(
          scheduledCount,
          scheduledInHorizon,
          beyondHorizon,
          unschedulableCount,
          unschedulableSeconds,
          overdueCount,
          overdueSeconds);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * Item counts and seconds by status.
   *
   * @param scheduledInHorizonSeconds the scheduled seconds that fall in the horizon (= Σ load)
   * @param beyondHorizonSeconds the scheduled seconds on working days after the horizon
   */
  public record Totals(
      int scheduled,
      long scheduledInHorizonSeconds,
      long beyondHorizonSeconds,
      int unschedulable,
      long unschedulableSeconds,
      int overdue,
      long overdueSeconds) {}

  /** The status of item {@code id}; empty when unknown. */
  public java.util.Optional<WorkStatus> status(long id) {
    long stamp = lock.readLock();
    try {
      int row = rowById.get(id);
      if (row < 0) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          switch (itemStatus[row]) {
            case SCHEDULED -> WorkStatus.SCHEDULED;
            case UNSCHEDULABLE -> WorkStatus.UNSCHEDULABLE;
            default -> WorkStatus.OVERDUE;
          });
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** One item's seconds in one person-week. */
  public record ItemShare(long itemId, long seconds) {}

  /**
   * Drill-down: the items of {@code person} with seconds in {@code week}, largest first (then by
   * id), at most {@code limit}. O(items of the person × weeks they span).
   */
  public List<ItemShare> contributors(int person, int week, int limit) {
    long stamp = lock.readLock();
    try {
      checkCell(person, week);
      List<ItemShare> shares = new ArrayList<>();
      long[] scratch = new long[weeks];
      for (int row = personHead[person]; row >= 0; row = itemNext[row]) {
        spreadOf(
            person,
            itemStart[row],
            itemDue[row],
            itemSeconds[row],
            itemBeyondDays[row],
            scratch,
            0,
            1);
        if (scratch[week] > 0) {
          shares.add(new ItemShare(itemId[row], scratch[week]));
        }
        Arrays.fill(scratch, 0L);
      }
      shares.sort(
          (a, b) ->
              a.seconds() != b.seconds()
                  ? Long.compare(b.seconds(), a.seconds())
                  : Long.compare(a.itemId(), b.itemId()));
      return List.copyOf(shares.subList(0, Math.min(limit, shares.size())));
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * Memory of the arrays in bytes: person-week arrays, person arrays, item arrays and the id map
   * (capacity, not size: what is allocated).
   */
  public long bytes() {
    long stamp = lock.readLock();
    try {
      long personWeeks = (long) masks.length + 4L * capacity.length + 8L * load.length;
      long holidays = 0;
      for (boolean[] flags : holidayFlags.values()) {
        holidays += flags.length;
      }
      long perPerson = 4L * personHead.length + 16L * personKeys.length;
      long perItem = itemId.length * (8L + 4 + 4 + 4 + 8 + 4 + 1 + 4 + 4);
      return personWeeks + holidays + perPerson + perItem + rowById.bytes() + 4L * freeRows.length;
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * Bytes of the person-week arrays alone per person-week of the horizon: capacity and load, and
   * the working-day masks of the horizon and its tail.
   */
  public double bytesPerPersonWeek() {
    return 4 + 8 + (double) maskWeeks / weeks;
  }

  /** The number of items held. */
  public int items() {
    long stamp = lock.readLock();
    try {
      return rowById.size();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  // ------------------------------------------------------------------ for scenarios (same package)

  /** A copy of item {@code id}'s inputs {person, start, due, seconds, beyond days}, or null. */
  long[] item(long id) {
    long stamp = lock.readLock();
    try {
      int row = rowById.get(id);
      if (row < 0) {
        return null;
      }
      return new long[] {
        itemPerson[row], itemStart[row], itemDue[row], itemSeconds[row], itemBeyondDays[row]
      };
    } finally {
      lock.unlockRead(stamp);
    }
  }

  int relative(LocalDate day) {
    long d = day.toEpochDay() - origin;
    checkDay(d);
    return (int) d;
  }

  /** Working days of {@code person} after the horizon, from {@code max(start, horizon end)}. */
  int beyondDays(int person, int startDay, int dueDay) {
    if (dueDay < days) {
      return 0;
    }
    int from = Math.max(startDay, days);
    int tailEnd = maskWeeks * 7 - 1;
    int count = 0;
    int to = Math.min(dueDay, tailEnd);
    if (from <= to) {
      int base = person * maskWeeks;
      for (int w = from / 7, last = to / 7; w <= last; w++) {
        count += Integer.bitCount(masks[base + w] & rangeMask(w, from, to));
      }
    }
    if (dueDay > tailEnd) {
      count +=
          calendars[person].workingDays(
              LocalDate.ofEpochDay(origin + Math.max(from, tailEnd + 1)),
              LocalDate.ofEpochDay(origin + dueDay));
    }
    return count;
  }

  /**
   * Spread under the read lock into {@code out[week]} × {@code sign}; returns what {@link
   * #spreadOf} returns.
   */
  long spreadLocked(
      int person, int start, int due, long seconds, int beyond, long[] out, int sign) {
    long stamp = lock.readLock();
    try {
      checkPerson(person);
      return spreadOf(person, start, due, seconds, beyond, out, 0, sign);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Working days after the horizon under the read lock; see {@link #beyondDays}. */
  int beyondDaysLocked(int person, int startDay, int dueDay) {
    long stamp = lock.readLock();
    try {
      checkPerson(person);
      return beyondDays(person, startDay, dueDay);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  // ------------------------------------------------------------------ internals

  private void apply(int row, int sign) {
    int p = itemPerson[row];
    long seconds = itemSeconds[row];
    long beyond =
        spreadOf(
            p, itemStart[row], itemDue[row], seconds, itemBeyondDays[row], load, p * weeks, sign);
    if (beyond >= 0) {
      itemStatus[row] = SCHEDULED;
      scheduledCount += sign;
      scheduledInHorizon += sign * (seconds - beyond);
      beyondHorizon += sign * beyond;
    } else if (beyond == SPREAD_UNSCHEDULABLE) {
      itemStatus[row] = UNSCHEDULABLE;
      unschedulableCount += sign;
      unschedulableSeconds += sign * seconds;
    } else {
      itemStatus[row] = OVERDUE;
      overdueCount += sign;
      overdueSeconds += sign * seconds;
    }
  }

  static final long SPREAD_OVERDUE = -1;
  static final long SPREAD_UNSCHEDULABLE = -2;

  /**
   * Adds {@code sign} × each week's share to {@code out[outBase + week]}. Returns the seconds that
   * fall on working days after the horizon (≥ 0) when scheduled, {@link #SPREAD_OVERDUE} or {@link
   * #SPREAD_UNSCHEDULABLE} (nothing added) otherwise. Reads the masks only.
   */
  long spreadOf(
      int p, int start, int due, long seconds, int beyondDays, long[] out, int outBase, int sign) {
    if (due < 0) {
      return SPREAD_OVERDUE;
    }
    int from = Math.max(start, 0);
    if (from > due) {
      return SPREAD_UNSCHEDULABLE;
    }
    int to = Math.min(due, days - 1);
    int base = p * maskWeeks;
    int inside = 0;
    if (from <= to) {
      for (int w = from / 7, last = to / 7; w <= last; w++) {
        inside += Integer.bitCount(masks[base + w] & rangeMask(w, from, to));
      }
    }
    int total = inside + beyondDays;
    if (total == 0) {
      return SPREAD_UNSCHEDULABLE;
    }
    if (from <= to) {
      int position = 0;
      for (int w = from / 7, last = to / 7; w <= last; w++) {
        int k = Integer.bitCount(masks[base + w] & rangeMask(w, from, to));
        if (k > 0) {
          out[outBase + w] += sign * EvenSpread.shares(seconds, total, position, k);
          position += k;
        }
      }
    }
    return EvenSpread.shares(seconds, total, inside, beyondDays);
  }

  /** The bits of week {@code w} whose days lie within {@code from .. to}. */
  private static int rangeMask(int w, int from, int to) {
    int lo = Math.max(from - w * 7, 0);
    int hi = Math.min(to - w * 7, 6);
    return ((1 << (hi + 1)) - 1) & ~((1 << lo) - 1);
  }

  private void fillCalendar(int p) {
    PersonCalendar calendar = calendars[p];
    int count = maskWeeks * 7;
    boolean[] holidays =
        holidayFlags.computeIfAbsent(
            calendar.holidays(), h -> PersonCalendar.holidayFlags(h, firstMonday, count));
    long[] day = dayScratch;
    calendar.fillCapacities(firstMonday, count, holidays, day);
    int maskBase = p * maskWeeks;
    int base = p * weeks;
    for (int w = 0, d = 0; w < maskWeeks; w++) {
      int mask = 0;
      long sum = 0;
      for (int i = 0; i < 7; i++, d++) {
        if (day[d] > 0) {
          mask |= 1 << i;
          sum += day[d];
        }
      }
      masks[maskBase + w] = (byte) mask;
      if (w < weeks) {
        capacity[base + w] = (int) sum;
      }
    }
  }

  private int newRow(long id) {
    int row;
    if (freeCount > 0) {
      row = freeRows[--freeCount];
    } else {
      if (items == itemId.length) {
        int n = items * 2;
        itemId = Arrays.copyOf(itemId, n);
        itemPerson = Arrays.copyOf(itemPerson, n);
        itemStart = Arrays.copyOf(itemStart, n);
        itemDue = Arrays.copyOf(itemDue, n);
        itemSeconds = Arrays.copyOf(itemSeconds, n);
        itemBeyondDays = Arrays.copyOf(itemBeyondDays, n);
        itemStatus = Arrays.copyOf(itemStatus, n);
        itemNext = Arrays.copyOf(itemNext, n);
        itemPrev = Arrays.copyOf(itemPrev, n);
      }
      row = items++;
    }
    itemId[row] = id;
    rowById.put(id, row);
    return row;
  }

  private void link(int row) {
    int p = itemPerson[row];
    itemPrev[row] = -1;
    itemNext[row] = personHead[p];
    if (personHead[p] >= 0) {
      itemPrev[personHead[p]] = row;
    }
    personHead[p] = row;
  }

  private void unlink(int row) {
    int p = itemPerson[row];
    if (itemPrev[row] >= 0) {
      itemNext[itemPrev[row]] = itemNext[row];
    } else {
      personHead[p] = itemNext[row];
    }
    if (itemNext[row] >= 0) {
      itemPrev[itemNext[row]] = itemPrev[row];
    }
  }

  private void checkPerson(int person) {
    if (person < 0 || person >= people) {
      throw new IllegalArgumentException("unknown person " + person);
    }
  }

  private void checkCell(int person, int week) {
    checkPerson(person);
    if (week < 0 || week >= weeks) {
      throw new IllegalArgumentException("week " + week + " outside 0.." + (weeks - 1));
    }
  }

  private static void checkDay(long day) {
    if (Math.abs(day) > PersonCalendar.MAX_SPAN_DAYS) {
      throw new IllegalArgumentException("day " + day + " is more than 100 years from the horizon");
    }
  }
}
