package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.risk.rest.SimulationPermits;
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
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

/**
 * The register page's summary section, exposure panel and owner picker ({@link RegisterPanels}
 * through {@link RiskRegisterPageController}), on a register of four risks: three with a
 * three-point cost estimate, one without.
 */
public class RegisterPanelsTest {

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
          .ownerFieldId("owner")
          .cost(ThreePointFieldIds.of("cmin", "cml", "cmax"))
          .build();

  private final HostUser alice = new HostUser("u-alice", "alice", "Alice Smith", null);
  private final HostUser bob = new HostUser("u-bob", "bob", "Bob Jones", null);
  private final ProjectRef alpha = new ProjectRef(10L, "ALPHA", "Alpha");

  private SimulationPermits permits;
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
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);
    when(settings.effective("ALPHA"))
        .thenReturn(Optional.of(RiskProjectSettings.of(7, MAPPING, "medium")));
    when(models.find(7L)).thenReturn(Optional.of(FormulaModel.pmbokDefault().withIdentity(7, 1)));
    when(users.byKey("u-alice")).thenReturn(Optional.of(alice));
    when(users.byKey("u-bob")).thenReturn(Optional.of(bob));
    when(users.byUsername("alice")).thenReturn(Optional.of(alice));
    when(users.search(anyString(), anyInt())).thenReturn(List.of());
    List<RawRiskRecord> records =
        List.of(
            record("ALPHA-1", "Supplier fails", 5, 5, "u-alice", 1000, 2000, 4000),
            record("ALPHA-2", "Budget cut", 4, 4, "u-bob", 100, 200, 300),
            record("ALPHA-3", "Key person leaves", 3, 2, "u-bob", 10, 20, 60),
            record("ALPHA-4", "Vendor lock-in", 2, 2, null, 0, 0, 0));
    when(source.page(eq("u-alice"), eq("ALPHA"), any(), anyInt(), anyInt()))
        .thenReturn(new RiskRecordPage(records, 0, records.size(), 2));
    AccessGuard guard = new AccessGuard(currentUser, projects, permissions, pmoGroup, texts);
    RiskRegisterService register = new RiskRegisterService(source, settings, models, 200);
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    permits = new SimulationPermits(1);
    target =
        new RiskRegisterPageController(
            guard, register, users, texts, clock, permits, new ReportingCurrency("eur"));
  }

  // ------------------------------------------------------------------ summary

  @Test
  public void summary_shouldCountTheRegisterAndListTheWorstActiveRisks_whenThePageIsShown() {
    // when
    RegisterSummaryView summary = summary(target.show("/jira", params("project", "ALPHA")));

    // then
    assertThat(figures(summary.counts()))
        .containsEntry("total", "lodestar.risk.register.summary.count[4]")
        .containsEntry("active", "lodestar.risk.register.summary.count[4]")
        .containsEntry("hidden", "lodestar.risk.register.summary.count[2]")
        .containsKey("threatEmv")
        .containsKey("aboveAppetite");
    assertThat(summary.top())
        .extracting(RegisterSummaryView.TopRisk::issueKey)
        .containsExactly("ALPHA-1", "ALPHA-2", "ALPHA-3", "ALPHA-4");
    RegisterSummaryView.TopRisk worst = summary.top().get(0);
    assertThat(worst.issueUrl()).isEqualTo("/jira/browse/ALPHA-1");
    assertThat(worst.level().label()).isEqualTo("High");
    // EMV = probability 0.9 (level 5 of PMBOK's scale) × PERT mean (1000 + 4·2000 + 4000) / 6
    assertThat(worst.emv())
        .isEqualTo(
            "lodestar.risk.register.money[EUR, "
                + new BigDecimal("0.9")
                    .multiply(new BigDecimal("2166.666667"))
                    .setScale(2, java.math.RoundingMode.HALF_UP)
                + "]");
    assertThat(summary.top().get(3).emv()).isEmpty();
    assertThat(summary.appetite()).startsWith("lodestar.risk.register.summary.appetite[Medium, ");
  }

  // ------------------------------------------------------------------ exposure

  @Test
  public void exposure_shouldShowOnlyTheForm_whenNotAskedToRun() {
    ExposurePanelView exposure = exposure(target.show("", params("project", "ALPHA")));

    assertThat(exposure.hasResult()).isFalse();
    assertThat(exposure.trials()).isEqualTo("10000");
    assertThat(exposure.seed()).isEmpty();
  }

  @Test
  public void exposure_shouldShowFactsFiguresAndTornado_whenRunWithASeed() {
    // when
    ExposurePanelView exposure =
        exposure(
            target.show(
                "", params("project", "ALPHA", "exposure", "run", "seed", "42", "trials", "2000")));

    // then
    assertThat(exposure.hasResult()).isTrue();
    Map<String, String> facts = figures(exposure.result().facts());
    assertThat(facts)
        .containsEntry("seed", "42")
        .containsEntry("trials", "lodestar.risk.register.summary.count[2000]")
        .containsEntry("currency", "EUR")
        .containsEntry("simulated", "lodestar.risk.register.summary.count[3]")
        .containsEntry("leftOut", "lodestar.risk.register.exposure.leftOut.value[1, 0, 1]")
        .containsEntry("hidden", "lodestar.risk.register.summary.count[2]")
        .containsEntry("distribution", "lodestar.risk.register.exposure.distribution.pert")
        .containsEntry("basis", "lodestar.risk.register.exposure.basis.current");
    ExposurePanelView.Dimension cost = exposure.result().dimensions().get(0);
    assertThat(cost.name()).isEqualTo("cost");
    assertThat(cost.title()).isEqualTo("lodestar.risk.register.exposure.dimension.cost[EUR]");
    assertThat(cost.figures())
        .extracting(RegisterSummaryView.Figure::name)
        .containsExactly("p50", "p80", "p95", "mean", "sd", "emv");
    TornadoView tornado = cost.tornado();
    assertThat(tornado.bars())
        .extracting(TornadoView.Bar::issueKey)
        .containsExactly("ALPHA-1", "ALPHA-2", "ALPHA-3");
    assertThat(tornado.bars().get(0).length()).isGreaterThan(tornado.bars().get(1).length());
    assertThat(tornado.bars().get(0).issueUrl()).isEqualTo("/browse/ALPHA-1");
    assertThat(exposure.result().permalink())
        .isEqualTo(
            RiskWebPaths.REGISTER_PAGE
                + "?project=ALPHA&sort=score&order=desc&exposure=run&seed=42&trials=2000"
                + "&distribution=pert&basis=current");
    assertThat(exposure.seed()).isEqualTo("42");
  }

  @Test
  public void exposure_shouldGiveTheSameNumbers_whenRunTwiceWithTheSameSeed() {
    // when
    ExposurePanelView first = exposure(target.show("", runWith("7")));
    ExposurePanelView again = exposure(target.show("", runWith("7")));
    ExposurePanelView other = exposure(target.show("", runWith("8")));

    // then
    assertThat(again.result()).isEqualTo(first.result());
    assertThat(figures(other.result().dimensions().get(0).figures()).get("p95"))
        .isNotEqualTo(figures(first.result().dimensions().get(0).figures()).get("p95"));
  }

  @Test
  public void exposure_shouldDrawASeedShowItAndKeepItInTheForm_whenNoneIsGiven() {
    // when
    ExposurePanelView drawn =
        exposure(target.show("", params("project", "ALPHA", "exposure", "run")));

    // then
    String seed = figures(drawn.result().facts()).get("seed");
    assertThat(drawn.seed()).isEqualTo(seed);
    assertThat(
            exposure(target.show("", params("project", "ALPHA", "exposure", "run", "seed", seed)))
                .result())
        .isEqualTo(drawn.result());
  }

  @Test
  public void exposure_shouldKeepThePageAndNameTheField_whenTheSeedIsNoNumber() {
    // when
    PageView view = target.show("", params("project", "ALPHA", "exposure", "run", "seed", "abc"));

    // then
    assertThat(view.status()).isEqualTo(400);
    assertThat(view.template()).isEqualTo(RiskRegisterPageController.TEMPLATE);
    ExposurePanelView exposure = exposure(view);
    assertThat(exposure.hasResult()).isFalse();
    assertThat(exposure.errorOf("seed"))
        .startsWith("lodestar.risk.register.exposure.error.seed[abc, ");
    assertThat(exposure.seed()).isEqualTo("abc");
  }

  @Test
  public void exposure_shouldNameTheTrials_whenAboveTheBound() {
    ExposurePanelView exposure =
        exposure(
            target.show("", params("project", "ALPHA", "exposure", "run", "trials", "100001")));

    assertThat(exposure.errorOf("trials")).startsWith("lodestar.risk.register.error.notANumber");
  }

  @Test
  public void exposure_shouldSayTheNodeIsBusy_whenEveryPermitIsTaken() {
    // when: the page asks while the only permit is held
    ExposurePanelView exposure =
        permits.run(() -> exposure(target.show("", runWith("1"))), "held by the test");

    // then
    assertThat(exposure.hasResult()).isFalse();
    assertThat(exposure.refusal())
        .isEqualTo(
            "lodestar.risk.exposure.error.busy[" + SimulationPermits.RETRY_AFTER_SECONDS + "]");
  }

  // ------------------------------------------------------------------ owner picker

  @Test
  public void owner_shouldFilterByThatUser_whenTheDisplayNameNamesExactlyOneUser() {
    // given
    when(users.search("Bob Jones", 2)).thenReturn(List.of(bob));

    // when
    PageView view = target.show("", params("project", "ALPHA", "owner", "Bob Jones"));

    // then
    assertThat(view.status()).isEqualTo(200);
    RegisterPageView page = (RegisterPageView) view.context().get("page");
    assertThat(page.rows())
        .extracting(RegisterRowView::issueKey)
        .containsExactly("ALPHA-2", "ALPHA-3");
    OwnerPickerView picker = (OwnerPickerView) view.context().get("ownerPicker");
    assertThat(picker)
        .isEqualTo(
            new OwnerPickerView(
                "bob", "Bob Jones", "/rest/lodestar/1.0/users/picker?project=ALPHA", 1));
    assertThat(page.paging().summary()).isNotEmpty();
    assertThat(page.csvUrl()).contains("owner=u-bob");
  }

  @Test
  public void owner_shouldKeepTheRegisterFormAndTheTextTyped_whenItNamesNoUser() {
    // when
    PageView view = target.show("", params("project", "ALPHA", "owner", "Robert"));

    // then
    assertThat(view.status()).isEqualTo(400);
    assertThat(view.template()).isEqualTo(RiskRegisterPageController.TEMPLATE);
    FieldErrorsView errors = (FieldErrorsView) view.context().get("filterErrors");
    assertThat(errors.errorOf("owner"))
        .isEqualTo("lodestar.risk.register.error.unknownUser[Robert]");
    assertThat(((OwnerPickerView) view.context().get("ownerPicker")).label()).isEqualTo("Robert");
  }

  @Test
  public void owner_shouldRefuse_whenTheDisplayNameNamesTwoUsers() {
    // given two people of the same name
    HostUser otherBob = new HostUser("u-bob2", "bob2", "Bob Jones", null);
    when(users.search("Bob Jones", 2)).thenReturn(List.of(bob, otherBob));

    // when
    PageView view = target.show("", params("project", "ALPHA", "owner", "Bob Jones"));

    // then
    assertThat(view.status()).isEqualTo(400);
  }

  // ------------------------------------------------------------------ helpers

  private static Map<String, String[]> runWith(String seed) {
    return params("project", "ALPHA", "exposure", "run", "seed", seed, "trials", "1000");
  }

  private static RawRiskRecord record(
      String key, String title, int p, int i, String owner, int min, int likely, int max) {
    Map<String, RawValue> fields = new LinkedHashMap<>();
    fields.put("p", RawValue.option(p, "P" + p));
    fields.put("i", RawValue.option(i, "I" + i));
    if (owner != null) {
      fields.put("owner", RawValue.user(owner));
    }
    if (max > 0) {
      fields.put("cmin", RawValue.number(BigDecimal.valueOf(min)));
      fields.put("cml", RawValue.number(BigDecimal.valueOf(likely)));
      fields.put("cmax", RawValue.number(BigDecimal.valueOf(max)));
    }
    return RawRiskRecord.of(key, "ALPHA", title, "new", fields);
  }

  private static Map<String, String[]> params(String... nameValues) {
    Map<String, String[]> params = new HashMap<>();
    for (int k = 0; k < nameValues.length; k += 2) {
      params.put(nameValues[k], new String[] {nameValues[k + 1]});
    }
    return params;
  }

  private static Map<String, String> figures(List<RegisterSummaryView.Figure> figures) {
    Map<String, String> byName = new LinkedHashMap<>();
    figures.forEach(f -> byName.put(f.name(), f.value()));
    return byName;
  }

  private static RegisterSummaryView summary(PageView view) {
    return (RegisterSummaryView) view.context().get("summary");
  }

  private static ExposurePanelView exposure(PageView view) {
    return (ExposurePanelView) view.context().get("exposure");
  }
}
