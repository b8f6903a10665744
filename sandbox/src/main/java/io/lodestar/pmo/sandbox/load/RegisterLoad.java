package io.lodestar.pmo.sandbox.load;

import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.service.RegisterAnswerCache;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.demo.DemoFields;
import io.lodestar.pmo.sandbox.importer.RiskIssueWrites;
import io.lodestar.pmo.sandbox.risk.RiskIndexJournal;
import io.lodestar.pmo.sandbox.risk.SqlAssessedRiskIndex;
import io.lodestar.pmo.sandbox.risk.SqlRiskProjectSettingsStore;
import io.lodestar.pmo.sandbox.risk.SqlRiskSource;
import io.lodestar.pmo.sandbox.risk.SqlScoringModelStore;
import io.lodestar.pmo.sandbox.shared.server.SandboxConfig;
import io.lodestar.pmo.sandbox.shared.server.SandboxServer;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The register's load test (not part of the test suite): a demo portfolio of {@code --issues}
 * issues whose first project gets {@code --large-risks} risk issues more, plus a project {@code
 * TINY} of {@code --small-risks} risks (copies of the large project's first risks, same settings);
 * the risk index built; the sandbox started on the loopback interface; then {@code --users}
 * concurrent signed-in users each request the register page (50 rows), the heat map and the summary
 * of the large and of the small project {@code --rounds} times, and the p50/p95 latency of each is
 * printed with the large-to-small ratio, and the CPU time per request: of the whole JVM (sandbox,
 * load client, JIT and GC share it and the cores) and of the load client's own threads (its request
 * threads and java.net.http's), so that the sandbox's cost can be told from the client's. Every
 * loop is bounded; nothing leaves 127.0.0.1.
 *
 * <p>Run: {@code mvn -B -q -pl sandbox -am package -DskipTests && java -Xmx3g -cp
 * sandbox/target/lodestar-sandbox-*.jar io.lodestar.pmo.sandbox.load.RegisterLoad --data
 * /tmp/lodestar-load --issues 950000 --large-risks 50000}. A data directory that already holds
 * projects is reused as it is (generation of a million issues takes minutes; {@code --prepare-only
 * true} stops after it). {@code --settle N} waits N seconds (default 60) after the start, for the
 * start-up's review reminder run.
 */
public final class RegisterLoad {

  private static final String SMALL = "TINY";

  /** The small project's issue ids: the ids of the large project's issues they copy, plus this. */
  private static final long SMALL_ID_OFFSET = 500_000_000L;

  /** Concurrent rounds of every request before the measured ones. */
  private static final int WARM_UP_ROUNDS = 2;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RegisterLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path data = Path.of(options.getOrDefault("data", "/tmp/lodestar-load"));
    int issues = Integer.parseInt(options.getOrDefault("issues", "950000"));
    int largeRisks = Integer.parseInt(options.getOrDefault("large-risks", "50000"));
    int smallRisks = Integer.parseInt(options.getOrDefault("small-risks", "50"));
    int users = Integer.parseInt(options.getOrDefault("users", "50"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
    int port = Integer.parseInt(options.getOrDefault("port", "0"));
    if (users < 1 || users > 200 || rounds < 1 || rounds > 1000) {
      throw new IllegalArgumentException("users 1..200, rounds 1..1000");
    }
    if (!options.getOrDefault("settle", "600").matches("\\d{1,4}")) {
      throw new IllegalArgumentException("settle: 0..9999 seconds");
    }
    int thinkMillis = Integer.parseInt(options.getOrDefault("think-ms", "0"));
    int writeEvery = Integer.parseInt(options.getOrDefault("write-every", "100"));
    if (thinkMillis < 0 || thinkMillis > 60_000 || writeEvery < 0) {
      throw new IllegalArgumentException("think-ms 0..60000, write-every >= 0 (0 = no writes)");
    }

    int settle = Integer.parseInt(options.getOrDefault("settle", "600"));
    String large = prepare(data, issues, largeRisks, smallRisks);
    if (Boolean.parseBoolean(options.getOrDefault("prepare-only", "false"))) {
      return;
    }
    SandboxConfig config =
        SandboxConfig.defaults().withHost("127.0.0.1").withPort(port).withDataDirectory(data);
    try (SandboxServer server = SandboxServer.start(config)) {
      URI base = server.uri();
      System.out.printf("sandbox at %s; large project %s, small project %s%n", base, large, SMALL);
      List<HttpClient> clients = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        clients.add(login(base));
      }
      Map<String, String> paths = new LinkedHashMap<>();
      for (String project : List.of(large, SMALL)) {
        String root = "rest/lodestar/1.0/projects/" + project + "/risks";
        paths.put(project + " page", root + "?maxResults=50");
        paths.put(project + " heatmap", root + "/heatmap");
        paths.put(project + " summary", root + "/summary");
      }
      // the start-up's review reminder walks every register once and the rollup index builds:
      // let them finish first (the process idle), at most --settle seconds
      System.out.printf(
          "settled in %d s (background start-up work done: %s)%n",
          settleMillis(settle) / 1000, idle ? "yes" : "no, --settle reached");
      // warm-up: every request once, single user, then one concurrent round of each, so that the
      // first measured request is not also the one the JIT compiles under 50 clients
      for (String path : paths.values()) {
        get(clients.get(0), base.resolve(path));
      }
      for (String path : paths.values()) {
        run(clients, base.resolve(path), WARM_UP_ROUNDS, new AtomicLong(), 0, null);
      }
      Map<String, long[]> results = new LinkedHashMap<>();
      Map<String, Cpu> cpu = new LinkedHashMap<>();
      Map<String, Long> writes = new LinkedHashMap<>();
      Map<String, Double> hitRates = new LinkedHashMap<>();
      Map<String, double[]> loads = new LinkedHashMap<>();
      RiskIssueWrites writer = new RiskIssueWrites(server.store(), Clock.systemUTC());
      for (Map.Entry<String, String> p : paths.entrySet()) {
        String project = p.getKey().substring(0, p.getKey().indexOf(' '));
        Writes w =
            writeEvery == 0
                ? null
                : new Writes(writer, server.store(), riskIds(server.store(), project), writeEvery);
        RegisterAnswerCache.Stats cacheBefore = server.registerAnswerStats();
        Cpu.Snapshot before = Cpu.snapshot();
        AtomicLong requestThreadsCpu = new AtomicLong();
        results.put(
            p.getKey(),
            run(clients, base.resolve(p.getValue()), rounds, requestThreadsCpu, thinkMillis, w));
        cpu.put(p.getKey(), Cpu.since(before, requestThreadsCpu.get()));
        RegisterAnswerCache.Stats cacheAfter = server.registerAnswerStats();
        long hits = cacheAfter.hits() - cacheBefore.hits();
        long lookups = hits + cacheAfter.misses() - cacheBefore.misses();
        hitRates.put(p.getKey(), lookups == 0 ? 0 : (double) hits / lookups);
        writes.put(p.getKey(), w == null ? 0L : w.done.get() - w.failed.get());
        loads.put(p.getKey(), loadAverage());
      }
      System.out.printf(
          "%d users x %d rounds per request (loopback), think time %d ms, one risk edit in the"
              + " project per %s reads; latency in ms:%n",
          users, rounds, thinkMillis, writeEvery == 0 ? "no" : String.valueOf(writeEvery));
      for (Map.Entry<String, long[]> r : results.entrySet()) {
        long[] t = r.getValue();
        Cpu c = cpu.get(r.getKey());
        double[] load = loads.get(r.getKey());
        System.out.printf(
            "  %-22s p50 %7.1f  p95 %7.1f  max %7.1f  (%d requests, %d writes)  CPU/request"
                + " %5.2f ms, of it load client %5.2f ms, server %5.2f ms; answer cache hits"
                + " %4.1f %%; load average %.2f %.2f %.2f%n",
            r.getKey(),
            ms(pct(t, 50)),
            ms(pct(t, 95)),
            ms(t[t.length - 1]),
            t.length,
            writes.get(r.getKey()),
            ms(c.process() / t.length),
            ms(c.client() / t.length),
            ms((c.process() - c.client()) / t.length),
            100 * hitRates.get(r.getKey()),
            load[0],
            load[1],
            load[2]);
      }
      for (String what : List.of("page", "heatmap", "summary")) {
        long[] big = results.get(large + " " + what);
        long[] small = results.get(SMALL + " " + what);
        System.out.printf(
            "  ratio %-8s p95 large/small %.2f%n",
            what, (double) pct(big, 95) / Math.max(1, pct(small, 95)));
      }
    }
  }

  /**
   * Generates the portfolio when the directory is new, adds the small project when missing, and
   * builds the risk index of every configured project. Returns the large project's key.
   */
  static String prepare(Path data, int issues, int largeRisks, int smallRisks) {
    try (SandboxStore store = SandboxStore.open(data)) {
      boolean empty =
          store.inTransaction(
              c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM project");
                    ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getLong(1) == 0;
                }
              });
      if (empty) {
        long started = System.nanoTime();
        DemoData.Summary summary =
            DemoData.generate(
                store, issues, DemoData.DEFAULT_SEED, LocalDate.now(ZoneOffset.UTC), largeRisks);
        System.out.printf(
            "generated %s in %d s%n", summary, (System.nanoTime() - started) / 1_000_000_000L);
      }
      String large =
          store.inTransaction(
              c -> {
                try (PreparedStatement ps =
                        c.prepareStatement("SELECT project_key FROM project ORDER BY id LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getString(1);
                }
              });
      addSmallProject(store, large, smallRisks);
      addSmallProjectLinks(store);
      SqlRiskProjectSettingsStore settings = new SqlRiskProjectSettingsStore(store);
      SqlScoringModelStore models = new SqlScoringModelStore(store);
      List<String> keys =
          store.inTransaction(
              c -> {
                List<String> all = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT project_key FROM project");
                    ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    all.add(rs.getString(1));
                  }
                }
                return all;
              });
      long started = System.nanoTime();
      try (SqlAssessedRiskIndex index =
          new SqlAssessedRiskIndex(store, new SqlRiskSource(store), settings, models)) {
        index.rebuildNow(keys);
      }
      System.out.printf(
          "risk index consistent for %d projects in %d s%n",
          keys.size(), (System.nanoTime() - started) / 1_000_000_000L);
      return large;
    }
  }

  private static void addSmallProject(SandboxStore store, String large, int risks) {
    boolean exists =
        store.inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT COUNT(*) FROM project WHERE project_key = ?")) {
                ps.setString(1, SMALL);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getLong(1) > 0;
                }
              }
            });
    if (exists) {
      return;
    }
    long offset = SMALL_ID_OFFSET;
    store.inTransaction(
        c -> {
          long largeId;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT id FROM project WHERE project_key = ?")) {
            ps.setString(1, large);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              largeId = rs.getLong(1);
            }
          }
          exec(
              c,
              "INSERT INTO project (id, project_key, name, category, portfolio, program, lead_key)"
                  + " SELECT 99999, ?, 'Tiny register', category, portfolio, program, lead_key"
                  + " FROM project WHERE id = ?",
              SMALL,
              largeId);
          exec(
              c,
              "INSERT INTO project_permission (project_id, permission, holder_type, holder) SELECT"
                  + " 99999, permission, holder_type, holder FROM project_permission WHERE"
                  + " project_id = ?",
              largeId);
          exec(
              c,
              "CREATE TEMPORARY TABLE tiny_source AS SELECT id, issue_number FROM issue WHERE"
                  + " project_id = ? AND issue_type_id = ? ORDER BY issue_number LIMIT ?",
              largeId,
              DemoFields.RISK,
              risks);
          exec(
              c,
              "INSERT INTO issue (id, issue_key, issue_number, project_id, issue_type_id,"
                  + " status_name, status_category, summary, priority, assignee_key,"
                  + " reporter_key, due_date, created, updated) SELECT i.id + ?, ? || '-' ||"
                  + " ROW_NUMBER() OVER (ORDER BY i.issue_number), ROW_NUMBER() OVER (ORDER BY"
                  + " i.issue_number), 99999, i.issue_type_id, i.status_name, i.status_category,"
                  + " i.summary, i.priority, i.assignee_key, i.reporter_key, i.due_date,"
                  + " i.created, i.updated FROM issue i JOIN tiny_source t ON t.id = i.id",
              offset,
              SMALL);
          exec(
              c,
              "INSERT INTO issue_field_value (issue_id, field_id, text_value, number_value,"
                  + " date_value, option_position) SELECT v.issue_id + ?, v.field_id,"
                  + " v.text_value, v.number_value, v.date_value, v.option_position FROM"
                  + " issue_field_value v JOIN tiny_source t ON t.id = v.issue_id",
              offset);
          exec(c, "DROP TABLE tiny_source");
          return null;
        });
    SqlRiskProjectSettingsStore settings = new SqlRiskProjectSettingsStore(store);
    RiskProjectSettings largeSettings = settings.effective(large).orElseThrow();
    settings.save(SMALL, largeSettings, Versioned.NEW);
  }

  /**
   * Gives the small project's risks the mitigation links of the large project's risks they were
   * copied from (same link type, same targets in the large project), so that a page of either
   * project reads as many links per row; once (a small project with links is left as it is). Each
   * linked risk is journaled as the issue writer would.
   */
  private static void addSmallProjectLinks(SandboxStore store) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM issue_link l JOIN issue i ON i.issue_key = l.source_key"
                      + " WHERE i.project_id = 99999")) {
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              if (rs.getLong(1) > 0) {
                return null;
              }
            }
          }
          exec(
              c,
              "INSERT INTO issue_link (link_type, source_key, destination_key) SELECT l.link_type,"
                  + " t.issue_key, l.destination_key FROM issue t JOIN issue s ON s.id = t.id - ?"
                  + " JOIN issue_link l ON l.source_key = s.issue_key WHERE t.project_id = 99999",
              SMALL_ID_OFFSET);
          exec(
              c,
              "INSERT INTO issue_link (link_type, source_key, destination_key) SELECT l.link_type,"
                  + " l.source_key, t.issue_key FROM issue t JOIN issue s ON s.id = t.id - ? JOIN"
                  + " issue_link l ON l.destination_key = s.issue_key WHERE t.project_id = 99999",
              SMALL_ID_OFFSET);
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT id FROM issue WHERE project_id = 99999");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getLong(1));
            }
          }
          for (long id : ids) {
            RiskIndexJournal.issueWritten(c, id);
          }
          return null;
        });
  }

  private static void exec(java.sql.Connection c, String sql, Object... args)
      throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.execute();
    }
  }

  private static HttpClient login(URI base) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString("username=member&password=demo"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 303) {
      throw new IllegalStateException("login answered " + response.statusCode());
    }
    return client;
  }

  private static volatile boolean idle;

  /**
   * Waits until the process has been idle (under a fifth of a core) for three consecutive seconds,
   * or {@code maxSeconds} passed; the milliseconds waited. Sets {@link #idle}.
   */
  private static long settleMillis(int maxSeconds) throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + maxSeconds * 1_000_000_000L;
    int quietSeconds = 0;
    idle = false;
    while (System.nanoTime() < deadline) {
      long cpu = Cpu.processCpu();
      long wall = System.nanoTime();
      Thread.sleep(1000);
      double cores = (double) (Cpu.processCpu() - cpu) / (System.nanoTime() - wall);
      quietSeconds = cores < 0.2 ? quietSeconds + 1 : 0;
      if (quietSeconds >= 3) {
        idle = true;
        break;
      }
    }
    return (System.nanoTime() - started) / 1_000_000L;
  }

  /** The machine's 1, 5 and 15 minute load averages ({@code /proc/loadavg}; NaN if unreadable). */
  private static double[] loadAverage() {
    try {
      String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return new double[] {
        Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])
      };
    } catch (java.io.IOException | RuntimeException e) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
  }

  /** Ids of (at most 500 of) the project's indexed risks, the write mix's targets. */
  private static List<Long> riskIds(SandboxStore store, String project) {
    return store.inTransaction(
        c -> {
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT r.issue_id FROM risk_assessment r JOIN project p ON p.id = r.project_id"
                      + " WHERE p.project_key = ? ORDER BY r.issue_id LIMIT 500")) {
            ps.setString(1, project);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getLong(1));
              }
            }
          }
          return ids;
        });
  }

  /**
   * The write mix: after every {@code every}-th read of a phase (over all users), the user who made
   * it edits a risk of the project through the risk form's write path ({@link RiskIssueWrites}):
   * its summary gains or loses a trailing " *". The edit's own time is not a read's latency.
   */
  private static final class Writes {
    final RiskIssueWrites writer;
    final SandboxStore store;
    final List<Long> ids;
    final int every;
    final AtomicLong reads = new AtomicLong();
    final AtomicLong done = new AtomicLong();

    Writes(RiskIssueWrites writer, SandboxStore store, List<Long> ids, int every) {
      this.writer = writer;
      this.store = store;
      this.ids = ids;
      this.every = every;
    }

    final AtomicLong failed = new AtomicLong();

    void afterRead() {
      if (ids.isEmpty() || reads.incrementAndGet() % every != 0) {
        return;
      }
      // one edit at a time: the write path locks the issue's project row (FOR UPDATE on the join),
      // so concurrent edits of one project wait for each other
      synchronized (this) {
        try {
          edit();
        } catch (io.lodestar.pmo.sandbox.shared.store.StoreException e) {
          failed.incrementAndGet();
        }
      }
    }

    private void edit() {
      long id = ids.get((int) (done.getAndIncrement() % ids.size()));
      record Current(
          String summary, String description, String assignee, LocalDate due, Instant updated) {}
      Current current =
          store.inTransaction(
              c -> {
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT summary, description, assignee_key, due_date, updated FROM issue"
                            + " WHERE id = ?")) {
                  ps.setLong(1, id);
                  try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    java.sql.Date due = rs.getDate(4);
                    return new Current(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        due == null ? null : due.toLocalDate(),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant());
                  }
                }
              });
      String summary =
          current.summary().endsWith(" *")
              ? current.summary().substring(0, current.summary().length() - 2)
              : current.summary() + " *";
      try {
        writer.update(
            id,
            current.updated(),
            "member",
            new RiskIssueWrites.RiskIssueInput(
                summary, current.description(), current.assignee(), current.due(), Map.of(), null));
      } catch (RiskIssueWrites.StaleVersionException e) {
        // another user's edit of the same risk came first: that one counts
      }
    }
  }

  private static void get(HttpClient client, URI uri) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode());
    }
  }

  /**
   * Every client requests {@code uri} {@code rounds} times at once; sorted latencies (ns). Each
   * request thread adds its CPU time to {@code threadsCpu} when done.
   */
  private static long[] run(
      List<HttpClient> clients,
      URI uri,
      int rounds,
      AtomicLong threadsCpu,
      int thinkMillis,
      Writes writes)
      throws Exception {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            clients.size(),
            r -> {
              Thread t = new Thread(r, Cpu.CLIENT_THREAD_PREFIX + "request");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (HttpClient client : clients) {
        futures.add(
            pool.submit(
                () -> {
                  long[] times = new long[rounds];
                  try {
                    for (int r = 0; r < rounds; r++) {
                      long start = System.nanoTime();
                      get(client, uri);
                      times[r] = System.nanoTime() - start;
                      if (writes != null) {
                        writes.afterRead();
                      }
                      if (thinkMillis > 0) {
                        Thread.sleep(thinkMillis);
                      }
                    }
                  } finally {
                    threadsCpu.addAndGet(Math.max(0, THREADS.getCurrentThreadCpuTime()));
                  }
                  return times;
                }));
      }
      long[] all = new long[clients.size() * rounds];
      int i = 0;
      for (Future<long[]> f : futures) {
        for (long t : f.get(30, TimeUnit.MINUTES)) {
          all[i++] = t;
        }
      }
      Arrays.sort(all);
      return all;
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /**
   * CPU time of one phase (ns): the whole process (sandbox and load client share the JVM and the
   * cores) and the load client's threads (the request threads and java.net.http's own), so that
   * what a request costs the sandbox can be told apart from what sending it costs.
   *
   * @param process CPU time of the JVM, all threads, JIT and GC included
   * @param client CPU time of the load client's threads
   */
  private record Cpu(long process, long client) {

    static final String CLIENT_THREAD_PREFIX = "load-client-";

    /** Process CPU and each live java.net.http thread's CPU by thread id. */
    record Snapshot(long process, Map<Long, Long> clientThreads) {}

    static Snapshot snapshot() {
      Map<Long, Long> client = new java.util.HashMap<>();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (isClient(t)) {
          long nanos = THREADS.getThreadCpuTime(t.getId());
          if (nanos >= 0) {
            client.put(t.getId(), nanos);
          }
        }
      }
      return new Snapshot(processCpu(), client);
    }

    /**
     * CPU since {@code before}; {@code requestThreads}: the CPU of the phase's request threads,
     * which end with it (each adds its own time as its last act, see {@link #run}).
     */
    static Cpu since(Snapshot before, long requestThreads) {
      Snapshot now = snapshot();
      long client = requestThreads;
      for (Map.Entry<Long, Long> e : now.clientThreads().entrySet()) {
        client += e.getValue() - before.clientThreads().getOrDefault(e.getKey(), 0L);
      }
      return new Cpu(now.process() - before.process(), client);
    }

    private static boolean isClient(Thread t) {
      return t.getName().startsWith("HttpClient-");
    }

    static long processCpu() {
      return ((com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }

  private static long pct(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("options are --name value: " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
