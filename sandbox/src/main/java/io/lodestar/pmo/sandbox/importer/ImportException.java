package io.lodestar.pmo.sandbox.importer;

/**
 * A file that cannot be imported, naming the file, the record (issue key, or position when the key
 * itself is unreadable) and the field. Nothing of the file was committed.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String record;
  private final String field;

  public ImportException(String file, String record, String field, String problem) {
    this(file, record, field, problem, null);
  }

  public ImportException(
      String file, String record, String field, String problem, Throwable cause) {
    super(
        file
            + (record == null ? "" : ", " + record)
            + (field == null ? "" : ", field '" + field + "'")
            + ": "
            + problem,
        cause);
    this.file = file;
    this.record = record;
    this.field = field;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The record, e.g. {@code issue ABC-3 (record 3)} or {@code line 7}; null for the whole file. */
  public String record() {
    return record;
  }

  /** The field; null when the problem is not about one field. */
  public String field() {
    return field;
  }
}
