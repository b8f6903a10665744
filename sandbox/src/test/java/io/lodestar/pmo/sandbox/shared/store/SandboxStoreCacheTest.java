package io.lodestar.pmo.sandbox.shared.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The size of H2's page cache for a data directory, from the heap. */
class SandboxStoreCacheTest {

  private static final long MIB = 1024L * 1024;

  @Test
  void cacheSizeKb_shouldBeAQuarterOfTheHeap_whenBetweenTheBounds() {
    assertThat(SandboxStore.cacheSizeKb(1024 * MIB)).isEqualTo(256L * 1024);
  }

  @Test
  void cacheSizeKb_shouldKeepH2sDefault_whenTheHeapIsSmall() {
    assertThat(SandboxStore.cacheSizeKb(128 * MIB)).isEqualTo(64L * 1024);
  }

  @Test
  void cacheSizeKb_shouldStopAt512MiB_whenTheHeapIsLarge() {
    assertThat(SandboxStore.cacheSizeKb(16 * 1024 * MIB)).isEqualTo(512L * 1024);
  }
}
