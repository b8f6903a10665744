package io.lodestar.pmo.app.portfolio.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig.Column;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig.Sort;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class HealthItemConfigsTest {

  private static final HostUser OWNER = new HostUser("owner", "owner", "Olive Owner", null);
  private static final HostUser OTHER = new HostUser("other", "other", "Otto Other", null);

  private final AccessGuard guard = mock(AccessGuard.class);
  private final DashboardItemStore items = mock(DashboardItemStore.class);
  private final PortfolioOverviews overviews = mock(PortfolioOverviews.class);
  private final Texts texts = mock(Texts.class);
  private final HealthItemConfigs target = new HealthItemConfigs(guard, items, overviews, texts);

  private final HealthItemConfig valid =
      new HealthItemConfig("DIGITAL", List.of(Column.HEALTH), Sort.NAME, 5, 0);

  @Before
  public void setUp() {
    lenient().when(texts.text(anyString(), any(Object[].class))).thenAnswer(i -> i.getArgument(0));
    lenient().when(guard.browsableProjects()).thenReturn(List.of());
    lenient()
        .when(items.find(1L))
        .thenReturn(
            Optional.of(new DashboardItem(1, 10, "owner", HealthItemConfig.unconfigured())));
    lenient()
        .when(overviews.visibleNode(eq("DIGITAL"), anyMap(), anyBoolean()))
        .thenReturn(Outcome.ok(mock(PortfolioNode.class)));
    lenient()
        .when(overviews.visibleNode(eq("SECRET"), anyMap(), anyBoolean()))
        .thenReturn(Outcome.notFound("lodestar.portfolio.node.notFound", "SECRET"));
  }

  @Test
  public void save_shouldStoreTheConfiguration_whenTheOwnerSendsAValidOne() {
    // given the owner signed in
    when(guard.requireUser()).thenReturn(OWNER);
    when(items.saveConfig(1L, valid)).thenReturn(StoreResult.stored(valid.withVersion(1)));

    // when saved
    Outcome<HealthItemConfig> saved = target.save(1L, valid);

    // then it is stored at version 1
    assertThat(saved).isEqualTo(Outcome.ok(valid.withVersion(1)));
  }

  @Test
  public void save_shouldBeRefused_whenTheCallerDoesNotOwnTheDashboard() {
    when(guard.requireUser()).thenReturn(OTHER);

    assertThatThrownBy(() -> target.save(1L, valid)).isInstanceOf(AccessDeniedException.class);
    verify(items, never()).saveConfig(anyLong(), any());
  }

  @Test
  public void save_shouldNameThePortfolio_whenTheOwnerMayNotSeeIt() {
    when(guard.requireUser()).thenReturn(OWNER);

    Outcome<HealthItemConfig> saved =
        target.save(1L, new HealthItemConfig("SECRET", List.of(Column.HEALTH), Sort.NAME, 5, 0));

    assertThat(((Outcome.Invalid<HealthItemConfig>) saved).violations())
        .extracting(Violation::field)
        .containsExactly("portfolio");
    verify(items, never()).saveConfig(anyLong(), any());
  }

  @Test
  public void save_shouldAnswerAConflict_whenTheStoredVersionMoved() {
    when(guard.requireUser()).thenReturn(OWNER);
    when(items.saveConfig(1L, valid)).thenReturn(StoreResult.conflict(0, 2));

    assertThat(target.save(1L, valid)).isEqualTo(new Outcome.Conflict<HealthItemConfig>(0, 2));
  }

  @Test
  public void save_shouldWriteNothing_whenTheContentEqualsTheStoredOne() {
    // given the item stored at version 3 with the same content
    when(guard.requireUser()).thenReturn(OWNER);
    when(items.find(1L))
        .thenReturn(Optional.of(new DashboardItem(1, 10, "owner", valid.withVersion(3))));

    // when saved again at version 3
    Outcome<HealthItemConfig> saved = target.save(1L, valid.withVersion(3));

    // then the stored one is answered and nothing is written
    assertThat(saved).isEqualTo(Outcome.ok(valid.withVersion(3)));
    verify(items, never()).saveConfig(anyLong(), any());
  }

  @Test
  public void item_shouldBeNotFound_whenThereIsNoSuchItem() {
    when(guard.requireUser()).thenReturn(OWNER);
    when(items.find(9L)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> target.item(9L)).isInstanceOf(NotFoundException.class);
  }
}
