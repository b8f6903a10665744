package io.lodestar.pmo.jira.capacity.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.capacity.port.CapacityStore;
import io.lodestar.pmo.app.capacity.port.CapacityStore.AbsenceDraft;
import io.lodestar.pmo.app.capacity.port.CapacityTeam;
import io.lodestar.pmo.app.capacity.port.StoredAbsence;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.capacity.AbsenceKind;
import io.lodestar.pmo.engine.capacity.AllocationAmount;
import io.lodestar.pmo.engine.capacity.Availability;
import io.lodestar.pmo.engine.capacity.ExplicitAllocation;
import io.lodestar.pmo.engine.capacity.HolidayCalendar;
import io.lodestar.pmo.engine.capacity.Membership;
import io.lodestar.pmo.engine.capacity.Person;
import io.lodestar.pmo.engine.capacity.WorkingHoursPlan;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.shared.persistence.Races;
import io.lodestar.pmo.jira.shared.persistence.WriteLockUnavailableException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;

public class AoCapacityStoreTest {

  private static final LocalDate MON = LocalDate.of(2026, 12, 7);

  private InMemoryActiveObjects ao;
  private InMemoryClusterLockService lockService;
  private AoTransactions transactions;
  private AoCapacityStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(
        CapLocationEntity.class,
        CapHolidayEntity.class,
        CapPersonEntity.class,
        CapAvailabilityEntity.class,
        CapAbsenceEntity.class,
        CapTeamEntity.class,
        CapTeamMemberEntity.class,
        CapAllocationEntity.class);
    lockService = new InMemoryClusterLockService();
    transactions = new AoTransactions(ao);
    target = store(Duration.ofSeconds(5));
  }

  private AoCapacityStore store(Duration wait) {
    return new AoCapacityStore(
        ao, transactions, new ClusterWriteLocks(lockService, transactions, wait));
  }

  private void person(String key, String location, int dailySeconds, String joined) {
    ao.create(
        CapPersonEntity.class,
        new DBParam("PERSON_KEY", key),
        new DBParam("LOCATION_KEY", location),
        new DBParam("SECONDS_MON", dailySeconds),
        new DBParam("SECONDS_TUE", dailySeconds),
        new DBParam("SECONDS_WED", dailySeconds),
        new DBParam("SECONDS_THU", dailySeconds),
        new DBParam("SECONDS_FRI", dailySeconds),
        new DBParam("SECONDS_SAT", 0),
        new DBParam("SECONDS_SUN", 0),
        new DBParam("JOINED_ON", joined),
        new DBParam("ROLE_NAME", "Developer"),
        new DBParam("PLACEHOLDER", false));
  }

  private static AbsenceDraft draft(LocalDate first, LocalDate last, String note) {
    return new AbsenceDraft(first, last, AbsenceKind.VACATION, Optional.empty(), note);
  }

  @Test
  public void people_shouldReadPlanAvailabilityAndOverlappingAbsences_ofPlannedPeopleOnly() {
    // given
    person("alice", "DE", 28_800, "2026-01-05");
    person("bob", null, 14_400, null);
    ao.create(
        CapAvailabilityEntity.class,
        new DBParam("PERSON_KEY", "alice"),
        new DBParam("EFFECTIVE_FROM", "2026-12-01"),
        new DBParam("AVAILABLE_PERCENT", 50));
    StoredAbsence inRange = target.addAbsence("alice", draft(MON, MON.plusDays(1), "ski"));
    target.addAbsence("alice", draft(MON.plusWeeks(3), MON.plusWeeks(3), "later"));

    // when
    Map<String, Person> people =
        target.people(List.of("bob", "alice", "carol"), MON, MON.plusDays(6));

    // then
    assertThat(people).containsOnlyKeys("alice", "bob");
    Person alice = people.get("alice");
    assertThat(alice.location()).isEqualTo("DE");
    assertThat(alice.plan())
        .isEqualTo(WorkingHoursPlan.ofSeconds(28_800, 28_800, 28_800, 28_800, 28_800, 0, 0));
    assertThat(alice.joined()).contains(LocalDate.of(2026, 1, 5));
    assertThat(alice.availability())
        .containsExactly(new Availability(LocalDate.of(2026, 12, 1), 50));
    assertThat(alice.absences()).containsExactly(inRange.absence());
    assertThat(people.get("bob").location()).isEmpty();
    assertThat(people.get("bob").absences()).isEmpty();
  }

  @Test
  public void people_shouldRefuse_whenMoreKeysThanTheBound() {
    List<String> keys =
        IntStream.rangeClosed(0, CapacityStore.MAX_KEYS).mapToObj(i -> "u" + i).toList();

    assertThatThrownBy(() -> target.people(keys, MON, MON))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void holidays_shouldListTheDaysInRange_andGiveEveryLocationACalendar() {
    ao.create(
        CapHolidayEntity.class,
        new DBParam("LOCATION_KEY", "DE"),
        new DBParam("HOLIDAY", "2026-12-25"),
        new DBParam("NAME", "Christmas"));
    ao.create(
        CapHolidayEntity.class,
        new DBParam("LOCATION_KEY", "DE"),
        new DBParam("HOLIDAY", "2027-01-01"),
        new DBParam("NAME", "New Year"));

    Map<String, HolidayCalendar> calendars =
        target.holidays(
            List.of("DE", "FR"), LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 31));

    assertThat(calendars).containsOnlyKeys("DE", "FR");
    assertThat(calendars.get("DE").isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
    assertThat(calendars.get("DE").isHoliday(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(calendars.get("FR").isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
  }

  @Test
  public void teams_shouldCarryLeadAndMembers_inKeyOrder_andTeamsOfFindByMember() {
    ao.create(CapTeamEntity.class, new DBParam("TEAM_KEY", "web"), new DBParam("NAME", "Web"));
    ao.create(
        CapTeamEntity.class,
        new DBParam("TEAM_KEY", "api"),
        new DBParam("NAME", "API"),
        new DBParam("LEAD_KEY", "lead"));
    member("api", "bob", 50);
    member("api", "alice", 100);
    member("web", "bob", 50);

    List<CapacityTeam> teams = target.teams();

    assertThat(teams).extracting(CapacityTeam::key).containsExactly("api", "web");
    assertThat(teams.get(0).leadKey()).contains("lead");
    assertThat(teams.get(0).members())
        .containsExactly(new Membership("alice", 100), new Membership("bob", 50));
    assertThat(teams.get(1).leadKey()).isEmpty();
    assertThat(target.team("web")).contains(teams.get(1));
    assertThat(target.team("nope")).isEmpty();
    assertThat(target.team(null)).isEmpty();
    assertThat(target.teamsOf(List.of("alice")))
        .extracting(CapacityTeam::key)
        .containsExactly("api");
    assertThat(target.teamsOf(List.of("bob")))
        .extracting(CapacityTeam::key)
        .containsExactly("api", "web");
    assertThat(target.teamsOf(List.of())).isEmpty();
  }

  private void member(String team, String person, int percent) {
    ao.create(
        CapTeamMemberEntity.class,
        new DBParam("TEAM_KEY", team),
        new DBParam("PERSON_KEY", person),
        new DBParam("MEMBER_PERCENT", percent));
  }

  private int allocation(
      String holder, boolean team, String project, String first, String last, Integer pct, Long s) {
    return ao.create(
            CapAllocationEntity.class,
            new DBParam("HOLDER_KEY", holder),
            new DBParam("HOLDER_TEAM", team),
            new DBParam("PROJECT_KEY", project),
            new DBParam("FIRST_DAY", first),
            new DBParam("LAST_DAY", last),
            new DBParam("ALLOCATED_PERCENT", pct),
            new DBParam("TOTAL_SECONDS", s))
        .getID();
  }

  @Test
  public void allocations_shouldReadPercentAndHours_overlappingTheRange() {
    int pct = allocation("alice", false, "MOB", "2026-12-01", "2026-12-08", 50, null);
    int hours = allocation("api", true, "MOB", "2026-12-10", "2026-12-20", null, 36_000L);
    allocation("alice", false, "WEB", "2027-02-01", "2027-02-08", 20, null);

    List<ExplicitAllocation> found =
        target.allocations(List.of("alice", "api"), MON, MON.plusDays(6));

    assertThat(found)
        .containsExactly(
            new ExplicitAllocation(
                String.valueOf(pct),
                "alice",
                false,
                "MOB",
                Optional.empty(),
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 8),
                new AllocationAmount.PercentOfCapacity(50)),
            new ExplicitAllocation(
                String.valueOf(hours),
                "api",
                true,
                "MOB",
                Optional.empty(),
                LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 20),
                new AllocationAmount.TotalSeconds(36_000L)));
    assertThat(target.allocatedToProject("MOB", MON, MON.plusDays(6))).containsExactly("alice");
    assertThat(target.allocatedToProject("WEB", MON, MON.plusDays(6))).isEmpty();
  }

  @Test
  public void allocations_shouldFailAsStoredData_whenARowHasBothAmounts() {
    allocation("alice", false, "MOB", "2026-12-01", "2026-12-08", 50, 3_600L);

    assertThatThrownBy(() -> target.allocations(List.of("alice"), MON, MON))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining(CapAllocationEntity.TABLE);
  }

  @Test
  public void addAbsence_shouldStoreVersionOne_andAbsencesListThemFirstDayFirst() {
    StoredAbsence later = target.addAbsence("alice", draft(MON.plusDays(3), MON.plusDays(4), ""));
    StoredAbsence sooner =
        target.addAbsence(
            "alice",
            new AbsenceDraft(MON, MON, AbsenceKind.TRAINING, Optional.of(14_400), "course"));

    assertThat(sooner.version()).isEqualTo(1);
    assertThat(sooner.secondsPerDay()).contains(14_400);
    assertThat(target.absences("alice", MON, MON.plusDays(6))).containsExactly(sooner, later);
    assertThat(target.absences("bob", MON, MON.plusDays(6))).isEmpty();
    assertThat(target.absence(sooner.id())).contains(sooner);
    assertThat(target.absence(999)).isEmpty();
    assertThat(target.absence(-1)).isEmpty();
  }

  @Test
  public void addAbsence_shouldRefuseAndStoreNothing_whenLastIsBeforeFirstOrNoteTooLong() {
    assertThatThrownBy(() -> target.addAbsence("alice", draft(MON, MON.minusDays(1), "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("last");
    String longNote =
        String.join("", Collections.nCopies(AoCapacityStore.MAX_NOTE_LENGTH + 1, "x"));
    assertThatThrownBy(() -> target.addAbsence("alice", draft(MON, MON, longNote)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("note");
    assertThat(ao.rows(CapAbsenceEntity.class)).isEmpty();
  }

  @Test
  public void updateAbsence_shouldBumpTheVersion_whenTheVersionMatches() {
    StoredAbsence added = target.addAbsence("alice", draft(MON, MON, "ski"));

    Optional<StoredAbsence> updated =
        target.updateAbsence(added.id(), 1, draft(MON, MON.plusDays(2), "longer ski"));

    assertThat(updated).isPresent();
    assertThat(updated.get().version()).isEqualTo(2);
    assertThat(updated.get().last()).isEqualTo(MON.plusDays(2));
    assertThat(target.absence(added.id())).isEqualTo(updated);
    assertThat(lockService.requested())
        .containsExactly(ClusterWriteLocks.name(AoCapacityStore.lockSuffix(added.id())));
    assertThat(lockService.isLocked(ClusterWriteLocks.name(AoCapacityStore.lockSuffix(added.id()))))
        .isFalse();
  }

  @Test
  public void updateAbsence_shouldWriteNothing_whenTheVersionIsStale() {
    StoredAbsence added = target.addAbsence("alice", draft(MON, MON, "ski"));
    target.updateAbsence(added.id(), 1, draft(MON, MON, "first writer"));

    Optional<StoredAbsence> second =
        target.updateAbsence(added.id(), 1, draft(MON, MON, "second writer"));

    assertThat(second).isEmpty();
    assertThat(target.absence(added.id()).orElseThrow().note()).isEqualTo("first writer");
    assertThat(target.updateAbsence(12_345, 1, draft(MON, MON, "gone"))).isEmpty();
  }

  @Test
  public void deleteAbsence_shouldDeleteOnlyAtTheStoredVersion() {
    StoredAbsence added = target.addAbsence("alice", draft(MON, MON, "ski"));

    assertThat(target.deleteAbsence(added.id(), 2)).isFalse();
    assertThat(target.absence(added.id())).isPresent();
    assertThat(target.deleteAbsence(added.id(), 1)).isTrue();
    assertThat(target.absence(added.id())).isEmpty();
    assertThat(target.deleteAbsence(added.id(), 1)).isFalse();
  }

  @Test
  public void updateAbsence_shouldFailAndChangeNothing_whenTheLockIsHeldElsewhere()
      throws Exception {
    StoredAbsence added = target.addAbsence("alice", draft(MON, MON, "ski"));
    Thread otherNode =
        Races.holdLock(lockService, ClusterWriteLocks.name(AoCapacityStore.lockSuffix(added.id())));
    try {
      assertThatThrownBy(
              () ->
                  store(Duration.ofMillis(50))
                      .updateAbsence(added.id(), 1, draft(MON, MON, "blocked")))
          .isInstanceOf(WriteLockUnavailableException.class);
    } finally {
      otherNode.interrupt();
      otherNode.join();
    }
    assertThat(target.absence(added.id())).contains(added);
  }

  @Test
  public void absence_shouldFailAsStoredData_whenTheKindIsUnknown() {
    ao.create(
        CapAbsenceEntity.class,
        new DBParam("PERSON_KEY", "alice"),
        new DBParam("FIRST_DAY", "2026-12-07"),
        new DBParam("LAST_DAY", "2026-12-07"),
        new DBParam("KIND", "SABBATICAL"),
        new DBParam("VERSION", 1L));

    assertThatThrownBy(() -> target.absences("alice", MON, MON))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining(CapAbsenceEntity.TABLE);
  }
}
