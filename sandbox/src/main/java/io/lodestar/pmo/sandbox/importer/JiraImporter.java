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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Loads a Jira export into the sandbox: a JSON page of the REST search ({@code .json}: {@code
 * /rest/api/2/search}, {@code /rest/api/3/search}) or Jira's CSV export ({@code .csv}, "all
 * fields"). The whole file is one transaction: a malformed record fails the import with an {@link
 * ImportException} naming the file, record and field, and nothing of the file is kept. Issues are
 * upserted by id, so importing the same file again changes nothing.
 */
public final class JiraImporter {

  /**
   * What an import did.
   *
   * @param file the file name
   * @param format {@code json} or {@code csv}
   * @param issues issues read and written
   */
  public record Result(String file, String format, int issues) {}

  private final SandboxStore store;

  public JiraImporter(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Imports one file, by its extension ({@code .json} or {@code .csv}).
   *
   * @throws ImportException for an unknown extension, an unreadable file or a malformed record
   *     (nothing was written)
   */
  public Result importFile(Path path) {
    Objects.requireNonNull(path, "path");
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String format = lower.endsWith(".json") ? "json" : lower.endsWith(".csv") ? "csv" : null;
    if (format == null) {
      throw new ImportException(name, null, null, "unknown format: expected .json or .csv");
    }
    if (!Files.isReadable(path)) {
      throw new ImportException(name, null, null, "cannot read the file");
    }
    String sha = sha256(path, name);
    return store.inTransaction(
        c -> {
          IssueWriter writer = new IssueWriter(c);
          ImportLimits limits =
              new ImportLimits(
                  name, format.equals("json") ? ImportLimits.Format.JSON : ImportLimits.Format.CSV);
          Map<Long, String> keysById = new HashMap<>();
          List<ImportedIssue> needParent = new ArrayList<>();
          JsonSearchReader.Sink sink =
              (issue, record) -> {
                limits.check(issue, record);
                keysById.put(issue.id, issue.key);
                if (issue.parentKey == null && issue.parentId != null) {
                  needParent.add(issue);
                }
                writer.write(issue, name, record);
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
          for (ImportedIssue issue : needParent) {
            String parent = keysById.get(issue.parentId);
            if (parent == null) {
              parent = writer.keyOfId(issue.parentId);
            }
            if (parent != null) {
              try (var ps = c.prepareStatement("UPDATE issue SET parent_key = ? WHERE id = ?")) {
                ps.setString(1, parent);
                ps.setLong(2, issue.id);
                ps.executeUpdate();
              }
            }
          }
          writer.logImport(name, sha, format, count);
          return new Result(name, format, count);
        });
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
