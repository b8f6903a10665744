package io.lodestar.pmo.app.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an XLSX workbook through POI's streaming writer (SXSSF): at most {@link #WINDOW} rows
 * are in memory, older ones are flushed to a compressed temporary file, which {@link #close}
 * deletes. The table is the first sheet (header row bold and frozen); notes go to a second sheet.
 */
final class XlsxTableSink implements TableSink {

  /** Rows kept in memory before POI flushes them to its temporary file. */
  static final int WINDOW = 100;

  /** Excel's limit of rows in a sheet. */
  static final int MAX_ROWS = 1_048_576;

  private final OutputStream out;
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final CellStyle bold;
  private final String notesName;
  private SXSSFSheet notes;
  private int next;
  private int nextNote;

  XlsxTableSink(OutputStream out, String sheetName, String notesName) {
    this.out = out;
    this.notesName = WorkbookUtil.createSafeSheetName(notesName);
    this.workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
    Font font = workbook.createFont();
    font.setBold(true);
    this.bold = workbook.createCellStyle();
    bold.setFont(font);
  }

  @Override
  public void header(List<String> headers) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < headers.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(SpreadsheetCells.safe(headers.get(i)));
      cell.setCellStyle(bold);
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(List<?> cells) {
    if (next >= MAX_ROWS) {
      throw new IllegalStateException("more rows than a sheet holds: " + MAX_ROWS);
    }
    write(sheet.createRow(next++), cells);
  }

  private static void write(Row row, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else {
        cell.setCellValue(SpreadsheetCells.safe(value.toString()));
      }
    }
  }

  @Override
  public void note(String label, Object value) {
    if (notes == null) {
      notes = workbook.createSheet(notesName);
    }
    write(notes.createRow(nextNote++), Arrays.asList(label, value));
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }
}
