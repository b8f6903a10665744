package io.lodestar.pmo.sandbox.load;

import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.demo.DemoFields;
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
import java.time.Duration;
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
    if (!options.getOrDefault("settle", "60").matches("\\d{1,4}")) {
      throw new IllegalArgumentException("settle: 0..9999 seconds");
    }

    int settle = Integer.parseInt(options.getOrDefault("settle", "60"));
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
      // the start-up's review reminder walks every register once: let it finish first
      System.out.printf("settling %d s%n", settle);
      Thread.sleep(settle * 1000L);
      // warm-up: every request once, single user, then one concurrent round of each, so that the
      // first measured request is not also the one the JIT compiles under 50 clients
      for (String path : paths.values()) {
        get(clients.get(0), base.resolve(path));
      }
      for (String path : paths.values()) {
        run(clients, base.resolve(path), WARM_UP_ROUNDS, new AtomicLong());
      }
      Map<String, long[]> results = new LinkedHashMap<>();
      Map<String, Cpu> cpu = new LinkedHashMap<>();
      for (Map.Entry<String, String> p : paths.entrySet()) {
        Cpu.Snapshot before = Cpu.snapshot();
        AtomicLong requestThreadsCpu = new AtomicLong();
        results.put(
            p.getKey(), run(clients, base.resolve(p.getValue()), rounds, requestThreadsCpu));
        cpu.put(p.getKey(), Cpu.since(before, requestThreadsCpu.get()));
      }
      System.out.printf(
          "%d users x %d rounds per request (loopback), latency in ms:%n", users, rounds);
      for (Map.Entry<String, long[]> r : results.entrySet()) {
        long[] t = r.getValue();
        Cpu c = cpu.get(r.getKey());
        System.out.printf(
            "  %-22s p50 %7.1f  p95 %7.1f  max %7.1f  (%d requests)  CPU/request %5.2f ms,"
                + " of it load client %5.2f ms%n",
            r.getKey(),
            ms(pct(t, 50)),
            ms(pct(t, 95)),
            ms(t[t.length - 1]),
            t.length,
            ms(c.process() / t.length),
            ms(c.client() / t.length));
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
    long offset = 500_000_000L;
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
  private static long[] run(List<HttpClient> clients, URI uri, int rounds, AtomicLong threadsCpu)
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

    private static long processCpu() {
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
