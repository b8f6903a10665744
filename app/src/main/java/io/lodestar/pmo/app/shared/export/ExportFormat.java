package io.lodestar.pmo.app.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The formats a table can be exported in. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=UTF-8"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The response's content type. */
  public String mediaType() {
    return mediaType;
  }

  /** The format named by a file extension ({@code csv}, {@code xlsx}, any case), if any. */
  public static Optional<ExportFormat> ofExtension(String extension) {
    if (extension == null) {
      return Optional.empty();
    }
    String e = extension.toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.extension.equals(e)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * A sink writing one table to {@code out} in this format.
   *
   * @param sheetName the XLSX table sheet's name (ignored by CSV)
   * @param notesName the XLSX notes sheet's name (ignored by CSV)
   */
  public TableSink open(OutputStream out, String sheetName, String notesName) throws IOException {
    return this == CSV ? new CsvTableSink(out) : new XlsxTableSink(out, sheetName, notesName);
  }
}
