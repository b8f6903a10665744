package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupSetting;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class RiskRegisterPageControllerTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private CurrentUser currentUser;
  @Mock private ProjectDirectory projects;
  @Mock private HostPermissions permissions;
  @Mock private PmoAdminGroupSetting pmoGroup;
  @Mock private Texts texts;
  @Mock private RiskSource source;
  @Mock private RiskProjectSettingsStore settings;
  @Mock private ScoringModelStore models;
  @Mock private UserDirectory users;

  private static final RiskFieldMapping MAPPING =
      RiskFieldMapping.builder()
          .inherent(RatingFieldIds.of("p", ImpactDimension.COST, "i"))
          .residual(RatingFieldIds.of("rp", ImpactDimension.COST, "ri"))
          .ownerFieldId("owner")
          .reviewDateFieldId("review")
          .build();

  private final HostUser alice = new HostUser("u-alice", "alice", "Alice Smith", null);
  private final ProjectRef alpha = new ProjectRef(10L, "ALPHA", "Alpha");
  private final ProjectRef secret = new ProjectRef(11L, "SECRET", "Secret");

  private RiskRegisterPageController target;

  @Before
  public void setUp() {
    when(texts.text(anyString(), any(Object[].class)))
        .thenAnswer(
            inv -> {
              Object[] all = inv.getArguments();
              Object[] args = Arrays.copyOfRange(all, 1, all.length);
              return args.length == 0 ? all[0] : all[0] + Arrays.toString(args);
            });
    when(texts.text(anyString())).thenAnswer(inv -> inv.getArgument(0));
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(projects.byKey("SECRET")).thenReturn(Optional.of(secret));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);
    when(settings.effective("ALPHA"))
        .thenReturn(Optional.of(RiskProjectSettings.of(7, MAPPING, null)));
    when(models.find(7L)).thenReturn(Optional.of(FormulaModel.pmbokDefault().withIdentity(7, 1)));
    when(users.byKey("u-alice")).thenReturn(Optional.of(alice));
    when(users.byUsername("alice")).thenReturn(Optional.of(alice));
    registerHolds(
        List.of(
            // inherent 0.72 high, residual 0.10 medium (current), review overdue, open
            record("ALPHA-1", "Supplier fails", 5, 5, 3, 3, "u-alice", "2026-01-01", "new"),
            // inherent 0.28 high (current: no residual), review ahead, mitigating
            record("ALPHA-2", "Budget cut", 4, 4, 0, 0, "u-bob", "2026-06-01", "indeterminate"),
            // inherent 0.03, residual 0.01, both low, closed
            record("ALPHA-3", "Key person leaves", 2, 2, 1, 1, null, null, "done")),
        0);
    guard = new AccessGuard(currentUser, projects, permissions, pmoGroup, texts);
    RiskRegisterService register = new RiskRegisterService(source, settings, models, 200);
    target = new RiskRegisterPageController(guard, register, users, texts, CLOCK);
  }

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  private AccessGuard guard;

  @Test
  public void show_shouldWalkAndSayRecomputing_whenTheHostsIndexIsBeingRebuilt() {
    // given a host whose index is a quarter through its rebuild (it answers nothing meanwhile)
    io.lodestar.pmo.engine.risk.port.AssessedRiskIndex index =
        org.mockito.Mockito.mock(io.lodestar.pmo.engine.risk.port.AssessedRiskIndex.class);
    when(index.progress(eq("ALPHA"), anyString()))
        .thenReturn(new io.lodestar.pmo.engine.risk.port.AssessedRiskIndex.Progress(false, 1, 4));
    RiskRegisterPageController rebuilding =
        new RiskRegisterPageController(
            guard,
            new RiskRegisterService(
                source,
                settings,
                models,
                200,
                io.lodestar.pmo.engine.risk.service.ExposureLimits.DEFAULT,
                index),
            users,
            texts,
            CLOCK);

    // when
    PageView view = rebuilding.show("/jira", params("project", "ALPHA"));

    // then the register is complete (walked) and the page says how far the rebuild is
    assertThat(keys(view)).containsExactly("ALPHA-2", "ALPHA-1", "ALPHA-3");
    assertThat(view.context())
        .containsEntry("recomputing", "lodestar.risk.register.recomputing[25]");
    verify(index, never()).window(any(), any(), any(), any(), any(), anyInt(), anyInt());
  }

  // ------------------------------------------------------------------ table

  @Test
  public void show_shouldListRisksWorstCurrentScoreFirst_whenNoFilterIsGiven() {
    // when
    PageView view = target.show("/jira", params("project", "ALPHA"));

    // then
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.template()).isEqualTo(RiskRegisterPageController.TEMPLATE);
    assertThat(keys(view)).containsExactly("ALPHA-2", "ALPHA-1", "ALPHA-3");
  }

  @Test
  public void show_shouldDescribeEachRowForTheTable_whenRiskIsRated() {
    // when
    RegisterRowView row = page(target.show("/jira", params("project", "ALPHA"))).rows().get(1);

    // then
    assertThat(row)
        .isEqualTo(
            new RegisterRowView(
                "ALPHA-1",
                "/jira/browse/ALPHA-1",
                "Supplier fails",
                "Alice Smith",
                "lodestar.risk.register.status.open",
                new LevelView("0.72", "High", "#DE350B", true),
                new LevelView("0.10", "Medium", "#FFAB00", true),
                "2026-01-01",
                true,
                false,
                List.of()));
  }

  @Test
  public void show_shouldSayUnderTheTitleWhyARiskIsNotRated_whenAValueCannotBeRead() {
    // given a risk whose probability field holds a date
    Map<String, RawValue> fields = new LinkedHashMap<>();
    fields.put("p", RawValue.date(LocalDate.parse("2026-01-01")));
    fields.put("i", RawValue.option(3, "I3"));
    registerHolds(List.of(RawRiskRecord.of("ALPHA-9", "ALPHA", "Odd", "new", fields)), 0);

    // when
    RegisterRowView row = page(target.show("", params("project", "ALPHA"))).rows().get(0);

    // then
    assertThat(row.inherent().rated()).isFalse();
    assertThat(row.problems()).singleElement().asString().startsWith("lodestar.risk.");
  }

  @Test
  public void show_shouldListOnlyThatStatus_whenStatusIsGiven() {
    PageView view = target.show("", params("project", "ALPHA", "status", "mitigating"));

    assertThat(keys(view)).containsExactly("ALPHA-2");
  }

  @Test
  public void show_shouldListOnlyTheOwnersRisks_whenOwnerNameIsGiven() {
    PageView view = target.show("", params("project", "ALPHA", "owner", "alice"));

    assertThat(keys(view)).containsExactly("ALPHA-1");
  }

  @Test
  public void show_shouldListOnlyRisksWhoseCurrentLevelMatches_whenLevelIsGiven() {
    // ALPHA-1 is inherently high but currently (residual) medium
    PageView view = target.show("", params("project", "ALPHA", "level", "high"));

    assertThat(keys(view)).containsExactly("ALPHA-2");
  }

  @Test
  public void show_shouldListOnlyOverdueReviews_whenOverdueIsTrue() {
    PageView view = target.show("", params("project", "ALPHA", "overdue", "true"));

    assertThat(keys(view)).containsExactly("ALPHA-1");
  }

  @Test
  public void show_shouldSortByKeyAscending_whenSortIsKey() {
    PageView view = target.show("", params("project", "ALPHA", "sort", "key"));

    assertThat(keys(view)).containsExactly("ALPHA-1", "ALPHA-2", "ALPHA-3");
  }

  @Test
  public void show_shouldOfferTheReverseOrder_whenColumnIsTheCurrentSort() {
    // when
    RegisterPageView page =
        page(target.show("", params("project", "ALPHA", "sort", "key", "order", "asc")));

    // then
    SortLinkView key = page.columns().get(0);
    assertThat(key.ariaSort()).isEqualTo("ascending");
    assertThat(key.url())
        .isEqualTo(RiskWebPaths.REGISTER_PAGE + "?project=ALPHA&sort=key&order=desc");
    assertThat(page.columns().get(2).sortable()).isFalse();
  }

  @Test
  public void show_shouldMarkTheScoreColumnDescendingAndNameWhatItSortsBy_whenNoSortIsGiven() {
    // when
    RegisterPageView page = page(target.show("", params("project", "ALPHA")));

    // then: the default sort is the current score, and only its header says so
    SortLinkView score = page.columns().get(5);
    assertThat(score.label()).isEqualTo("lodestar.risk.register.column.current");
    assertThat(score.ariaSort()).isEqualTo("descending");
    assertThat(score.arrow()).isEqualTo("\u2193");
    assertThat(page.columns())
        .filteredOn(SortLinkView::sorted)
        .extracting(SortLinkView::label)
        .containsExactly("lodestar.risk.register.column.current");
  }

  @Test
  public void show_shouldShowAnUpArrowOnTheKeyColumnOnly_whenSortedByKeyAscending() {
    // when
    RegisterPageView page =
        page(target.show("", params("project", "ALPHA", "sort", "key", "order", "asc")));

    // then
    assertThat(page.columns().get(0).arrow()).isEqualTo("\u2191");
    assertThat(page.columns().get(5).arrow()).isEmpty();
    assertThat(page.columns().get(5).ariaSort()).isEqualTo("none");
  }

  @Test
  public void show_shouldNameTheAppetiteAndMarkTheActiveRisksAboveIt_whenAppetiteIsSet() {
    // given: appetite Medium
    when(settings.effective("ALPHA"))
        .thenReturn(Optional.of(RiskProjectSettings.of(7, MAPPING, "medium")));

    // when
    RegisterPageView page = page(target.show("", params("project", "ALPHA")));

    // then: ALPHA-2 (High, mitigating) is above; ALPHA-1 (Medium now) and ALPHA-3 (closed) are not
    assertThat(page.rows())
        .filteredOn(RegisterRowView::aboveAppetite)
        .extracting(RegisterRowView::issueKey)
        .containsExactly("ALPHA-2");
    assertThat(page.appetiteNotice()).isEqualTo("lodestar.risk.register.appetite[Medium, 1]");
  }

  @Test
  public void show_shouldCountEveryRiskAboveAppetite_whenTheTableIsFiltered() {
    // given
    when(settings.effective("ALPHA"))
        .thenReturn(Optional.of(RiskProjectSettings.of(7, MAPPING, "low")));

    // when: the table shows ALPHA-3 only
    RegisterPageView page = page(target.show("", params("project", "ALPHA", "status", "closed")));

    // then: above Low are ALPHA-1 (Medium) and ALPHA-2 (High), both outside the table
    assertThat(page.rows()).extracting(RegisterRowView::aboveAppetite).containsExactly(false);
    assertThat(page.appetiteNotice()).isEqualTo("lodestar.risk.register.appetite[Low, 2]");
  }

  @Test
  public void show_shouldSayThereIsNoAppetite_whenNoneIsSet() {
    RegisterPageView page = page(target.show("", params("project", "ALPHA")));

    assertThat(page.rows()).noneMatch(RegisterRowView::aboveAppetite);
    assertThat(page.appetiteNotice()).isEqualTo("lodestar.risk.register.appetite.none");
  }

  // ------------------------------------------------------------------ heat maps

  @Test
  public void show_shouldCountInherentAndResidualCellsSideBySide_whenRisksAreRated() {
    // when
    RegisterPageView page = page(target.show("", params("project", "ALPHA")));

    // then: inherent 5/5 holds ALPHA-1; residual 3/3 holds ALPHA-1
    assertThat(cell(page.inherentMap(), 5, 5).count()).isEqualTo(1);
    assertThat(cell(page.residualMap(), 5, 5).count()).isZero();
    assertThat(cell(page.residualMap(), 3, 3).count()).isEqualTo(1);
  }

  @Test
  public void show_shouldLinkEachHeatMapCellToTheRegisterFilteredToIt() {
    // when
    RegisterPageView page = page(target.show("/jira", params("project", "ALPHA")));

    // then
    assertThat(cell(page.residualMap(), 3, 3).url())
        .isEqualTo(
            "/jira"
                + RiskWebPaths.REGISTER_PAGE
                + "?project=ALPHA&sort=score&order=desc&cell=3%2C3&state=residual");
  }

  @Test
  public void show_shouldListOnlyTheCellsRisks_whenCellIsGiven() {
    // when: the inherent 4/4 cell
    RegisterPageView page =
        page(target.show("", params("project", "ALPHA", "cell", "4,4", "state", "inherent")));

    // then
    assertThat(page.rows()).extracting(RegisterRowView::issueKey).containsExactly("ALPHA-2");
    assertThat(page.cellFilter())
        .isEqualTo(
            "lodestar.risk.register.cell.filter[lodestar.risk.register.heatmap.inherent, High, High]");
    assertThat(page.clearCellUrl())
        .isEqualTo(RiskWebPaths.REGISTER_PAGE + "?project=ALPHA&sort=score&order=desc");
  }

  @Test
  public void show_shouldMarkTheFilteredCellInItsMapOnly_whenCellIsGiven() {
    // when: the residual 3/3 cell
    RegisterPageView page =
        page(target.show("", params("project", "ALPHA", "cell", "3,3", "state", "residual")));

    // then
    assertThat(selectedCells(page.residualMap())).containsExactly("3,3");
    assertThat(selectedCells(page.inherentMap())).isEmpty();
  }

  @Test
  public void show_shouldMarkNoCell_whenNoCellIsGiven() {
    RegisterPageView page = page(target.show("", params("project", "ALPHA")));

    assertThat(selectedCells(page.inherentMap())).isEmpty();
    assertThat(selectedCells(page.residualMap())).isEmpty();
  }

  @Test
  public void show_shouldCountTheUnratedRisksOfEachMap_withTranslatedAxisTitles() {
    // when: ALPHA-2 has no residual rating; every risk has an inherent one
    RegisterPageView page = page(target.show("", params("project", "ALPHA")));

    // then
    assertThat(page.inherentMap().unratedNotice())
        .isEqualTo("lodestar.risk.register.heatmap.unrated[0]");
    assertThat(page.residualMap().unratedNotice())
        .isEqualTo("lodestar.risk.register.heatmap.unrated[1]");
    assertThat(page.residualMap().probabilityAxis().label())
        .isEqualTo("lodestar.risk.register.heatmap.axis.probability");
    assertThat(page.residualMap().impactAxis().label())
        .isEqualTo("lodestar.risk.register.heatmap.axis.impact");
  }

  @Test
  public void show_shouldPointCsvExportAtTheSameCell_whenCellIsGiven() {
    // when
    RegisterPageView page =
        page(target.show("/jira", params("project", "ALPHA", "cell", "3,3", "state", "residual")));

    // then
    assertThat(page.csvUrl())
        .isEqualTo("/jira/rest/lodestar/1.0/projects/ALPHA/risks.csv?cell=3%2C3&state=residual");
  }

  @Test
  public void show_shouldCountEveryRiskInTheHeatMaps_whenTheTableIsFilteredToACell() {
    // when
    RegisterPageView page =
        page(target.show("", params("project", "ALPHA", "cell", "4,4", "state", "inherent")));

    // then: the table shows ALPHA-2 only, the maps still count ALPHA-1
    assertThat(cell(page.inherentMap(), 5, 5).count()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ paging, hidden, links

  @Test
  public void show_shouldShowTheFirstPageAndLinkTheNext_whenMoreRisksMatchThanAPage() {
    // given
    registerHolds(manyRisks(60), 0);

    // when
    RegisterPageView page = page(target.show("", params("project", "ALPHA", "sort", "key")));

    // then
    assertThat(page.rows()).hasSize(RiskRegisterPageController.PAGE_SIZE);
    assertThat(page.paging().summary()).isEqualTo("lodestar.risk.register.paging[1, 50, 60]");
    assertThat(page.paging().hasPrevious()).isFalse();
    assertThat(page.paging().nextUrl())
        .isEqualTo(RiskWebPaths.REGISTER_PAGE + "?project=ALPHA&sort=key&order=asc&startAt=50");
  }

  @Test
  public void show_shouldShowTheRestAndLinkBack_whenStartAtIsTheSecondPage() {
    // given
    registerHolds(manyRisks(60), 0);

    // when
    RegisterPageView page =
        page(target.show("", params("project", "ALPHA", "sort", "key", "startAt", "50")));

    // then
    assertThat(page.rows()).extracting(RegisterRowView::issueKey).first().isEqualTo("ALPHA-51");
    assertThat(page.rows()).hasSize(10);
    assertThat(page.paging().hasNext()).isFalse();
    assertThat(page.paging().previousUrl())
        .isEqualTo(RiskWebPaths.REGISTER_PAGE + "?project=ALPHA&sort=key&order=asc");
  }

  @Test
  public void show_shouldSayHowManyRisksAreHidden_whenViewerMayNotBrowseSome() {
    // given
    registerHolds(List.of(record("ALPHA-1", "Visible", 1, 1, 0, 0, null, null, "new")), 2);

    // when
    RegisterPageView page = page(target.show("", params("project", "ALPHA")));

    // then
    assertThat(page.hiddenNotice()).isEqualTo("lodestar.risk.register.hidden[2]");
    assertThat(page.hasHidden()).isTrue();
  }

  @Test
  public void show_shouldSayNothingIsHidden_whenViewerSeesEveryRisk() {
    assertThat(page(target.show("", params("project", "ALPHA"))).hasHidden()).isFalse();
  }

  @Test
  public void show_shouldPointCsvExportAtTheSameFilter_whenFiltered() {
    // when
    RegisterPageView page =
        page(target.show("/jira", params("project", "ALPHA", "owner", "alice", "overdue", "true")));

    // then: the REST export filters by owner key
    assertThat(page.csvUrl())
        .isEqualTo("/jira/rest/lodestar/1.0/projects/ALPHA/risks.csv?owner=u-alice&overdue=true");
    assertThat(page.exposureUrl())
        .isEqualTo("/jira/rest/lodestar/1.0/projects/ALPHA/risks/exposure");
  }

  // ------------------------------------------------------------------ refusals

  @Test
  public void show_shouldRender404AndReadNothing_whenViewerMayNotBrowseProject() {
    // when
    PageView view = target.show("", params("project", "SECRET"));

    // then
    assertThat(view.status()).isEqualTo(404);
    assertThat(view.template()).isEqualTo(ErrorPages.TEMPLATE);
    verify(source, never()).page(any(), any(), any(), anyInt(), anyInt());
  }

  @Test
  public void show_shouldRender404_whenProjectParameterIsMissing() {
    assertThat(target.show("", params()).status()).isEqualTo(404);
  }

  @Test
  public void show_shouldRender404_whenProjectHasNoRiskSettings() {
    // given
    when(settings.effective("ALPHA")).thenReturn(Optional.empty());

    // when
    PageView view = target.show("", params("project", "ALPHA"));

    // then
    assertThat(view.status()).isEqualTo(404);
    assertThat(error(view).message()).isEqualTo("lodestar.risk.register.notConfigured[ALPHA]");
  }

  @Test
  public void show_shouldRender401AndReadNothing_whenAnonymous() {
    // given: an anonymous viewer would be the engine's all-seeing system viewer
    when(currentUser.get()).thenReturn(Optional.empty());
    when(permissions.mayBrowse(null, alpha)).thenReturn(true);

    // when
    PageView view = target.show("", params("project", "ALPHA"));

    // then
    assertThat(view.status()).isEqualTo(401);
    verify(source, never()).page(any(), any(), any(), anyInt(), anyInt());
  }

  @Test
  public void show_shouldRender400NamingTheParameter_whenStatusIsUnknown() {
    // when
    PageView view = target.show("", params("project", "ALPHA", "status", "pending"));

    // then
    assertThat(view.status()).isEqualTo(400);
    assertThat(view.template()).isEqualTo(RiskRegisterPageController.TEMPLATE);
    assertThat(rejected(view))
        .isEqualTo(
            "status: lodestar.risk.register.error.notOneOf"
                + "[pending, open, mitigating, accepted, closed, occurred]");
  }

  @Test
  public void show_shouldRender400NamingTheParameter_whenStartAtIsNotANumber() {
    PageView view = target.show("", params("project", "ALPHA", "startAt", "ten"));

    assertThat(view.status()).isEqualTo(400);
    assertThat(rejected(view)).contains("startAt: lodestar.risk.register.error.notANumber");
  }

  @Test
  public void show_shouldRender400_whenStartAtIsBeyondTheWindow() {
    PageView view = target.show("", params("project", "ALPHA", "startAt", "9999"));

    assertThat(view.status()).isEqualTo(400);
  }

  @Test
  public void show_shouldRender400NamingTheParameter_whenCellIsOutsideTheMatrix() {
    PageView view = target.show("", params("project", "ALPHA", "cell", "6,1"));

    assertThat(view.status()).isEqualTo(400);
    assertThat(rejected(view)).contains("cell: lodestar.risk.register.error.cell[6,1, 5, 5]");
  }

  @Test
  public void show_shouldRender400NamingTheParameter_whenLevelIsNotABandOfTheModel() {
    PageView view = target.show("", params("project", "ALPHA", "level", "critical"));

    assertThat(view.status()).isEqualTo(400);
    assertThat(rejected(view))
        .contains("level: lodestar.risk.register.error.bandUnknown[critical, low, medium, high]");
  }

  @Test
  public void show_shouldRender400NamingTheParameter_whenOwnerIsNoUser() {
    PageView view = target.show("", params("project", "ALPHA", "owner", "nobody"));

    assertThat(view.status()).isEqualTo(400);
    assertThat(rejected(view)).contains("owner: lodestar.risk.register.error.unknownUser[nobody]");
  }

  @Test
  public void show_shouldNameEveryBadParameter_whenSeveralAreWrong() {
    PageView view =
        target.show("", params("project", "ALPHA", "sort", "owner", "order", "up", "overdue", "y"));

    assertThat(rejected(view)).contains("sort: ", "order: ", "overdue: ");
  }

  // ------------------------------------------------------------------ helpers

  private void registerHolds(List<RawRiskRecord> records, int hidden) {
    when(source.page(eq("u-alice"), eq("ALPHA"), any(), anyInt(), anyInt()))
        .thenReturn(new RiskRecordPage(records, 0, records.size(), hidden));
  }

  private static RawRiskRecord record(
      String key,
      String title,
      int p,
      int i,
      int rp,
      int ri,
      String owner,
      String review,
      String statusCategory) {
    Map<String, RawValue> fields = new LinkedHashMap<>();
    fields.put("p", RawValue.option(p, "P" + p));
    fields.put("i", RawValue.option(i, "I" + i));
    if (rp > 0) {
      fields.put("rp", RawValue.option(rp, "P" + rp));
      fields.put("ri", RawValue.option(ri, "I" + ri));
    }
    if (owner != null) {
      fields.put("owner", RawValue.user(owner));
    }
    if (review != null) {
      fields.put("review", RawValue.date(LocalDate.parse(review)));
    }
    return RawRiskRecord.of(key, "ALPHA", title, statusCategory, fields);
  }

  private static List<RawRiskRecord> manyRisks(int n) {
    List<RawRiskRecord> records = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      records.add(record("ALPHA-" + k, "Risk " + k, 3, 3, 0, 0, null, null, "new"));
    }
    return records;
  }

  private static Map<String, String[]> params(String... nameValues) {
    Map<String, String[]> params = new HashMap<>();
    for (int k = 0; k < nameValues.length; k += 2) {
      params.put(nameValues[k], new String[] {nameValues[k + 1]});
    }
    return params;
  }

  private static RegisterPageView page(PageView view) {
    assertThat(view.status()).as("status of %s", view.context()).isEqualTo(200);
    return (RegisterPageView) view.context().get("page");
  }

  /** The rejected parameters the page shows beside its form, as "field: message …". */
  private static String rejected(PageView view) {
    return ((FieldErrorsView) view.context().get("filterErrors"))
        .all().stream()
            .map(e -> e.field() + ": " + e.message())
            .collect(java.util.stream.Collectors.joining(" "));
  }

  private static ErrorPageView error(PageView view) {
    return (ErrorPageView) view.context().get("error");
  }

  private static List<String> keys(PageView view) {
    return page(view).rows().stream().map(RegisterRowView::issueKey).toList();
  }

  private static List<String> selectedCells(HeatMapView map) {
    return map.rows().stream()
        .flatMap(r -> r.cells().stream())
        .filter(HeatMapView.CellView::selected)
        .map(c -> c.probabilityRank() + "," + c.impactRank())
        .toList();
  }

  private static HeatMapView.CellView cell(HeatMapView map, int probabilityRank, int impactRank) {
    return map.rows().stream()
        .flatMap(r -> r.cells().stream())
        .filter(c -> c.probabilityRank() == probabilityRank && c.impactRank() == impactRank)
        .findFirst()
        .orElseThrow();
  }

  @Test
  public void show_shouldRequireTheRegisterWebResourcesOnly_whenPageIsShown() {
    // when
    PageView view = target.show("/jira", params("project", "ALPHA"));

    // then
    assertThat(view.webResources()).containsExactly("risk-register-resources");
    assertThat(view.context())
        .containsOnlyKeys(
            "page",
            "text",
            "createRisk",
            "summary",
            "exposure",
            "filterErrors",
            "ownerPicker",
            "recomputing");
    // a host without a materialised index never recomputes: the page walks and says nothing
    assertThat(view.context()).containsEntry("recomputing", "");
  }

  @Test
  public void show_shouldRequireNoWebResource_whenProjectIsMissing() {
    // when
    PageView view = target.show("/jira", params("project", "NOPE"));

    // then
    assertThat(view.status()).isEqualTo(404);
    assertThat(view.webResources()).isEmpty();
  }

  // ------------------------------------------------------------------ create risk

  @Test
  public void show_shouldOfferCreateRiskWithProjectAndFirstRiskType_whenViewerMayCreateIssues() {
    // given: two risk types; alice may create issues in ALPHA
    when(settings.effective("ALPHA"))
        .thenReturn(
            Optional.of(
                RiskProjectSettings.of(
                    7,
                    MAPPING.toBuilder()
                        .riskIssueTypeIds(java.util.Set.of("10200", "10100"))
                        .build(),
                    null)));
    when(permissions.mayCreateIssues(alice, alpha)).thenReturn(true);

    // when
    PageView view = target.show("/jira", params("project", "ALPHA"));

    // then
    assertThat(view.context().get("createRisk"))
        .isEqualTo(
            new CreateRiskLink("/jira/secure/CreateIssueDetails!init.jspa?pid=10&issuetype=10100"));
  }

  @Test
  public void show_shouldOfferNoCreateRisk_whenViewerMayOnlyBrowse() {
    // given
    when(settings.effective("ALPHA"))
        .thenReturn(
            Optional.of(
                RiskProjectSettings.of(
                    7,
                    MAPPING.toBuilder().riskIssueTypeIds(java.util.Set.of("10100")).build(),
                    null)));
    when(permissions.mayCreateIssues(alice, alpha)).thenReturn(false);

    // when
    PageView view = target.show("/jira", params("project", "ALPHA"));

    // then
    assertThat(((CreateRiskLink) view.context().get("createRisk")).offered()).isFalse();
  }
}
