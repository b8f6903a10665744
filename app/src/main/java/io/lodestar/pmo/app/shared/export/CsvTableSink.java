package io.lodestar.pmo.app.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A table as CSV (RFC 4180, UTF-8), each row printed and flushed through as it comes. */
final class CsvTableSink implements TableSink {

  private final CSVPrinter csv;

  CsvTableSink(OutputStream out) throws IOException {
    this.csv =
        new CSVPrinter(
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
            CSVFormat.DEFAULT);
  }

  @Override
  public void header(List<String> headers) throws IOException {
    row(headers);
  }

  @Override
  public void row(List<?> cells) throws IOException {
    List<String> out = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      out.add(text(cell));
    }
    csv.printRecord(out);
  }

  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (cell instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (cell instanceof Number n) {
      return n.toString();
    }
    return SpreadsheetCells.safe(cell.toString());
  }

  @Override
  public void note(String label, Object value) {
    // Not in the file: see TableSink#note.
  }

  @Override
  public void close() throws IOException {
    csv.flush();
  }
}
