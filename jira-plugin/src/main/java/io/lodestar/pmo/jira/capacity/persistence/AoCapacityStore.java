package io.lodestar.pmo.jira.capacity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.capacity.port.CapacityStore;
import io.lodestar.pmo.app.capacity.port.CapacityTeam;
import io.lodestar.pmo.app.capacity.port.StoredAbsence;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.capacity.Absence;
import io.lodestar.pmo.engine.capacity.AbsenceKind;
import io.lodestar.pmo.engine.capacity.AllocationAmount;
import io.lodestar.pmo.engine.capacity.Availability;
import io.lodestar.pmo.engine.capacity.ExplicitAllocation;
import io.lodestar.pmo.engine.capacity.HolidayCalendar;
import io.lodestar.pmo.engine.capacity.ListedHolidays;
import io.lodestar.pmo.engine.capacity.Membership;
import io.lodestar.pmo.engine.capacity.Person;
import io.lodestar.pmo.engine.capacity.WorkingHoursPlan;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link CapacityStore} on the {@code CAP_*} tables of AO model version 6 (the sandbox's {@code
 * cap_*} tables of schema V11, same rows and rules). Dates are ISO-8601 text, so text comparison in
 * the queries is date comparison. Every read is one query per table with one IN list of at most
 * {@value CapacityStore#MAX_KEYS} keys; lists are in key order.
 *
 * <p>Absence writes run in a transaction of {@link AoTransactions} (joined by the caller's, so the
 * caller's audit entry commits with the change); an update or delete takes the cluster lock {@code
 * lodestar.internal.lock.capacity-absence.<id>} until the transaction ends, then compares the
 * version: two writers holding the same version on two nodes cannot both pass (the loser gets the
 * empty result the REST layer turns into 409).
 */
public final class AoCapacityStore implements CapacityStore {

  /** Longest absence note (the column's length). */
  static final int MAX_NOTE_LENGTH = 1_000;

  private final ActiveObjects ao;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoCapacityStore(ActiveObjects ao, AoTransactions transactions, ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  @Override
  public Map<String, Person> people(Collection<String> keys, LocalDate from, LocalDate to) {
    List<String> list = bounded(keys);
    Map<String, Person> people = new TreeMap<>();
    if (list.isEmpty()) {
      return people;
    }
    Map<String, List<Availability>> availability = new HashMap<>();
    for (CapAvailabilityEntity row :
        ao.find(
            CapAvailabilityEntity.class,
            Query.select()
                .where(in(CapAvailabilityEntity.PERSON_KEY, list.size()), list.toArray())
                .order(CapAvailabilityEntity.EFFECTIVE_FROM + " ASC"))) {
      availability
          .computeIfAbsent(row.getPersonKey(), k -> new ArrayList<>())
          .add(
              read(
                  CapAvailabilityEntity.TABLE,
                  row.getID(),
                  () ->
                      new Availability(
                          LocalDate.parse(row.getEffectiveFrom()), row.getAvailablePercent())));
    }
    Map<String, List<Absence>> absences = new HashMap<>();
    for (CapAbsenceEntity row : absenceRows(list, from, to)) {
      StoredAbsence a = toAbsence(row);
      absences.computeIfAbsent(a.personKey(), k -> new ArrayList<>()).add(a.absence());
    }
    for (CapPersonEntity row :
        ao.find(
            CapPersonEntity.class,
            Query.select().where(in(CapPersonEntity.PERSON_KEY, list.size()), list.toArray()))) {
      String key = row.getPersonKey();
      people.put(
          key,
          read(
              CapPersonEntity.TABLE,
              row.getID(),
              () ->
                  new Person(
                      key,
                      row.getLocationKey() == null ? "" : row.getLocationKey(),
                      WorkingHoursPlan.ofSeconds(
                          row.getSecondsMon(),
                          row.getSecondsTue(),
                          row.getSecondsWed(),
                          row.getSecondsThu(),
                          row.getSecondsFri(),
                          row.getSecondsSat(),
                          row.getSecondsSun()),
                      Optional.ofNullable(row.getJoinedOn()).map(LocalDate::parse),
                      Optional.ofNullable(row.getLeftOn()).map(LocalDate::parse),
                      availability.getOrDefault(key, List.of()),
                      absences.getOrDefault(key, List.of()),
                      row.getPlaceholder(),
                      row.getRoleName() == null ? "" : row.getRoleName())));
    }
    return people;
  }

  @Override
  public Map<String, HolidayCalendar> holidays(
      Collection<String> locations, LocalDate from, LocalDate to) {
    List<String> list = bounded(locations);
    Map<String, HolidayCalendar> calendars = new HashMap<>();
    if (list.isEmpty()) {
      return calendars;
    }
    List<Object> params = new ArrayList<>(list);
    params.add(from.toString());
    params.add(to.toString());
    Map<String, Map<LocalDate, String>> days = new HashMap<>();
    for (CapHolidayEntity row :
        ao.find(
            CapHolidayEntity.class,
            Query.select()
                .where(
                    in(CapHolidayEntity.LOCATION_KEY, list.size())
                        + " AND "
                        + CapHolidayEntity.HOLIDAY
                        + " >= ? AND "
                        + CapHolidayEntity.HOLIDAY
                        + " <= ?",
                    params.toArray()))) {
      LocalDate day =
          read(CapHolidayEntity.TABLE, row.getID(), () -> LocalDate.parse(row.getHoliday()));
      days.computeIfAbsent(row.getLocationKey(), k -> new TreeMap<>()).put(day, row.getName());
    }
    for (String location : list) {
      calendars.put(location, new ListedHolidays(location, days.getOrDefault(location, Map.of())));
    }
    return calendars;
  }

  @Override
  public List<CapacityTeam> teams() {
    return teams(
        ao.find(
            CapTeamEntity.class,
            Query.select().order(CapTeamEntity.TEAM_KEY + " ASC").limit(MAX_KEYS)));
  }

  @Override
  public Optional<CapacityTeam> team(String teamKey) {
    if (teamKey == null) {
      return Optional.empty();
    }
    return teams(
            ao.find(
                CapTeamEntity.class,
                Query.select().where(CapTeamEntity.TEAM_KEY + " = ?", teamKey)))
        .stream()
        .findFirst();
  }

  @Override
  public List<CapacityTeam> teamsOf(Collection<String> personKeys) {
    List<String> list = bounded(personKeys);
    if (list.isEmpty()) {
      return List.of();
    }
    TreeSet<String> teamKeys = new TreeSet<>();
    for (CapTeamMemberEntity row :
        ao.find(
            CapTeamMemberEntity.class,
            Query.select()
                .where(in(CapTeamMemberEntity.PERSON_KEY, list.size()), list.toArray()))) {
      teamKeys.add(row.getTeamKey());
    }
    if (teamKeys.isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(teamKeys).subList(0, Math.min(teamKeys.size(), MAX_KEYS));
    return teams(
        ao.find(
            CapTeamEntity.class,
            Query.select()
                .where(in(CapTeamEntity.TEAM_KEY, keys.size()), keys.toArray())
                .order(CapTeamEntity.TEAM_KEY + " ASC")));
  }

  private List<CapacityTeam> teams(CapTeamEntity[] rows) {
    Map<String, CapTeamEntity> heads = new LinkedHashMap<>();
    for (CapTeamEntity row : rows) {
      if (heads.size() < MAX_KEYS) {
        heads.put(row.getTeamKey(), row);
      }
    }
    if (heads.isEmpty()) {
      return List.of();
    }
    List<String> keys = List.copyOf(heads.keySet());
    Map<String, List<Membership>> members = new HashMap<>();
    for (CapTeamMemberEntity row :
        ao.find(
            CapTeamMemberEntity.class,
            Query.select()
                .where(in(CapTeamMemberEntity.TEAM_KEY, keys.size()), keys.toArray())
                .order(
                    CapTeamMemberEntity.TEAM_KEY
                        + " ASC, "
                        + CapTeamMemberEntity.PERSON_KEY
                        + " ASC"))) {
      members
          .computeIfAbsent(row.getTeamKey(), k -> new ArrayList<>())
          .add(
              read(
                  CapTeamMemberEntity.TABLE,
                  row.getID(),
                  () -> new Membership(row.getPersonKey(), row.getMemberPercent())));
    }
    List<CapacityTeam> teams = new ArrayList<>();
    heads.forEach(
        (key, row) ->
            teams.add(
                read(
                    CapTeamEntity.TABLE,
                    row.getID(),
                    () ->
                        new CapacityTeam(
                            key,
                            row.getName(),
                            Optional.ofNullable(row.getLeadKey()),
                            members.getOrDefault(key, List.of())))));
    return teams;
  }

  @Override
  public List<ExplicitAllocation> allocations(
      Collection<String> holderKeys, LocalDate from, LocalDate to) {
    List<String> list = bounded(holderKeys);
    if (list.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>(list);
    params.add(from.toString());
    params.add(to.toString());
    List<ExplicitAllocation> found = new ArrayList<>();
    for (CapAllocationEntity row :
        ao.find(
            CapAllocationEntity.class,
            Query.select()
                .where(
                    in(CapAllocationEntity.HOLDER_KEY, list.size())
                        + " AND "
                        + CapAllocationEntity.LAST_DAY
                        + " >= ? AND "
                        + CapAllocationEntity.FIRST_DAY
                        + " <= ?",
                    params.toArray())
                .order("ID ASC"))) {
      found.add(read(CapAllocationEntity.TABLE, row.getID(), () -> toAllocation(row)));
    }
    return found;
  }

  private static ExplicitAllocation toAllocation(CapAllocationEntity row) {
    Long seconds = row.getTotalSeconds();
    Integer percent = row.getAllocatedPercent();
    if ((seconds == null) == (percent == null)) {
      throw new IllegalStateException("exactly one of percent and total seconds must be set");
    }
    AllocationAmount amount =
        seconds != null
            ? new AllocationAmount.TotalSeconds(seconds)
            : new AllocationAmount.PercentOfCapacity(percent);
    return new ExplicitAllocation(
        String.valueOf(row.getID()),
        row.getHolderKey(),
        row.getHolderTeam(),
        row.getProjectKey(),
        Optional.ofNullable(row.getIssueKey()),
        LocalDate.parse(row.getFirstDay()),
        LocalDate.parse(row.getLastDay()),
        amount);
  }

  @Override
  public List<String> allocatedToProject(String projectKey, LocalDate from, LocalDate to) {
    TreeSet<String> keys = new TreeSet<>();
    for (CapAllocationEntity row :
        ao.find(
            CapAllocationEntity.class,
            Query.select()
                .where(
                    CapAllocationEntity.PROJECT_KEY
                        + " = ? AND "
                        + CapAllocationEntity.HOLDER_TEAM
                        + " = ? AND "
                        + CapAllocationEntity.LAST_DAY
                        + " >= ? AND "
                        + CapAllocationEntity.FIRST_DAY
                        + " <= ?",
                    projectKey,
                    false,
                    from.toString(),
                    to.toString()))) {
      keys.add(row.getHolderKey());
    }
    return new ArrayList<>(keys).subList(0, Math.min(keys.size(), MAX_KEYS));
  }

  @Override
  public List<StoredAbsence> absences(String personKey, LocalDate from, LocalDate to) {
    List<StoredAbsence> found = new ArrayList<>();
    for (CapAbsenceEntity row : absenceRows(List.of(personKey), from, to)) {
      if (found.size() == MAX_KEYS) {
        break;
      }
      found.add(toAbsence(row));
    }
    return found;
  }

  private CapAbsenceEntity[] absenceRows(List<String> persons, LocalDate from, LocalDate to) {
    List<Object> params = new ArrayList<>(persons);
    params.add(from.toString());
    params.add(to.toString());
    return ao.find(
        CapAbsenceEntity.class,
        Query.select()
            .where(
                in(CapAbsenceEntity.PERSON_KEY, persons.size())
                    + " AND "
                    + CapAbsenceEntity.LAST_DAY
                    + " >= ? AND "
                    + CapAbsenceEntity.FIRST_DAY
                    + " <= ?",
                params.toArray())
            .order(CapAbsenceEntity.FIRST_DAY + " ASC, ID ASC"));
  }

  @Override
  public Optional<StoredAbsence> absence(long id) {
    return row(id).map(AoCapacityStore::toAbsence);
  }

  private Optional<CapAbsenceEntity> row(long id) {
    if (id <= 0 || id > Integer.MAX_VALUE) {
      return Optional.empty(); // AO ids are positive ints: no such row
    }
    return Optional.ofNullable(ao.get(CapAbsenceEntity.class, (int) id));
  }

  @Override
  public StoredAbsence addAbsence(String personKey, AbsenceDraft draft) {
    Objects.requireNonNull(personKey, "personKey");
    check(draft);
    return transactions.inTransaction(
        () -> {
          CapAbsenceEntity row =
              ao.create(
                  CapAbsenceEntity.class,
                  new DBParam(CapAbsenceEntity.PERSON_KEY, personKey),
                  new DBParam(CapAbsenceEntity.FIRST_DAY, draft.first().toString()),
                  new DBParam(CapAbsenceEntity.LAST_DAY, draft.last().toString()),
                  new DBParam(CapAbsenceEntity.KIND, draft.kind().name()),
                  new DBParam(CapAbsenceEntity.SECONDS_PER_DAY, draft.secondsPerDay().orElse(null)),
                  new DBParam(CapAbsenceEntity.NOTE, draft.note()),
                  new DBParam(CapAbsenceEntity.VERSION, 1L));
          return toAbsence(row);
        });
  }

  @Override
  public Optional<StoredAbsence> updateAbsence(long id, long version, AbsenceDraft draft) {
    check(draft);
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(id));
          Optional<CapAbsenceEntity> found = row(id);
          if (found.isEmpty() || found.get().getVersion() != version) {
            return Optional.<StoredAbsence>empty();
          }
          CapAbsenceEntity row = found.get();
          row.setFirstDay(draft.first().toString());
          row.setLastDay(draft.last().toString());
          row.setKind(draft.kind().name());
          row.setSecondsPerDay(draft.secondsPerDay().orElse(null));
          row.setNote(draft.note());
          row.setVersion(version + 1);
          row.save();
          return Optional.of(toAbsence(row));
        });
  }

  @Override
  public boolean deleteAbsence(long id, long version) {
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(id));
          Optional<CapAbsenceEntity> found = row(id);
          if (found.isEmpty() || found.get().getVersion() != version) {
            return false;
          }
          ao.delete(found.get());
          return true;
        });
  }

  /** Suffix of the cluster lock name of one absence. */
  static String lockSuffix(long id) {
    return "capacity-absence." + id;
  }

  private static void check(AbsenceDraft draft) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(draft.first(), "first");
    Objects.requireNonNull(draft.last(), "last");
    Objects.requireNonNull(draft.kind(), "kind");
    Objects.requireNonNull(draft.note(), "note");
    if (draft.last().isBefore(draft.first())) {
      throw new IllegalArgumentException("last: before first");
    }
    if (draft.note().length() > MAX_NOTE_LENGTH) {
      throw new IllegalArgumentException("note: longer than " + MAX_NOTE_LENGTH);
    }
  }

  private static StoredAbsence toAbsence(CapAbsenceEntity row) {
    return read(
        CapAbsenceEntity.TABLE,
        row.getID(),
        () ->
            new StoredAbsence(
                row.getID(),
                row.getPersonKey(),
                LocalDate.parse(row.getFirstDay()),
                LocalDate.parse(row.getLastDay()),
                AbsenceKind.valueOf(row.getKind()),
                Optional.ofNullable(row.getSecondsPerDay()),
                row.getNote() == null ? "" : row.getNote(),
                row.getVersion()));
  }

  private interface RowReader<T> {
    T read();
  }

  /** Reads a row's value, a corrupt row (bad date, unknown kind) failing as stored data. */
  private static <T> T read(String table, int id, RowReader<T> reader) {
    try {
      return reader.read();
    } catch (RuntimeException e) {
      throw new StoredDataException(table + " row " + id + ": " + e.getMessage(), e);
    }
  }

  private static String in(String column, int n) {
    return column + " IN (" + String.join(", ", Collections.nCopies(n, "?")) + ")";
  }

  private static List<String> bounded(Collection<String> keys) {
    List<String> list = keys.stream().filter(Objects::nonNull).distinct().sorted().toList();
    if (list.size() > MAX_KEYS) {
      throw new IllegalArgumentException("at most " + MAX_KEYS + " keys at once");
    }
    return list;
  }
}
