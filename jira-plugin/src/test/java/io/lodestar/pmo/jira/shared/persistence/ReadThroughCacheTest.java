package io.lodestar.pmo.jira.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class ReadThroughCacheTest {

  private final InMemoryCacheManager cacheManager = new InMemoryCacheManager();
  private final Map<Long, String> store = new HashMap<>();
  private final AtomicInteger loads = new AtomicInteger();
  private final ReadThroughCache<Long, String> target =
      new ReadThroughCache<>(
          cacheManager,
          "sample",
          Duration.ofMinutes(5),
          id -> {
            loads.incrementAndGet();
            if (id == 99L) {
              throw new StoredDataException("SAMPLE row 99: broken");
            }
            return Optional.ofNullable(store.get(id));
          });

  @Test
  public void get_shouldLoadOnce_whenReadTwice() {
    store.put(1L, "one");

    target.get(1L);
    assertThat(target.get(1L)).contains("one");

    assertThat(loads).hasValue(1);
  }

  @Test
  public void get_shouldCacheAnAbsence() {
    target.get(2L);
    assertThat(target.get(2L)).isEmpty();

    assertThat(loads).hasValue(1);
  }

  @Test
  public void get_shouldCacheAnUnreadableRowAndKeepReportingIt() {
    assertThatThrownBy(() -> target.get(99L)).isInstanceOf(StoredDataException.class);

    assertThatThrownBy(() -> target.get(99L))
        .isInstanceOf(StoredDataException.class)
        .hasMessage("SAMPLE row 99: broken");
    assertThat(loads).hasValue(1);
  }

  @Test
  public void invalidate_shouldMakeTheNextReadLoadAgain() {
    store.put(1L, "one");
    target.get(1L);
    store.put(1L, "uno");

    target.invalidate(1L);

    assertThat(target.get(1L)).contains("uno");
  }

  @Test
  public void invalidateAll_shouldForgetEveryKey() {
    target.get(1L);
    target.get(2L);

    target.invalidateAll();

    assertThat(cacheManager.size("lodestar.internal.cache.sample")).isZero();
  }

  @Test
  public void get_shouldAskForARemoteCacheReplicatedByInvalidationWithTheExpiry() {
    target.get(1L);

    com.atlassian.cache.CacheSettings settings =
        cacheManager.settingsOf("lodestar.internal.cache.sample");
    assertThat(target.name()).isEqualTo("lodestar.internal.cache.sample");
    assertThat(settings.getLocal()).isFalse();
    assertThat(settings.getReplicateViaCopy()).isFalse();
    assertThat(settings.getExpireAfterWrite()).isEqualTo(300_000L);
  }

  @Test
  public void constructor_shouldNotTouchTheCacheManager() {
    new ReadThroughCache<Long, String>(
        cacheManager, "untouched", Duration.ofMinutes(5), id -> Optional.empty());

    assertThat(cacheManager.settingsOf("lodestar.internal.cache.untouched")).isNull();
  }
}
