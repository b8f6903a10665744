package io.lodestar.pmo.sandbox.demo;

import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Command line: fills a data directory with the demo portfolio and prints what it made, how long it
 * took and how big the directory is. {@code --data DIR} (default {@code ~/.lodestar-sandbox}),
 * {@code --issues N} (default {@value DemoData#DEFAULT_ISSUES}), {@code --seed S}.
 */
public final class GenerateDemoData {

  private GenerateDemoData() {}

  public static void main(String[] args) throws IOException {
    Path dir = SandboxStore.defaultDataDirectory();
    int issues = DemoData.DEFAULT_ISSUES;
    long seed = DemoData.DEFAULT_SEED;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data" -> dir = Path.of(args[i + 1]);
        case "--issues" -> issues = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    PrintStream out = System.out;
    long start = System.nanoTime();
    DemoData.Summary summary;
    try (SandboxStore store = SandboxStore.open(dir)) {
      summary = DemoData.generate(store, issues, seed);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    out.println(summary);
    out.println("took " + millis + " ms; data directory " + dir + " holds " + size(dir) + " bytes");
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
