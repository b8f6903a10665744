package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to start the sandbox: the command line's flags as a value. Tests build one with {@link
 * #defaults()} and the {@code with…} methods.
 *
 * @param host the interface to listen on; {@code localhost} by default (a demo, not a service)
 * @param port the HTTP port, 0 for any free one; {@value #DEFAULT_PORT} by default
 * @param dataDirectory where the H2 database lives; {@link SandboxStore#defaultDataDirectory()} by
 *     default
 * @param issues how many issues the demo portfolio gets when the data directory is new or reset
 * @param seed the demo generator's seed
 * @param reset whether to delete the database in the data directory first and generate again
 * @param imports Jira exports ({@code .json} search pages or {@code .csv}) to import after start-up
 *     data is in place; imported in order, each in one transaction
 * @param stopTimeoutMillis how long a stop waits for requests in flight
 * @param source the name of the Jira instance the imports come from ({@code --source}), or null to
 *     take it from the files' {@code self} URLs
 * @param demo whether a new (or reset) data directory gets the demo portfolio; without it ({@code
 *     --no-demo}) it holds only the demo accounts, to try Lodestar on imports alone
 * @param fieldOptions field-options files (create metadata or a field's option list) giving
 *     imported select fields their configured option order; imported after {@code imports}
 */
public record SandboxConfig(
    String host,
    int port,
    Path dataDirectory,
    int issues,
    long seed,
    boolean reset,
    List<Path> imports,
    long stopTimeoutMillis,
    String source,
    boolean demo,
    List<Path> fieldOptions) {

  /** The port the sandbox listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 8090;

  /** The host the sandbox listens on unless told otherwise. */
  public static final String DEFAULT_HOST = "localhost";

  public SandboxConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    imports = List.copyOf(imports);
    fieldOptions = List.copyOf(fieldOptions);
    if (source != null && (source.isBlank() || source.length() > 1000)) {
      throw new IllegalArgumentException("source must be 1..1000 characters, not blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (issues < 40) {
      throw new IllegalArgumentException("issues must be at least 40 (one epic per project)");
    }
    if (stopTimeoutMillis < 0) {
      throw new IllegalArgumentException("stopTimeoutMillis < 0");
    }
  }

  /** The documented defaults: localhost:8090, ~/.lodestar-sandbox, 20,000 issues. */
  public static SandboxConfig defaults() {
    return new SandboxConfig(
        DEFAULT_HOST,
        DEFAULT_PORT,
        SandboxStore.defaultDataDirectory(),
        DemoData.DEFAULT_ISSUES,
        DemoData.DEFAULT_SEED,
        false,
        List.of(),
        5_000L,
        null,
        true,
        List.of());
  }

  public SandboxConfig withHost(String value) {
    return new SandboxConfig(
        value,
        port,
        dataDirectory,
        issues,
        seed,
        reset,
        imports,
        stopTimeoutMillis,
        source,
        demo,
        fieldOptions);
  }

  public SandboxConfig withPort(int value) {
    return new SandboxConfig(
        host,
        value,
        dataDirectory,
        issues,
        seed,
        reset,
        imports,
        stopTimeoutMillis,
        source,
        demo,
        fieldOptions);
  }

  public SandboxConfig withDataDirectory(Path value) {
    return new SandboxConfig(
        host,
        port,
        value,
        issues,
        seed,
        reset,
        imports,
        stopTimeoutMillis,
        source,
        demo,
        fieldOptions);
  }

  public SandboxConfig withIssues(int value) {
    return new SandboxConfig(
        host,
        port,
        dataDirectory,
        value,
        seed,
        reset,
        imports,
        stopTimeoutMillis,
        source,
        demo,
        fieldOptions);
  }

  public SandboxConfig withSeed(long value) {
    return new SandboxConfig(
        host,
        port,
        dataDirectory,
        issues,
        value,
        reset,
        imports,
        stopTimeoutMillis,
        source,
        demo,
        fieldOptions);
  }

  public SandboxConfig withReset(boolean value) {
    return new SandboxConfig(
        host,
        port,
        dataDirectory,
        issues,
        seed,
        value,
        imports,
        stopTimeoutMillis,
        source,
        demo,
        fieldOptions);
  }

  public SandboxConfig withImports(List<Path> value) {
    return new SandboxConfig(
        host,
        port,
        dataDirectory,
        issues,
        seed,
        reset,
        value,
        stopTimeoutMillis,
        source,
        demo,
        fieldOptions);
  }

  public SandboxConfig withStopTimeoutMillis(long value) {
    return new SandboxConfig(
        host, port, dataDirectory, issues, seed, reset, imports, value, source, demo, fieldOptions);
  }

  public SandboxConfig withSource(String value) {
    return new SandboxConfig(
        host,
        port,
        dataDirectory,
        issues,
        seed,
        reset,
        imports,
        stopTimeoutMillis,
        value,
        demo,
        fieldOptions);
  }

  public SandboxConfig withDemo(boolean value) {
    return new SandboxConfig(
        host,
        port,
        dataDirectory,
        issues,
        seed,
        reset,
        imports,
        stopTimeoutMillis,
        source,
        value,
        fieldOptions);
  }

  public SandboxConfig withFieldOptions(List<Path> value) {
    return new SandboxConfig(
        host,
        port,
        dataDirectory,
        issues,
        seed,
        reset,
        imports,
        stopTimeoutMillis,
        source,
        demo,
        value);
  }
}
