package io.lodestar.pmo.jira.risk.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.engine.risk.port.RiskReviewFlagStore;
import io.lodestar.pmo.engine.shared.IssueKeyOrder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link RiskReviewFlagStore} on Active Objects, one {@link ReviewFlagEntity} row per flagged risk,
 * plus what the review job and the register need beyond the port: one issue's flag, a page of a
 * project's flags, and replacing all of a project's flags in one transaction.
 *
 * <p>Cost: {@link #flagsOf(String)} reads a project's flags in key-ordered chunks of {@value
 * #READ_CHUNK} (keyset paging on the unique issue key, so each chunk is an index range, never a
 * growing offset) until a chunk comes back short: all of them, however many. {@link #writeAll}
 * writes a whole reminder run in one transaction, {@value #BATCH} rows per statement.
 */
public final class AoReviewFlagStore implements RiskReviewFlagStore {

  /** Largest page of {@link #flagsOf(String, int, int)}. */
  static final int MAX_FLAGS_PER_PROJECT = 10_000;

  /** Rows per read of {@link #flagsOf(String)}. */
  static final int READ_CHUNK = 1000;

  /** Rows per bulk insert / IN list in {@link #replaceFlags} and {@link #writeAll}. */
  static final int BATCH = 500;

  private static final int MAX_KEY_LENGTH = 255;

  private final ActiveObjects ao;

  public AoReviewFlagStore(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
  }

  /**
   * {@inheritDoc}
   *
   * <p>Every flag of the project, read {@value #READ_CHUNK} at a time, in issue-key order ({@link
   * IssueKeyOrder}).
   */
  @Override
  public List<ReviewFlag> flagsOf(String projectKey) {
    if (projectKey == null) {
      return List.of();
    }
    List<ReviewFlag> flags = new ArrayList<>();
    String after = null;
    while (true) {
      Query query =
          after == null
              ? Query.select().where(ReviewFlagEntity.PROJECT_KEY + " = ?", projectKey)
              : Query.select()
                  .where(
                      ReviewFlagEntity.PROJECT_KEY
                          + " = ? AND "
                          + ReviewFlagEntity.ISSUE_KEY
                          + " > ?",
                      projectKey,
                      after);
      ReviewFlagEntity[] rows =
          ao.find(
              ReviewFlagEntity.class,
              query.order(ReviewFlagEntity.ISSUE_KEY + " ASC").limit(READ_CHUNK));
      for (ReviewFlagEntity row : rows) {
        flags.add(toFlag(row));
      }
      if (rows.length < READ_CHUNK) {
        break;
      }
      after = rows[rows.length - 1].getIssueKey();
    }
    flags.sort((a, b) -> IssueKeyOrder.INSTANCE.compare(a.issueKey(), b.issueKey()));
    return List.copyOf(flags);
  }

  /**
   * One page of a project's flags, in the database's text order of issue keys, which is stable from
   * page to page (the register sorts what it shows).
   *
   * @param projectKey project key
   * @param startAt 0-based index of the first flag, at least 0
   * @param maxResults page size, 1..{@value #MAX_FLAGS_PER_PROJECT}
   */
  public List<ReviewFlag> flagsOf(String projectKey, int startAt, int maxResults) {
    if (startAt < 0 || maxResults < 1 || maxResults > MAX_FLAGS_PER_PROJECT) {
      throw new IllegalArgumentException("bad page " + startAt + "/" + maxResults);
    }
    if (projectKey == null) {
      return List.of();
    }
    ReviewFlagEntity[] rows =
        ao.find(
            ReviewFlagEntity.class,
            Query.select()
                .where(ReviewFlagEntity.PROJECT_KEY + " = ?", projectKey)
                .order(ReviewFlagEntity.ISSUE_KEY + " ASC")
                .offset(startAt)
                .limit(maxResults));
    List<ReviewFlag> flags = new ArrayList<>();
    for (ReviewFlagEntity row : rows) {
      flags.add(toFlag(row));
    }
    return List.copyOf(flags);
  }

  /** Number of flags of a project. */
  public int countOf(String projectKey) {
    return ao.count(ReviewFlagEntity.class, ReviewFlagEntity.PROJECT_KEY + " = ?", projectKey);
  }

  /** The flag of one risk issue, or empty. */
  public Optional<ReviewFlag> flagOf(String issueKey) {
    return row(issueKey).map(AoReviewFlagStore::toFlag);
  }

  @Override
  public void save(ReviewFlag flag) {
    check(flag);
    ao.executeInTransaction(
        () -> {
          Optional<ReviewFlagEntity> found = row(flag.issueKey());
          if (found.isEmpty()) {
            ao.create(ReviewFlagEntity.class, params(flag));
            return null;
          }
          ReviewFlagEntity row = found.get();
          row.setProjectKey(flag.projectKey());
          row.setReviewDate(flag.reviewDate().toString());
          row.setFlaggedOn(flag.flaggedOn().toString());
          row.setRemindedOn(flag.remindedOn() == null ? null : flag.remindedOn().toString());
          row.save();
          return null;
        });
  }

  @Override
  public void clear(String issueKey) {
    if (issueKey == null) {
      return;
    }
    ao.executeInTransaction(
        () ->
            ao.deleteWithSQL(
                ReviewFlagEntity.class, ReviewFlagEntity.ISSUE_KEY + " = ?", issueKey));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One AO transaction: the rows of every issue key concerned are deleted {@value #BATCH} keys
   * per statement, then the saved flags inserted {@value #BATCH} rows per statement.
   *
   * @throws IllegalArgumentException also when a key is blank or longer than 255 characters
   */
  @Override
  public void writeAll(List<ReviewFlag> saves, List<String> clears) {
    RiskReviewFlagStore.checkWriteAll(saves, clears);
    saves.forEach(AoReviewFlagStore::check);
    if (saves.isEmpty() && clears.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>(clears);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReviewFlag flag : saves) {
      keys.add(flag.issueKey());
      rows.add(columns(flag));
    }
    ao.executeInTransaction(
        () -> {
          deleteIssueKeys(keys);
          insert(rows);
          return null;
        });
  }

  private void deleteIssueKeys(List<String> keys) {
    for (int from = 0; from < keys.size(); from += BATCH) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
      String in = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
      ao.deleteWithSQL(
          ReviewFlagEntity.class, ReviewFlagEntity.ISSUE_KEY + " IN (" + in + ")", batch.toArray());
    }
  }

  private void insert(List<Map<String, Object>> rows) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      ao.create(
          ReviewFlagEntity.class,
          new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + BATCH))));
    }
  }

  /**
   * Makes {@code flags} the complete set of a project's flags, in one transaction: readers see the
   * old set or the new one, never a mix, and a failure leaves the old set. Flags of the same issues
   * held under another project (the issue moved) are replaced too.
   *
   * @param projectKey project key
   * @param flags the new flags, all of {@code projectKey}, at most one per issue
   * @throws IllegalArgumentException when a flag belongs to another project or an issue appears
   *     twice (nothing is changed)
   */
  public void replaceFlags(String projectKey, Collection<ReviewFlag> flags) {
    Objects.requireNonNull(projectKey, "projectKey");
    List<ReviewFlag> list = List.copyOf(flags);
    Set<String> issueKeys = new HashSet<>();
    for (ReviewFlag flag : list) {
      check(flag);
      if (!flag.projectKey().equals(projectKey)) {
        throw new IllegalArgumentException(flag.issueKey() + " is not in project " + projectKey);
      }
      if (!issueKeys.add(flag.issueKey())) {
        throw new IllegalArgumentException("two flags for " + flag.issueKey());
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReviewFlag flag : list) {
      rows.add(columns(flag));
    }
    ao.executeInTransaction(
        () -> {
          ao.deleteWithSQL(
              ReviewFlagEntity.class, ReviewFlagEntity.PROJECT_KEY + " = ?", projectKey);
          deleteIssueKeys(new ArrayList<>(issueKeys));
          insert(rows);
          return null;
        });
  }

  private Optional<ReviewFlagEntity> row(String issueKey) {
    if (issueKey == null) {
      return Optional.empty();
    }
    ReviewFlagEntity[] rows =
        ao.find(
            ReviewFlagEntity.class,
            Query.select().where(ReviewFlagEntity.ISSUE_KEY + " = ?", issueKey).limit(1));
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  private static void check(ReviewFlag flag) {
    Objects.requireNonNull(flag, "flag");
    if (flag.issueKey().isBlank()
        || flag.issueKey().length() > MAX_KEY_LENGTH
        || flag.projectKey().isBlank()
        || flag.projectKey().length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("bad keys in " + flag);
    }
  }

  private static DBParam[] params(ReviewFlag flag) {
    return columns(flag).entrySet().stream()
        .map(e -> new DBParam(e.getKey(), e.getValue()))
        .toArray(DBParam[]::new);
  }

  private static Map<String, Object> columns(ReviewFlag flag) {
    Map<String, Object> columns = new HashMap<>();
    columns.put(ReviewFlagEntity.ISSUE_KEY, flag.issueKey());
    columns.put(ReviewFlagEntity.PROJECT_KEY, flag.projectKey());
    columns.put(ReviewFlagEntity.REVIEW_DATE, flag.reviewDate().toString());
    columns.put(ReviewFlagEntity.FLAGGED_ON, flag.flaggedOn().toString());
    columns.put(
        ReviewFlagEntity.REMINDED_ON,
        flag.remindedOn() == null ? null : flag.remindedOn().toString());
    return columns;
  }

  private static ReviewFlag toFlag(ReviewFlagEntity row) {
    String name = ReviewFlagEntity.TABLE + " row " + row.getID();
    try {
      return new ReviewFlag(
          row.getIssueKey(),
          row.getProjectKey(),
          date(name, row.getReviewDate()),
          date(name, row.getFlaggedOn()),
          row.getRemindedOn() == null ? null : date(name, row.getRemindedOn()));
    } catch (NullPointerException e) {
      throw new StoredDataException(name + ": a required column is empty", e);
    }
  }

  private static LocalDate date(String name, String text) {
    if (text == null) {
      throw new StoredDataException(name + ": a required date is empty");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new StoredDataException(name + ": not a date: " + text, e);
    }
  }
}
