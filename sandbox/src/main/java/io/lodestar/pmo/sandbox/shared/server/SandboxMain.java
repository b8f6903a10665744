package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.sandbox.importer.ImportException;
import io.lodestar.pmo.sandbox.shared.store.StoreException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The sandbox's command line:
 *
 * <pre>
 * java -jar lodestar-sandbox.jar [--port N] [--host H] [--data DIR] [--issues N] [--seed N]
 *                                [--reset] [--import FILE...] [--source NAME]
 *                                [--field-options FILE...] [--no-demo]
 * </pre>
 *
 * Prints the URL when ready and serves until SIGTERM or Ctrl-C, then stops gracefully (requests in
 * flight get the stop timeout; the database is closed). Exit codes: 0 after a normal stop, 1 for a
 * start-up failure (a malformed import file, an unreadable data directory), 2 when the port is
 * taken, 64 for bad arguments.
 */
public final class SandboxMain {

  static final int EXIT_FAILED = 1;
  static final int EXIT_PORT_IN_USE = 2;
  static final int EXIT_USAGE = 64;

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: lodestar-sandbox [options]",
          "  --port N          HTTP port (default " + SandboxConfig.DEFAULT_PORT + ")",
          "  --host H          interface to listen on (default "
              + SandboxConfig.DEFAULT_HOST
              + "; 0.0.0.0 for all)",
          "  --data DIR        data directory (default ~/.lodestar-sandbox)",
          "  --issues N        demo size when the data directory is new or reset (default 20000)",
          "  --seed N          demo generator seed",
          "  --reset           delete the database in the data directory and generate again",
          "  --import FILE...  import Jira exports (.json search pages or .csv) after start-up",
          "  --source NAME     the Jira instance the imports come from (default: from the"
              + " files' self URLs)",
          "  --field-options FILE...  select fields' options in Jira's order (createmeta or"
              + " /rest/api/2/field/{id}/option output)",
          "  --no-demo         a new data directory gets no demo portfolio (demo accounts only)",
          "  --help            this text");

  private SandboxMain() {}

  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Starts the sandbox and blocks until the JVM is asked to stop.
   *
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    SandboxConfig config;
    try {
      config = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("lodestar-sandbox: " + e.getMessage());
      err.println(USAGE);
      return EXIT_USAGE;
    }
    if (config == null) {
      out.println(USAGE);
      return 0;
    }
    SandboxServer server;
    try {
      server = SandboxServer.start(config);
    } catch (PortInUseException e) {
      err.println(portInUseMessage(e));
      return EXIT_PORT_IN_USE;
    } catch (ImportException | StoreException e) {
      err.println("lodestar-sandbox: " + e.getMessage());
      return EXIT_FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "lodestar-sandbox-shutdown"));
    out.println("Lodestar sandbox is ready: " + server.uri());
    out.println("Data: " + config.dataDirectory().toAbsolutePath() + "  (Ctrl-C stops)");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /**
   * Jersey logs through java.util.logging; its start-up notes (e.g. that swagger-core's OpenAPI
   * resource is no provider, which is right) are noise on the console of a demo.
   */
  private static void quietLibraryLogging() {
    java.util.logging.Logger jersey = java.util.logging.Logger.getLogger("org.glassfish.jersey");
    jersey.setLevel(java.util.logging.Level.SEVERE);
    // Keep a reference for the JVM's lifetime: java.util.logging holds loggers weakly.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> jersey.getLevel()));
  }

  /** The one line printed when the port is taken. */
  static String portInUseMessage(PortInUseException e) {
    return "lodestar-sandbox: port "
        + e.port()
        + " is already in use (is a sandbox already running?); choose another with --port N";
  }

  /**
   * @return the configuration, or null when help was asked for
   * @throws IllegalArgumentException for an unknown flag or a bad value
   */
  static SandboxConfig parse(String[] args) {
    SandboxConfig config = SandboxConfig.defaults();
    List<Path> imports = new ArrayList<>();
    List<Path> fieldOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return null;
        }
        case "--port" -> config = config.withPort(integer(arg, value(args, ++i, arg), 0, 65_535));
        case "--host" -> config = config.withHost(value(args, ++i, arg));
        case "--data" -> config = config.withDataDirectory(Path.of(value(args, ++i, arg)));
        case "--issues" ->
            config = config.withIssues(integer(arg, value(args, ++i, arg), 40, 10_000_000));
        case "--seed" -> config = config.withSeed(longValue(arg, value(args, ++i, arg)));
        case "--reset" -> config = config.withReset(true);
        case "--import" -> i = files(args, i, arg, imports);
        case "--field-options" -> i = files(args, i, arg, fieldOptions);
        case "--source" -> config = config.withSource(value(args, ++i, arg));
        case "--no-demo" -> config = config.withDemo(false);
        default -> throw new IllegalArgumentException("unknown option: " + arg);
      }
    }
    return config.withImports(imports).withFieldOptions(fieldOptions);
  }

  /** Reads the files after {@code flag} at {@code i} into {@code into}; returns the last index. */
  private static int files(String[] args, int i, String flag, List<Path> into) {
    int before = into.size();
    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
      Path file = Path.of(args[++i]);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(flag + ": no such file: " + file);
      }
      into.add(file);
    }
    if (into.size() == before) {
      throw new IllegalArgumentException(flag + " needs at least one file");
    }
    return i;
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private static int integer(String flag, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.replace("_", ""));
      if (n < min || n > max) {
        throw new IllegalArgumentException(flag + " must be " + min + ".." + max + ": " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number: " + value, e);
    }
  }

  private static long longValue(String flag, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number: " + value, e);
    }
  }
}
