package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.audit.AuditFilter;
import io.lodestar.pmo.app.shared.audit.AuditHistory;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupSetting;
import io.lodestar.pmo.engine.shared.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class AuditLogPageControllerTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  private static final Instant T0 = Instant.parse("2026-12-03T09:15:30.123456Z");

  @Mock private CurrentUser currentUser;
  @Mock private ProjectDirectory projects;
  @Mock private HostPermissions permissions;
  @Mock private PmoAdminGroupSetting pmoGroup;
  @Mock private Texts texts;
  @Mock private UserDirectory users;

  private final HostUser alice = new HostUser("u1", "alice", "Alice Adams", null);
  private final FakeHistory history = new FakeHistory();

  private AuditLogPageController target;

  @Before
  public void setUp() {
    // "key|arg0|arg1…", so that tests see which text was chosen and with what
    when(texts.text(anyString(), any(Object[].class)))
        .thenAnswer(
            inv -> {
              Object[] all = inv.getArguments();
              return Arrays.stream(all).map(String::valueOf).collect(Collectors.joining("|"));
            });
    when(texts.text(anyString())).thenAnswer(inv -> inv.getArgument(0));
    when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.of("pmo-admins"));
    when(users.byKey("u1")).thenReturn(Optional.of(alice));
    AccessGuard guard = new AccessGuard(currentUser, projects, permissions, pmoGroup, texts);
    target = new AuditLogPageController(guard, history, users, texts);
  }

  private void signedInAsPmoAdmin() {
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(permissions.isInGroup(alice, "pmo-admins")).thenReturn(true);
  }

  @Test
  public void show_shouldRender403Page_whenUserIsNotPmoAdmin() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));
    history.add(entry("risk.scoringModel", "7", 0));

    // when
    PageView view = target.show("/jira", Map.of());

    // then
    assertThat(view.status()).isEqualTo(403);
    assertThat(view.template()).isEqualTo("templates/risk/error.vm");
    assertThat(history.reads).isZero();
  }

  @Test
  public void show_shouldRender401Page_whenAnonymous() {
    when(currentUser.get()).thenReturn(Optional.empty());

    assertThat(target.show("", Map.of()).status()).isEqualTo(401);
  }

  @Test
  public void show_shouldListNewestFirstWithWhoWhenAndWhat_whenPmoAdminOpensIt() {
    // given
    signedInAsPmoAdmin();
    history.add(entry("risk.scoringModel", "7", 0));
    history.add(
        new AuditEntry(
            "gone",
            "lodestar.risk.audit.settings.saved",
            "risk.projectSettings",
            "MOBA",
            "modelId=1",
            "modelId=2",
            T0.plusSeconds(60)));

    // when
    PageView view = target.show("/jira", Map.of());

    // then
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.template()).isEqualTo(AuditLogPageController.TEMPLATE);
    AuditLogPageView page = (AuditLogPageView) view.context().get("page");
    assertThat(page.entries())
        .extracting(AuditLogPageView.EntryView::target)
        .containsExactly(
            "lodestar.audit.target.projectSettings|MOBA", "lodestar.audit.target.model|7");
    AuditLogPageView.EntryView newest = page.entries().get(0);
    assertThat(newest.who()).isEqualTo("lodestar.audit.page.unknownUser|gone");
    assertThat(newest.what()).isEqualTo("lodestar.risk.audit.settings.saved");
    assertThat(newest.at()).isEqualTo("2026-12-03 09:16:30 UTC");
    assertThat(newest.atIso()).isEqualTo("2026-12-03T09:16:30Z");
    assertThat(newest.before()).isEqualTo("modelId=1");
    assertThat(newest.after()).isEqualTo("modelId=2");
    assertThat(page.entries().get(1).who()).isEqualTo("Alice Adams (alice)");
    assertThat(page.formAction()).isEqualTo("/jira/plugins/servlet/lodestar/audit");
  }

  @Test
  public void show_shouldListOnlyThatProjectsSettings_whenFilteredByProject() {
    // given
    signedInAsPmoAdmin();
    history.add(entry("risk.projectSettings", "MOBA", 0));
    history.add(entry("risk.projectSettings", "WEBA", 1));
    history.add(entry("risk.scoringModel", "MOBA", 2));

    // when
    PageView view = target.show("", Map.of("project", new String[] {" moba "}));

    // then
    AuditLogPageView page = (AuditLogPageView) view.context().get("page");
    assertThat(page.entries())
        .extracting(AuditLogPageView.EntryView::target)
        .containsExactly("lodestar.audit.target.projectSettings|MOBA");
    assertThat(page.project()).isEqualTo("MOBA");
    assertThat(history.lastFilter).isEqualTo(AuditFilter.ofTarget("risk.projectSettings", "MOBA"));
  }

  @Test
  public void show_shouldListOnlyOneKindAndMarkItChosen_whenFilteredByType() {
    // given
    signedInAsPmoAdmin();
    history.add(entry("risk.projectSettings", "MOBA", 0));
    history.add(entry("risk.scoringModel", "7", 1));

    // when
    PageView view = target.show("", Map.of("type", new String[] {"risk.scoringModel"}));

    // then
    AuditLogPageView page = (AuditLogPageView) view.context().get("page");
    assertThat(page.entries()).hasSize(1);
    assertThat(page.typeOptions())
        .filteredOn(OptionView::selected)
        .extracting(OptionView::value)
        .containsExactly("risk.scoringModel");
    assertThat(page.emptyNotice()).isEqualTo("lodestar.audit.page.emptyFiltered");
  }

  @Test
  public void show_shouldPageByTwentyFiveWithLinksKeepingTheFilter_whenThereAreMore() {
    // given
    signedInAsPmoAdmin();
    for (int i = 0; i < 60; i++) {
      history.add(entry("risk.scoringModel", Integer.toString(i), i));
    }

    // when
    PageView view =
        target.show(
            "", Map.of("type", new String[] {"risk.scoringModel"}, "startAt", new String[] {"25"}));

    // then
    AuditLogPageView page = (AuditLogPageView) view.context().get("page");
    assertThat(page.entries()).hasSize(AuditLogPageController.PAGE_SIZE);
    assertThat(page.entries().get(0).target()).isEqualTo("lodestar.audit.target.model|34");
    assertThat(page.paging().summary()).isEqualTo("lodestar.audit.page.paging|26|50|60");
    assertThat(page.paging().previousUrl())
        .isEqualTo("/plugins/servlet/lodestar/audit?type=risk.scoringModel");
    assertThat(page.paging().nextUrl())
        .isEqualTo("/plugins/servlet/lodestar/audit?type=risk.scoringModel&startAt=50");
  }

  @Test
  public void show_shouldKeepTheFormAndNameTheField_whenTheTypeIsUnknown() {
    // given
    signedInAsPmoAdmin();
    history.add(entry("risk.scoringModel", "7", 0));

    // when
    PageView view = target.show("", Map.of("type", new String[] {"<script>"}));

    // then
    assertThat(view.status()).isEqualTo(400);
    assertThat(view.template()).isEqualTo(AuditLogPageController.TEMPLATE);
    AuditLogPageView page = (AuditLogPageView) view.context().get("page");
    assertThat(page.errorOf("type")).startsWith("lodestar.risk.register.error.notOneOf|<script>|");
    assertThat(page.entries()).isEmpty();
    assertThat(history.reads).isZero();
  }

  @Test
  public void show_shouldRefuseTheProject_whenTheTypeIsNotRiskSettings() {
    signedInAsPmoAdmin();

    PageView view =
        target.show(
            "",
            Map.of("type", new String[] {"risk.scoringModel"}, "project", new String[] {"MOBA"}));

    assertThat(view.status()).isEqualTo(400);
    assertThat(((AuditLogPageView) view.context().get("page")).errorOf("project"))
        .isEqualTo("lodestar.audit.page.error.projectNeedsSettings");
  }

  @Test
  public void show_shouldRefuseTheStart_whenNegative() {
    signedInAsPmoAdmin();

    PageView view = target.show("", Map.of("startAt", new String[] {"-1"}));

    assertThat(view.status()).isEqualTo(400);
    assertThat(((AuditLogPageView) view.context().get("page")).errorOf("startAt"))
        .startsWith("lodestar.risk.register.error.notANumber|-1");
  }

  @Test
  public void show_shouldShortenLongTexts_whenAnEntryHoldsMegabytes() {
    // given
    signedInAsPmoAdmin();
    String huge = "x".repeat(AuditLogPageController.MAX_TEXT + 10);
    history.add(
        new AuditEntry(
            "u1",
            "lodestar.risk.audit.settings.saved",
            "risk.projectSettings",
            "A",
            null,
            huge,
            T0));

    // when
    AuditLogPageView page = (AuditLogPageView) target.show("", Map.of()).context().get("page");

    // then
    String after = page.entries().get(0).after();
    assertThat(after).startsWith("x".repeat(AuditLogPageController.MAX_TEXT) + "\n");
    assertThat(after).endsWith("lodestar.audit.page.clipped|10");
    assertThat(page.entries().get(0).before()).isEmpty();
  }

  private static AuditEntry entry(String type, String id, int minutes) {
    return new AuditEntry(
        "u1",
        "lodestar.risk.audit.model.updated",
        type,
        id,
        null,
        "v",
        T0.plusSeconds(60L * minutes));
  }

  /** An audit log in memory with the hosts' semantics: newest (last added) first, filtered. */
  private static final class FakeHistory implements AuditHistory {
    private final List<AuditEntry> entries = new ArrayList<>();
    int reads;
    AuditFilter lastFilter;

    void add(AuditEntry entry) {
      entries.add(0, entry);
    }

    private List<AuditEntry> matching(AuditFilter filter) {
      lastFilter = filter;
      return entries.stream()
          .filter(e -> filter.targetType() == null || filter.targetType().equals(e.targetType()))
          .filter(e -> filter.targetId() == null || filter.targetId().equals(e.targetId()))
          .toList();
    }

    @Override
    public List<AuditEntry> page(AuditFilter filter, int startAt, int maxResults) {
      AuditHistory.checkPage(startAt, maxResults);
      reads++;
      List<AuditEntry> all = matching(filter);
      return all.subList(Math.min(startAt, all.size()), Math.min(startAt + maxResults, all.size()));
    }

    @Override
    public int count(AuditFilter filter) {
      reads++;
      return matching(filter).size();
    }
  }
}
