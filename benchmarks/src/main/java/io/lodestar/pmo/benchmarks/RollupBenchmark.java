package io.lodestar.pmo.benchmarks;

import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.RollupIndex;
import io.lodestar.pmo.engine.rollup.StatusCategory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The portfolio rollup of issue 8: a five-level hierarchy (issue → epic → project → program →
 * portfolio: 1 portfolio, 10 programs, 500 projects, 100 epics each) with four numeric measures.
 *
 * <ul>
 *   <li>{@link #fullRollup}: {@link RollupIndex#recompute()}, every (node, bucket) total from the
 *       rows, clustered by slot as the build leaves them; {@link #fullRollupUnclustered} the same
 *       on rows in search order;
 *   <li>{@link #streamingSum}: the bandwidth floor, a plain sum over arrays of the same size and
 *       types as the index's rows (an int, a byte and four floats per issue);
 *   <li>{@link #duckDbRollup}: DuckDB running {@code GROUP BY ROLLUP} over the same issues, in
 *       memory, in the same run;
 *   <li>{@link #incrementalUpdate}: one issue's values changed and pushed up its ancestors.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Rollup -f 1 -wi 3 -i 5} (add {@code -p
 * issues=1000000} for the smaller size only). Issues are spread over epics at random, so the rows
 * are not in hierarchy order (a search returns them by key).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class RollupBenchmark {

  static final int PROGRAMS = 10;
  static final int PROJECTS = 500;
  static final int EPICS_PER_PROJECT = 100;
  static final int MEASURES = 4;

  @Param({"1000000", "10000000"})
  public int issues;

  private RollupIndex index;
  private RollupIndex unclustered;
  private int portfolio;
  private int[] baselineInts;
  private byte[] baselineBytes;
  private float[] baselineFloats;
  private Connection duckDb;
  private long[] updateIds;
  private float[][] updateValues;
  private int[] updateParents;
  private int[] updateBuckets;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    index = new RollupIndex(MEASURES, issues);
    unclustered = new RollupIndex(MEASURES, issues);
    portfolio = index.addNode("portfolio:1", -1);
    unclustered.addNode("portfolio:1", -1);
    int[] programs = new int[PROGRAMS];
    for (int p = 0; p < PROGRAMS; p++) {
      programs[p] = index.addNode("program:" + p, portfolio);
      unclustered.addNode("program:" + p, portfolio);
    }
    int[] projects = new int[PROJECTS];
    int[] epics = new int[PROJECTS * EPICS_PER_PROJECT];
    for (int j = 0; j < PROJECTS; j++) {
      projects[j] = index.addNode("project:" + j, programs[j % PROGRAMS]);
      unclustered.addNode("project:" + j, programs[j % PROGRAMS]);
      for (int e = 0; e < EPICS_PER_PROJECT; e++) {
        epics[j * EPICS_PER_PROJECT + e] = index.addNode("epic:" + j + "-" + e, projects[j]);
        unclustered.addNode("epic:" + j + "-" + e, projects[j]);
      }
    }
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckDb.createStatement()) {
      statement.execute(
          "CREATE TABLE issues (portfolio INTEGER, program INTEGER, project INTEGER, epic INTEGER,"
              + " bucket INTEGER, status TINYINT, v0 REAL, v1 REAL, v2 REAL, v3 REAL)");
    }
    SplittableRandom random = new SplittableRandom(8L);
    float[] values = new float[MEASURES];
    try (DuckDBAppender appender =
        duckDb
            .unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "issues")) {
      for (int i = 0; i < issues; i++) {
        int epic = random.nextInt(epics.length);
        int project = epic / EPICS_PER_PROJECT;
        int bucket = project * 2 + (random.nextInt(20) == 0 ? 1 : 0);
        StatusCategory status = StatusCategory.values()[random.nextInt(3)];
        for (int m = 0; m < MEASURES; m++) {
          values[m] = random.nextInt(8) == 0 ? Float.NaN : random.nextInt(40);
        }
        index.upsert(i, epics[epic], bucket, status, values);
        unclustered.upsert(i, epics[epic], bucket, status, values);
        appender.beginRow();
        appender.append(0);
        appender.append(project % PROGRAMS);
        appender.append(project);
        appender.append(epic);
        appender.append(bucket);
        appender.append((byte) status.ordinal());
        for (int m = 0; m < MEASURES; m++) {
          if (Float.isNaN(values[m])) {
            appender.appendNull();
          } else {
            appender.append(values[m]);
          }
        }
        appender.endRow();
      }
    }
    index.cluster(); // as the build does once it has read every page
    baselineInts = new int[issues];
    baselineBytes = new byte[issues];
    baselineFloats = new float[issues * MEASURES];
    for (int i = 0; i < issues; i++) {
      baselineInts[i] = random.nextInt(epics.length);
      baselineBytes[i] = (byte) random.nextInt(3);
    }
    for (int i = 0; i < baselineFloats.length; i++) {
      baselineFloats[i] = random.nextInt(40);
    }
    updateIds = new long[4096];
    updateValues = new float[4096][MEASURES];
    updateParents = new int[4096];
    updateBuckets = new int[4096];
    for (int u = 0; u < updateIds.length; u++) {
      updateIds[u] = random.nextInt(issues);
      int epic = random.nextInt(epics.length);
      updateParents[u] = epics[epic];
      updateBuckets[u] = (epic / EPICS_PER_PROJECT) * 2;
      for (int m = 0; m < MEASURES; m++) {
        updateValues[u][m] = random.nextInt(40);
      }
    }
    System.out.printf(
        "%nindex: %d issues, %.1f bytes per issue (arrays, clustered); %.1f in search order%n",
        index.issues(),
        index.bytes() / (double) index.issues(),
        unclustered.bytes() / (double) unclustered.issues());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duckDb.close();
  }

  /** Every (node, bucket) total recomputed from the rows; returns the portfolio's first sum. */
  @Benchmark
  public double fullRollup() {
    index.recompute();
    return index.rollup(portfolio, BucketFilter.ALL).sums().get(0);
  }

  /** The same on rows in search order (issues of one epic scattered over the rows). */
  @Benchmark
  public double fullRollupUnclustered() {
    unclustered.recompute();
    return unclustered.rollup(portfolio, BucketFilter.ALL).sums().get(0);
  }

  /** The floor: one pass summing an int, a byte and four floats per issue. */
  @Benchmark
  public double streamingSum() {
    long ints = 0;
    long bytes = 0;
    for (int i = 0; i < baselineInts.length; i++) {
      ints += baselineInts[i];
      bytes += baselineBytes[i];
    }
    double floats = 0;
    float[] f = baselineFloats;
    for (int i = 0; i < f.length; i++) {
      floats += f[i];
    }
    return floats + ints + bytes;
  }

  /** DuckDB's GROUP BY ROLLUP of the same issues: sums, value counts and status counts. */
  @Benchmark
  public long duckDbRollup() throws SQLException {
    long rows = 0;
    try (Statement statement = duckDb.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT portfolio, program, project, epic, bucket, count(*),"
                    + " count(*) FILTER (WHERE status = 2), sum(v0), sum(v1), sum(v2), sum(v3),"
                    + " count(v0), count(v1), count(v2), count(v3) FROM issues"
                    + " GROUP BY ROLLUP (portfolio, program, project, epic, bucket)")) {
      while (result.next()) {
        rows += result.getLong(6);
      }
    }
    return rows;
  }

  /** One existing issue moved to another epic with new values. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public int incrementalUpdate() {
    int u = next++ & (updateIds.length - 1);
    long id = updateIds[u];
    index.upsert(
        id, updateParents[u], (int) (id % 1000), StatusCategory.IN_PROGRESS, updateValues[u]);
    return u;
  }
}
