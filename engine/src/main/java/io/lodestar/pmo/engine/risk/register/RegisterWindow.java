package io.lodestar.pmo.engine.risk.register;

import java.util.List;

/**
 * One page of the filtered, sorted register.
 *
 * @param rows the rows at positions {@code startAt .. startAt + rows.size() − 1} of the sorted,
 *     filtered register
 * @param startAt 0-based position of the first row
 * @param matched how many rows matched the filter in total
 * @param scanned how many rows were fed (before filtering)
 */
public record RegisterWindow(List<RegisterRow> rows, int startAt, long matched, long scanned) {

  public RegisterWindow {
    rows = List.copyOf(rows);
  }
}
