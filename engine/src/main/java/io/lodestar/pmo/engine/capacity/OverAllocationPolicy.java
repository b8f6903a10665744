package io.lodestar.pmo.engine.capacity;

import java.util.List;
import java.util.Objects;

/**
 * The over-allocation rule of DOMAIN.md as a named policy: a cell is over-allocated iff its load is
 * strictly greater than its capacity. Two half-time assignments on a full-time capacity fit; a
 * third does not.
 */
public final class OverAllocationPolicy {

  public static final String NAME = "over-allocation";
  public static final String KEY_OVER = "lodestar.capacity.cell.overAllocated";
  public static final String KEY_WITHIN = "lodestar.capacity.cell.withinCapacity";

  /** The verdict on one cell, with a message key and its arguments (hours as decimals). */
  public record Finding(
      String policy, boolean overAllocated, String messageKey, List<Object> args) {
    public Finding {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(messageKey, "messageKey");
      args = List.copyOf(args);
    }
  }

  public Finding evaluate(LoadCell cell) {
    if (cell.overAllocated()) {
      return new Finding(
          NAME,
          true,
          KEY_OVER,
          List.of(
              LoadCell.hours(cell.allocatedSeconds()),
              LoadCell.hours(cell.capacitySeconds()),
              LoadCell.hours(-cell.remainingSeconds())));
    }
    return new Finding(
        NAME,
        false,
        KEY_WITHIN,
        List.of(
            LoadCell.hours(cell.allocatedSeconds()),
            LoadCell.hours(cell.capacitySeconds()),
            LoadCell.hours(cell.remainingSeconds())));
  }
}
