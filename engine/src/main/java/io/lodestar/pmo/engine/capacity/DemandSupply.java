package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Demand vs supply by role over time, the PMO's hiring signal: per role and bucket, the capacity of
 * the <em>named</em> people in the role (supply) against the allocation of everybody in the role,
 * placeholders included (demand). A placeholder adds demand and no supply, because nobody is hired
 * yet; a bucket with demand &gt; supply (strictly) is a shortfall. People without a role are left
 * out.
 */
public final class DemandSupply {

  /** Role → bucket start → (supply as capacity, demand as allocation). */
  public Map<String, NavigableMap<LocalDate, LoadCell>> byRole(
      AllocationResult result, List<Person> people, Period period) {
    Map<String, NavigableMap<LocalDate, LoadCell>> roles = new TreeMap<>();
    for (Person person : people) {
      if (person.role().isBlank()) {
        continue;
      }
      PersonLoad load = result.person(person.key()).orElse(null);
      if (load == null) {
        continue;
      }
      NavigableMap<LocalDate, LoadCell> cells =
          roles.computeIfAbsent(person.role(), r -> new TreeMap<>());
      load.cells(period)
          .forEach(
              (bucket, cell) ->
                  cells.merge(
                      bucket,
                      new LoadCell(
                          person.placeholder() ? 0 : cell.capacitySeconds(),
                          cell.allocatedSeconds()),
                      LoadCell::plus));
    }
    roles.replaceAll((role, cells) -> Collections.unmodifiableNavigableMap(cells));
    return Collections.unmodifiableMap(roles);
  }
}
