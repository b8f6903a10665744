package io.lodestar.pmo.sandbox.importer;

import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Loads Jira exports into the sandbox: JSON pages of the REST search ({@code .json}: {@code
 * /rest/api/2/search}, {@code /rest/api/3/search}), Jira's CSV export ({@code .csv}, "all fields"),
 * and field-options files ({@link FieldOptionsReader}) giving select fields their configured option
 * order.
 *
 * <p>Every import belongs to a <b>source</b>, the Jira instance the file came from: the name given
 * ({@code --source}), else the base URL of the issues' {@code self} links; a CSV export, which
 * carries no URL, takes the one source of the JSON pages imported with it. The source's ids are
 * mapped to the sandbox's own ({@link SourceIds}), so demo data and imported data never share an
 * id, two instances never share a row, and the same file from the same source is idempotent.
 *
 * <p>The whole file is one transaction: a malformed record fails the import with an {@link
 * ImportException} naming the file, record and field, and nothing of the file is kept.
 */
public final class JiraImporter {

  /**
   * What an import did.
   *
   * @param file the file name
   * @param format {@code json}, {@code csv} or {@code options}
   * @param issues issues read and written (for an options file: fields given their options)
   * @param source the source the file was imported as
   * @param notes what the import could not take over completely (e.g. worklogs Jira left out of the
   *     export), one sentence each; never null
   */
  public record Result(String file, String format, int issues, String source, List<String> notes) {
    public Result {
      notes = List.copyOf(notes);
    }
  }

  private final SandboxStore store;

  public JiraImporter(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Imports files in order, each in its own transaction, as one run: CSV exports without a {@code
   * source} take the one source of the run's JSON pages.
   *
   * @param files the files
   * @param source the source name, or null to take it from the files
   * @param fieldOptions field-options files, imported after the files
   * @return one result per file, in order
   * @throws ImportException at the first file that cannot be imported (files before it are kept)
   */
  public List<Result> importAll(List<Path> files, String source, List<Path> fieldOptions) {
    String runSource = source;
    Set<String> found = new LinkedHashSet<>();
    if (runSource == null) {
      for (Path file : files) {
        if ("json".equals(format(file))) {
          String self = SourceIds.nameOfSelf(JsonSearchReader.firstSelf(file));
          if (self != null) {
            found.add(self);
          }
        }
      }
      runSource = found.size() == 1 ? found.iterator().next() : null;
    }
    List<Result> results = new ArrayList<>();
    for (Path file : files) {
      String fileSource = source;
      if (fileSource == null && !"json".equals(format(file))) {
        fileSource = runSource;
        if (fileSource == null && found.size() > 1) {
          throw new ImportException(
              file.getFileName().toString(),
              null,
              "--source",
              "no source: a CSV export names no Jira instance, and the JSON pages of this import"
                  + " come from "
                  + found.size()
                  + " ("
                  + String.join(", ", found)
                  + "); import it with --source NAME, or with the pages of its instance only");
        }
      }
      results.add(importFile(file, fileSource));
    }
    for (Path file : fieldOptions) {
      results.add(importFieldOptions(file, source != null ? source : runSource));
    }
    return results;
  }

  /** Imports one file, its source taken from the file; see {@link #importFile(Path, String)}. */
  public Result importFile(Path path) {
    return importFile(path, null);
  }

  /**
   * Imports one file, by its extension ({@code .json} or {@code .csv}).
   *
   * @param source the source's name, or null to take it from the issues' {@code self} links
   * @throws ImportException for an unknown extension, an unreadable file, a file that names no
   *     source, or a malformed record (nothing of the file was written)
   */
  public Result importFile(Path path, String source) {
    Objects.requireNonNull(path, "path");
    String name = path.getFileName().toString();
    String format = format(path);
    if (format == null) {
      throw new ImportException(name, null, null, "unknown format: expected .json or .csv");
    }
    checkSourceName(name, source);
    if (!Files.isReadable(path)) {
      throw new ImportException(name, null, null, "cannot read the file");
    }
    String sha = sha256(path, name);
    return store.inTransaction(
        c -> {
          ImportLimits limits =
              new ImportLimits(
                  name, format.equals("json") ? ImportLimits.Format.JSON : ImportLimits.Format.CSV);
          Map<Long, String> keysById = new HashMap<>();
          List<Long[]> needParent = new ArrayList<>();
          List<String> notes = new ArrayList<>();
          IssueWriter[] writer = new IssueWriter[1];
          String[] fileSource = new String[1];
          JsonSearchReader.Sink sink =
              (issue, record) -> {
                limits.check(issue, record);
                String self = SourceIds.nameOfSelf(issue.self);
                if (writer[0] == null) {
                  fileSource[0] = source != null ? source : self;
                  if (fileSource[0] == null) {
                    throw new ImportException(
                        name,
                        record,
                        format.equals("json") ? "self" : null,
                        "no source: the file names no Jira instance (no self URL); give --source"
                            + " NAME, or import it with a JSON search page of the same instance");
                  }
                  writer[0] = new IssueWriter(c, SourceIds.of(c, fileSource[0]), name);
                } else if (source == null && self != null && !self.equals(fileSource[0])) {
                  throw new ImportException(
                      name,
                      record,
                      "self",
                      "belongs to another Jira instance ("
                          + self
                          + ") than the file's first issue ("
                          + fileSource[0]
                          + "): one instance per file");
                }
                long local;
                try {
                  local = writer[0].write(issue, record);
                } catch (java.sql.SQLException e) {
                  // A constraint the checks above did not foresee: still name the file and record.
                  String reason =
                      e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
                  throw new ImportException(
                      name, record, null, "cannot be stored: " + shorten(reason), e);
                }
                keysById.put(issue.id, writer[0].localKey(issue.key));
                if (issue.parentKey == null && issue.parentId != null) {
                  needParent.add(new Long[] {local, issue.parentId});
                }
                if (issue.worklogTotal != null && issue.worklogTotal > issue.worklogs.size()) {
                  notes.add(
                      record
                          + ": "
                          + issue.worklogs.size()
                          + " of "
                          + issue.worklogTotal
                          + " worklogs are in the export (Jira embeds at most 20); the time"
                          + " spent is kept from the issue's total");
                }
              };
          int count;
          try {
            count =
                format.equals("json")
                    ? new JsonSearchReader(name).read(path, sink)
                    : new CsvReader(name).read(path, sink);
          } catch (ImportException | java.sql.SQLException e) {
            throw e;
          } catch (Exception e) {
            // never a class name or a stack in the message
            throw new ImportException(
                name,
                null,
                null,
                e.getMessage() == null ? "cannot be imported" : e.getMessage(),
                e);
          }
          if (writer[0] == null) {
            // no issue: nothing to write, but the file is still logged under its source
            if (source == null) {
              return new Result(name, format, 0, null, notes);
            }
            writer[0] = new IssueWriter(c, SourceIds.of(c, source), name);
            fileSource[0] = source;
          }
          for (Long[] child : needParent) {
            String parent = keysById.get(child[1]);
            if (parent == null) {
              parent = writer[0].keyOfExternalId(child[1]);
            }
            if (parent != null) {
              try (var ps = c.prepareStatement("UPDATE issue SET parent_key = ? WHERE id = ?")) {
                ps.setString(1, parent);
                ps.setLong(2, child[0]);
                ps.executeUpdate();
              }
            }
          }
          writer[0].logImport(sha, format, count);
          return new Result(name, format, count, fileSource[0], notes);
        });
  }

  /**
   * Imports a field-options file ({@link FieldOptionsReader}): each field it lists becomes a select
   * field of the source whose options are in the listed (the instance's configured) order.
   *
   * @param source the source's name, or null to take it from the options' {@code self} links
   * @throws ImportException when the file is malformed or names no source (nothing was written)
   */
  public Result importFieldOptions(Path path, String source) {
    Objects.requireNonNull(path, "path");
    String name = path.getFileName().toString();
    checkSourceName(name, source);
    if (!Files.isReadable(path)) {
      throw new ImportException(name, null, null, "cannot read the file");
    }
    FieldOptionsReader.Options options = new FieldOptionsReader(name).read(path);
    String fileSource = source != null ? source : SourceIds.nameOfSelf(options.self());
    if (fileSource == null) {
      throw new ImportException(
          name,
          null,
          "self",
          "no source: the file names no Jira instance (no self URL); give --source NAME");
    }
    String sha = sha256(path, name);
    return store.inTransaction(
        c -> {
          IssueWriter writer = new IssueWriter(c, SourceIds.of(c, fileSource), name);
          for (FieldOptionsReader.FieldOptions field : options.fields()) {
            writer.fieldOptions(field.fieldId(), field.name(), field.labels());
          }
          writer.logImport(sha, "options", options.fields().size());
          return new Result(name, "options", options.fields().size(), fileSource, List.of());
        });
  }

  private static void checkSourceName(String file, String source) {
    if (source != null && (source.isBlank() || source.length() > SourceIds.MAX_SOURCE_NAME)) {
      throw new ImportException(
          file,
          null,
          "--source",
          "must be 1.." + SourceIds.MAX_SOURCE_NAME + " characters, not blank");
    }
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }

  private static String format(Path path) {
    String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") ? "json" : lower.endsWith(".csv") ? "csv" : null;
  }

  private static String sha256(Path path, String name) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new ImportException(name, null, null, "cannot read the file: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
