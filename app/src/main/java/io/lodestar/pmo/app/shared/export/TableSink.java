package io.lodestar.pmo.app.shared.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes one table row by row, as the rows are read: nothing but a bounded window of rows is held
 * in memory. Cells are {@link String} (text, guarded by {@link SpreadsheetCells#safe}), {@link
 * Number} (a number cell) or null (empty).
 */
public interface TableSink extends AutoCloseable {

  /** The column headers; called once, first. */
  void header(List<String> headers) throws IOException;

  /** One row, cells in column order. */
  void row(List<?> cells) throws IOException;

  /**
   * Notes about the table (e.g. how many rows the viewer may not see): XLSX writes them on a second
   * sheet, CSV leaves them out (a trailing line would be read as one more row; the caller sends
   * them as a response header instead).
   *
   * @param label the note's name
   * @param value its value: text or a number
   */
  void note(String label, Object value) throws IOException;

  /** Finishes the file and flushes it; does not close the response stream. */
  @Override
  void close() throws IOException;
}
