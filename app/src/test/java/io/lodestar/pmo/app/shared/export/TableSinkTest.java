package io.lodestar.pmo.app.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

public class TableSinkTest {

  private static byte[] write(ExportFormat format, int rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSink target = format.open(out, "WEBA", "Notes")) {
      target.header(List.of("Key", "Name", "Issues", "Cost"));
      target.row(Arrays.asList("WEBA-1", "=HYPERLINK(\"http://x\")", 12L, new BigDecimal("-5.50")));
      target.row(Arrays.asList("WEBA-2", "+1 and -1 @home", null, 2.25d));
      for (int i = 3; i <= rows; i++) {
        target.row(Arrays.asList("WEBA-" + i, "Epic " + i, (long) i, null));
      }
      target.note("Issues you may not browse", 7L);
    }
    return out.toByteArray();
  }

  @Test
  public void csv_shouldGuardFormulaText_keepNumbersAsNumbers_andLeaveTheNotesOut()
      throws Exception {
    String csv = new String(write(ExportFormat.CSV, 3), StandardCharsets.UTF_8);

    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();

    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(rows.get(1).get(3)).isEqualTo("-5.50");
    assertThat(rows.get(2).get(1)).isEqualTo("'+1 and -1 @home");
    assertThat(rows.get(2).get(2)).isEmpty();
    assertThat(rows.get(2).get(3)).isEqualTo("2.25");
    assertThat(csv).doesNotContain("may not browse");
  }

  @Test
  public void xlsx_shouldWriteNumberCellsTextCellsGuarded_andTheNotesOnASecondSheet()
      throws Exception {
    byte[] xlsx = write(ExportFormat.XLSX, 3);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet table = book.getSheet("WEBA");
      assertThat(table.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Cost");
      assertThat(table.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(table.getRow(1).getCell(1).getStringCellValue()).startsWith("'=");
      assertThat(table.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(-5.5);
      assertThat(table.getRow(2).getCell(2)).isNull();
      assertThat(table.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3);
      Sheet notes = book.getSheet("Notes");
      assertThat(notes.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Issues you may not browse");
      assertThat(notes.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(7);
    }
  }

  @Test
  public void xlsx_shouldStreamBeyondItsWindow_keepingEveryRow() throws Exception {
    int rows = XlsxTableSink.WINDOW * 5 + 3;

    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX, rows)))) {
      Sheet table = book.getSheetAt(0);
      assertThat(table.getLastRowNum()).isEqualTo(rows);
      assertThat(table.getRow(rows).getCell(0).getStringCellValue()).isEqualTo("WEBA-" + rows);
    }
  }

  @Test
  public void safe_shouldPrefixEveryFormulaStart_andLeaveOtherTextAlone() {
    for (String risky : List.of("=1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
      assertThat(SpreadsheetCells.safe(risky)).isEqualTo("'" + risky);
    }
    assertThat(SpreadsheetCells.safe("Plan A")).isEqualTo("Plan A");
    assertThat(SpreadsheetCells.safe("")).isEmpty();
    assertThat(SpreadsheetCells.safe(null)).isEmpty();
  }

  @Test
  public void ofExtension_shouldKnowCsvAndXlsxInAnyCase_only() {
    assertThat(ExportFormat.ofExtension("XLSX")).contains(ExportFormat.XLSX);
    assertThat(ExportFormat.ofExtension("csv")).contains(ExportFormat.CSV);
    assertThat(ExportFormat.ofExtension("pdf")).isEmpty();
    assertThat(ExportFormat.ofExtension(null)).isEmpty();
  }
}
