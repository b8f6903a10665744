package io.lodestar.pmo.sandbox.capacity;

import io.lodestar.pmo.app.capacity.port.CapacityStore;
import io.lodestar.pmo.app.capacity.port.CapacityTeam;
import io.lodestar.pmo.app.capacity.port.StoredAbsence;
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
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** {@link CapacityStore} on the {@code cap_*} tables of schema V11. */
public final class SqlCapacityStore implements CapacityStore {

  private final SandboxStore store;

  public SqlCapacityStore(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Map<String, Person> people(Collection<String> keys, LocalDate from, LocalDate to) {
    List<String> list = bounded(keys);
    Map<String, Person> people = new TreeMap<>();
    if (list.isEmpty()) {
      return people;
    }
    return store.inTransaction(
        c -> {
          Map<String, List<Availability>> availability = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT person_key, effective_from, percent FROM cap_availability WHERE"
                      + " person_key IN ("
                      + Sql.marks(list.size())
                      + ")")) {
            bind(ps, 1, list);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                availability
                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Availability(Sql.date(rs, "effective_from"), rs.getInt(3)));
              }
            }
          }
          Map<String, List<Absence>> absences = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM cap_absence WHERE person_key IN ("
                      + Sql.marks(list.size())
                      + ") AND last_day >= ? AND first_day <= ? ORDER BY first_day, id")) {
            int i = bind(ps, 1, list);
            Sql.date(ps, i++, from);
            Sql.date(ps, i, to);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                StoredAbsence a = absence(rs);
                absences.computeIfAbsent(a.personKey(), k -> new ArrayList<>()).add(a.absence());
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM cap_person WHERE person_key IN ("
                      + Sql.marks(list.size())
                      + ")")) {
            bind(ps, 1, list);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String key = rs.getString("person_key");
                WorkingHoursPlan plan =
                    WorkingHoursPlan.ofSeconds(
                        rs.getInt("seconds_mon"),
                        rs.getInt("seconds_tue"),
                        rs.getInt("seconds_wed"),
                        rs.getInt("seconds_thu"),
                        rs.getInt("seconds_fri"),
                        rs.getInt("seconds_sat"),
                        rs.getInt("seconds_sun"));
                String location = rs.getString("location_key");
                Person p =
                    new Person(
                        key,
                        location == null ? "" : location,
                        plan,
                        Optional.ofNullable(Sql.date(rs, "joined_on")),
                        Optional.ofNullable(Sql.date(rs, "left_on")),
                        availability.getOrDefault(key, List.of()),
                        absences.getOrDefault(key, List.of()),
                        rs.getBoolean("placeholder"),
                        rs.getString("role_name"));
                people.put(key, p);
              }
            }
          }
          return people;
        });
  }

  @Override
  public Map<String, HolidayCalendar> holidays(
      Collection<String> locations, LocalDate from, LocalDate to) {
    List<String> list = bounded(locations);
    Map<String, HolidayCalendar> calendars = new HashMap<>();
    if (list.isEmpty()) {
      return calendars;
    }
    return store.inTransaction(
        c -> {
          Map<String, Map<LocalDate, String>> days = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT location_key, holiday, name FROM cap_holiday WHERE location_key IN ("
                      + Sql.marks(list.size())
                      + ") AND holiday BETWEEN ? AND ?")) {
            int i = bind(ps, 1, list);
            Sql.date(ps, i++, from);
            Sql.date(ps, i, to);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                days.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                    .put(Sql.date(rs, "holiday"), rs.getString(3));
              }
            }
          }
          for (String location : list) {
            calendars.put(
                location, new ListedHolidays(location, days.getOrDefault(location, Map.of())));
          }
          return calendars;
        });
  }

  @Override
  public List<CapacityTeam> teams() {
    return store.inTransaction(
        c -> teams(c, "SELECT * FROM cap_team ORDER BY team_key", List.of()));
  }

  @Override
  public Optional<CapacityTeam> team(String teamKey) {
    if (teamKey == null) {
      return Optional.empty();
    }
    return store.inTransaction(
        c ->
            teams(c, "SELECT * FROM cap_team WHERE team_key = ?", List.of(teamKey)).stream()
                .findFirst());
  }

  @Override
  public List<CapacityTeam> teamsOf(Collection<String> personKeys) {
    List<String> list = bounded(personKeys);
    if (list.isEmpty()) {
      return List.of();
    }
    return store.inTransaction(
        c ->
            teams(
                c,
                "SELECT * FROM cap_team WHERE team_key IN (SELECT team_key FROM cap_team_member"
                    + " WHERE person_key IN ("
                    + Sql.marks(list.size())
                    + ")) ORDER BY team_key",
                list));
  }

  private static List<CapacityTeam> teams(Connection c, String sql, List<String> args)
      throws SQLException {
    Map<String, String[]> heads = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, 1, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && heads.size() < MAX_KEYS) {
          heads.put(
              rs.getString("team_key"),
              new String[] {rs.getString("name"), rs.getString("lead_key")});
        }
      }
    }
    List<CapacityTeam> teams = new ArrayList<>();
    if (heads.isEmpty()) {
      return teams;
    }
    Map<String, List<Membership>> members = new HashMap<>();
    List<String> keys = List.copyOf(heads.keySet());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT team_key, person_key, percent FROM cap_team_member WHERE team_key IN ("
                + Sql.marks(keys.size())
                + ") ORDER BY team_key, person_key")) {
      bind(ps, 1, keys);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          members
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Membership(rs.getString(2), rs.getInt(3)));
        }
      }
    }
    heads.forEach(
        (key, head) ->
            teams.add(
                new CapacityTeam(
                    key,
                    head[0],
                    Optional.ofNullable(head[1]),
                    members.getOrDefault(key, List.of()))));
    return teams;
  }

  @Override
  public List<ExplicitAllocation> allocations(
      Collection<String> holderKeys, LocalDate from, LocalDate to) {
    List<String> list = bounded(holderKeys);
    if (list.isEmpty()) {
      return List.of();
    }
    return store.inTransaction(
        c -> {
          List<ExplicitAllocation> found = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM cap_allocation WHERE holder_key IN ("
                      + Sql.marks(list.size())
                      + ") AND last_day >= ? AND first_day <= ? ORDER BY id")) {
            int i = bind(ps, 1, list);
            Sql.date(ps, i++, from);
            Sql.date(ps, i, to);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Long seconds = Sql.longValue(rs, "total_seconds");
                AllocationAmount amount =
                    seconds != null
                        ? new AllocationAmount.TotalSeconds(seconds)
                        : new AllocationAmount.PercentOfCapacity(rs.getInt("percent"));
                found.add(
                    new ExplicitAllocation(
                        String.valueOf(rs.getLong("id")),
                        rs.getString("holder_key"),
                        rs.getBoolean("holder_team"),
                        rs.getString("project_key"),
                        Optional.ofNullable(rs.getString("issue_key")),
                        Sql.date(rs, "first_day"),
                        Sql.date(rs, "last_day"),
                        amount));
              }
            }
          }
          return found;
        });
  }

  @Override
  public List<String> allocatedToProject(String projectKey, LocalDate from, LocalDate to) {
    return store.inTransaction(
        c -> {
          List<String> keys = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT DISTINCT holder_key FROM cap_allocation WHERE project_key = ? AND NOT"
                      + " holder_team AND last_day >= ? AND first_day <= ? ORDER BY holder_key"
                      + " LIMIT "
                      + MAX_KEYS)) {
            ps.setString(1, projectKey);
            Sql.date(ps, 2, from);
            Sql.date(ps, 3, to);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                keys.add(rs.getString(1));
              }
            }
          }
          return keys;
        });
  }

  @Override
  public List<StoredAbsence> absences(String personKey, LocalDate from, LocalDate to) {
    return store.inTransaction(
        c -> {
          List<StoredAbsence> found = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM cap_absence WHERE person_key = ? AND last_day >= ? AND first_day"
                      + " <= ? ORDER BY first_day, id LIMIT 1000")) {
            ps.setString(1, personKey);
            Sql.date(ps, 2, from);
            Sql.date(ps, 3, to);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(absence(rs));
              }
            }
          }
          return found;
        });
  }

  @Override
  public Optional<StoredAbsence> absence(long id) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT * FROM cap_absence WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(absence(rs)) : Optional.<StoredAbsence>empty();
            }
          }
        });
  }

  @Override
  public StoredAbsence addAbsence(String personKey, AbsenceDraft draft) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO cap_absence (person_key, first_day, last_day, kind,"
                      + " seconds_per_day, note, version) VALUES (?, ?, ?, ?, ?, ?, 1)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, personKey);
            bindDraft(ps, 2, draft);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              return stored(keys.getLong(1), personKey, draft, 1);
            }
          }
        });
  }

  @Override
  public Optional<StoredAbsence> updateAbsence(long id, long version, AbsenceDraft draft) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE cap_absence SET first_day = ?, last_day = ?, kind = ?, seconds_per_day"
                      + " = ?, note = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            int i = bindDraft(ps, 1, draft);
            ps.setLong(i++, id);
            ps.setLong(i, version);
            if (ps.executeUpdate() == 0) {
              return Optional.<StoredAbsence>empty();
            }
          }
          return absence(id);
        });
  }

  @Override
  public boolean deleteAbsence(long id, long version) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM cap_absence WHERE id = ? AND version = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, version);
            return ps.executeUpdate() == 1;
          }
        });
  }

  private static StoredAbsence stored(long id, String person, AbsenceDraft d, long version) {
    return new StoredAbsence(
        id, person, d.first(), d.last(), d.kind(), d.secondsPerDay(), d.note(), version);
  }

  private static int bindDraft(PreparedStatement ps, int i, AbsenceDraft d) throws SQLException {
    Sql.date(ps, i++, d.first());
    Sql.date(ps, i++, d.last());
    ps.setString(i++, d.kind().name());
    Sql.longValue(ps, i++, d.secondsPerDay().map(Integer::longValue).orElse(null));
    ps.setString(i++, d.note());
    return i;
  }

  private static StoredAbsence absence(ResultSet rs) throws SQLException {
    Long perDay = Sql.longValue(rs, "seconds_per_day");
    return new StoredAbsence(
        rs.getLong("id"),
        rs.getString("person_key"),
        Sql.date(rs, "first_day"),
        Sql.date(rs, "last_day"),
        AbsenceKind.valueOf(rs.getString("kind")),
        Optional.ofNullable(perDay == null ? null : perDay.intValue()),
        rs.getString("note"),
        rs.getLong("version"));
  }

  private static List<String> bounded(Collection<String> keys) {
    List<String> list = keys.stream().filter(Objects::nonNull).distinct().toList();
    if (list.size() > MAX_KEYS) {
      throw new IllegalArgumentException("at most " + MAX_KEYS + " keys at once");
    }
    return list;
  }

  private static int bind(PreparedStatement ps, int from, List<String> values) throws SQLException {
    int i = from;
    for (String v : values) {
      ps.setString(i++, v);
    }
    return i;
  }
}
