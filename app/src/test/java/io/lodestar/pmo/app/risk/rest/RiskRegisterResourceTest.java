package io.lodestar.pmo.app.risk.rest;

import static io.lodestar.pmo.app.risk.rest.RestFixture.READER;
import static io.lodestar.pmo.app.risk.rest.RestFixture.TODAY;
import static io.lodestar.pmo.app.risk.rest.RestFixture.pmbok;
import static io.lodestar.pmo.app.risk.rest.RestFixture.risk;
import static io.lodestar.pmo.app.risk.rest.RestFixture.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.error.FieldError;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.app.shared.error.NotAuthenticatedException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.service.ExposureLimits;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.shared.Versioned;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class RiskRegisterResourceTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private RiskSource source;
  @Mock private RiskProjectSettingsStore settingsStore;
  @Mock private ScoringModelStore models;
  @Mock private UserDirectory users;

  private final RestFixture fx = new RestFixture();
  private final SimulationPermits permits = new SimulationPermits(1);
  private RiskRegisterResource target;
  private RiskCsvResource csv;

  private final List<RawRiskRecord> records =
      List.of(
          // inherent P 0.9 × I 0.8 = 0.72 (high), residual P 0.3 × I 0.2 = 0.06 (medium)
          risk("ALPHA-1", "Vendor fails", 5, 5, 2, 3, TODAY.minusDays(3)),
          // inherent P 0.7 × I 0.05 = 0.04 (low): the half-up cell
          risk("ALPHA-2", "=HYPERLINK(\"x\")", 4, 1, null, null, TODAY.plusDays(5)),
          // inherent P 0.5 × I 0.4 = 0.20 (high)
          risk("ALPHA-10", "Key person leaves", 3, 4, null, null, null));

  @Before
  public void setUp() {
    // 3 risks and at most 30,000 draws: at most 10,000 trials fit
    RiskRegisterService register =
        new RiskRegisterService(source, settingsStore, models, 2, ExposureLimits.of(10, 30_000));
    RestClock clock = new RestClock(RestFixture.CLOCK);
    target = new RiskRegisterResource(fx.guard, register, clock, permits, fx.texts);
    csv = new RiskCsvResource(fx.guard, register, users, clock, fx.texts);
    when(users.byKey("u-lead")).thenReturn(Optional.of(RestFixture.PROJECT_ADMIN));
    when(models.find(1L)).thenReturn(Optional.of(pmbok()));
    when(settingsStore.find("ALPHA")).thenReturn(Optional.of(Versioned.of(settings(), 1L)));
    when(settingsStore.effective("ALPHA")).thenReturn(Optional.of(settings()));
    when(source.page(anyString(), eq("ALPHA"), any(), anyInt(), anyInt()))
        .thenAnswer(
            inv -> {
              int start = inv.getArgument(3);
              int max = inv.getArgument(4);
              int end = Math.min(records.size(), start + max);
              return new RiskRecordPage(records.subList(start, end), start, records.size(), 4);
            });
    fx.signIn(READER);
  }

  private RegisterJson.PageJson page(
      String startAt,
      String maxResults,
      String status,
      String band,
      String overdue,
      String sort,
      String order) {
    return target.page(
        "ALPHA", startAt, maxResults, status, null, band, overdue, null, null, sort, order);
  }

  private RegisterJson.PageJson pageInCell(String cell, String state) {
    return target.page("ALPHA", null, null, null, null, null, null, cell, state, "key", "asc");
  }

  @Test
  public void page_shouldListRisksWorstFirstWithHiddenCount_whenNoParameters() {
    // when
    RegisterJson.PageJson page = page(null, null, null, null, null, null, null);

    // then: current = residual when rated, so ALPHA-1 counts as 0.06
    assertThat(page.rows())
        .extracting(RegisterJson.RowJson::key)
        .containsExactly("ALPHA-10", "ALPHA-1", "ALPHA-2");
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.hiddenCount()).isEqualTo(4);
    assertThat(page.modelName()).isEqualTo("PMBOK 5×5");
  }

  @Test
  public void page_shouldScoreTheTrickyCellHalfUp_whenProbability07AndImpact005() {
    // when
    RegisterJson.RowJson row =
        page(null, null, null, null, null, "key", null).rows().stream()
            .filter(r -> r.key().equals("ALPHA-2"))
            .findFirst()
            .orElseThrow();

    // then
    assertThat(row.inherent().score()).isEqualByComparingTo("0.04");
    assertThat(row.inherent().band().key()).isEqualTo("low");
    assertThat(row.residual().rated()).isFalse();
  }

  @Test
  public void page_shouldSortByKeyNumerically_whenSortIsKeyAscending() {
    // when
    RegisterJson.PageJson page = page(null, null, null, null, null, "key", "asc");

    // then
    assertThat(page.rows())
        .extracting(RegisterJson.RowJson::key)
        .containsExactly("ALPHA-1", "ALPHA-2", "ALPHA-10");
  }

  @Test
  public void page_shouldKeepOnlyOverdueReviews_whenOverdueIsTrue() {
    // when
    RegisterJson.PageJson page = page(null, null, null, null, "true", null, null);

    // then
    assertThat(page.rows()).extracting(RegisterJson.RowJson::key).containsExactly("ALPHA-1");
    assertThat(page.rows().get(0).overdue()).isTrue();
  }

  @Test
  public void page_shouldFilterByCurrentBand_whenBandIsGiven() {
    // when
    RegisterJson.PageJson page = page(null, null, null, "high", null, null, null);

    // then
    assertThat(page.rows()).extracting(RegisterJson.RowJson::key).containsExactly("ALPHA-10");
  }

  @Test
  public void page_shouldRefuseWith400NamingBandWithTheAllowedKeys_whenBandIsNotTheModels() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> page(null, null, null, "extreme", null, null, null), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("band");
    assertThat(e.fieldErrors().get(0).message())
        .isEqualTo("lodestar.risk.register.error.bandUnknown|extreme|low, medium, high");
    verify(source, never()).page(any(), any(), any(), anyInt(), anyInt());
  }

  @Test
  public void csv_shouldRefuseWith400NamingBand_whenBandIsNotTheModels() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> csv.export("ALPHA", null, null, "extreme", null, null, null),
            InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("band");
  }

  @Test
  public void page_shouldKeepOnlyRisksInTheResidualCell_whenCellAndStateResidualAreGiven() {
    // when
    RegisterJson.PageJson page = pageInCell("2,3", "residual");

    // then: ALPHA-1 is residual (2, 3); nothing is inherent (2, 3)
    assertThat(page.rows()).extracting(RegisterJson.RowJson::key).containsExactly("ALPHA-1");
  }

  @Test
  public void page_shouldUseTheInherentMap_whenStateIsOmitted() {
    // when
    RegisterJson.PageJson page = pageInCell("2,3", null);

    // then
    assertThat(page.rows()).isEmpty();
  }

  @Test
  public void page_shouldRefuseWith400NamingCell_whenCellIsNotTwoRanks() {
    // when
    InvalidInputException e =
        catchThrowableOfType(() -> pageInCell("2;3", "inherent"), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("cell");
  }

  @Test
  public void page_shouldRefuseWith400NamingCellAndReadNothing_whenCellLiesOutsideTheMatrix() {
    // when
    InvalidInputException e =
        catchThrowableOfType(() -> pageInCell("1,6", "residual"), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("cell");
    verify(source, never()).page(any(), any(), any(), anyInt(), anyInt());
  }

  @Test
  public void page_shouldRefuseWith400NamingState_whenStateIsNotAHeatMap() {
    // when
    InvalidInputException e =
        catchThrowableOfType(() -> pageInCell("2,3", "target"), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("state");
  }

  @Test
  public void page_shouldRefuseWith400NamingCell_whenStateIsGivenWithoutCell() {
    // when
    InvalidInputException e =
        catchThrowableOfType(() -> pageInCell(null, "residual"), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("cell");
  }

  @Test
  public void page_shouldAnswerTheRequestedWindow_whenPaging() {
    // when
    RegisterJson.PageJson page = page("1", "1", null, null, null, "key", "asc");

    // then
    assertThat(page.rows()).extracting(RegisterJson.RowJson::key).containsExactly("ALPHA-2");
    assertThat(page.startAt()).isEqualTo(1);
    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  public void page_shouldRefuseWith400NamingMaxResults_whenAbove100() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> page(null, "101", null, null, null, null, null), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("maxResults");
  }

  @Test
  public void page_shouldRefuseWith400NamingStartAt_whenNotANumber() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> page("ten", null, null, null, null, null, null), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("startAt");
  }

  @Test
  public void page_shouldRefuseWith400NamingStatus_whenStatusIsUnknown() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> page(null, null, "open,sleeping", null, null, null, null),
            InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("status");
  }

  @Test
  public void page_shouldRefuseWith400NamingSort_whenSortIsUnknown() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> page(null, null, null, null, null, "colour", null), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("sort");
  }

  @Test
  public void page_shouldRefuseWith400NamingOverdue_whenNotABoolean() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> page(null, null, null, null, "yes", null, null), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("overdue");
  }

  @Test
  public void page_shouldAnswer404WithoutReadingRisks_whenUserMayNotBrowse() {
    // when
    NotFoundException e =
        catchThrowableOfType(
            () -> target.page("SECRET", null, null, null, null, null, null, null, null, null, null),
            NotFoundException.class);

    // then
    assertThat(e.status()).isEqualTo(404);
    verifyNoInteractions(source);
  }

  @Test
  public void page_shouldAnswer404_whenRiskManagementIsNotConfigured() {
    // given
    fx.signIn(RestFixture.PMO);
    when(settingsStore.effective("SECRET")).thenReturn(Optional.empty());

    // when / then
    assertThat(
            catchThrowableOfType(
                () ->
                    target.page(
                        "SECRET", null, null, null, null, null, null, null, null, null, null),
                NotFoundException.class))
        .isNotNull();
  }

  @Test
  public void page_shouldAnswer401_whenAnonymous() {
    // given
    fx.signIn(null);

    // when / then
    assertThat(
            catchThrowableOfType(
                () -> page(null, null, null, null, null, null, null),
                NotAuthenticatedException.class))
        .isNotNull();
  }

  @Test
  public void heatMap_shouldCountInherentAndResidualPerCell() {
    // when
    RegisterJson.HeatMapJson heat = target.heatMap("ALPHA");

    // then
    assertThat(heat.rows()).hasSize(5);
    assertThat(heat.rows().get(0).rank()).isEqualTo(5);
    RegisterJson.HeatCellJson top =
        heat.cells().stream()
            .filter(c -> c.probabilityRank() == 5 && c.impactRank() == 5)
            .findFirst()
            .orElseThrow();
    assertThat(top.inherent()).isEqualTo(1);
    assertThat(top.residual()).isZero();
    assertThat(top.score()).isEqualByComparingTo("0.72");
    assertThat(heat.residualUnrated()).isEqualTo(2);
    assertThat(heat.hiddenCount()).isEqualTo(4);
  }

  @Test
  public void summary_shouldCountOverdueAndAboveAppetite() {
    // when: appetite is "medium", so only ALPHA-10 (high) is above it
    RegisterJson.SummaryJson summary = target.summary("ALPHA", "2");

    // then
    assertThat(summary.total()).isEqualTo(3);
    assertThat(summary.overdueReviews()).isEqualTo(1);
    assertThat(summary.aboveAppetite()).isEqualTo(1);
    assertThat(summary.top()).extracting(RegisterJson.TopRiskJson::key).hasSize(2);
    assertThat(summary.hiddenCount()).isEqualTo(4);
  }

  @Test
  public void summary_shouldRefuseWith400NamingTop_whenOutOfRange() {
    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.summary("ALPHA", "0"), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("top");
  }

  @Test
  public void exposure_shouldReproduceTheResult_whenTheSameSeedIsSent() {
    // given
    ExposureRequestJson request = new ExposureRequestJson("1000", "42", "triangular", null);

    // when
    ExposureJson first = target.exposure("ALPHA", request);
    ExposureJson second = target.exposure("ALPHA", request);

    // then
    assertThat(first).isEqualTo(second);
    assertThat(first.simulatedRisks()).isEqualTo(3);
    assertThat(first.cost().p95()).isGreaterThanOrEqualTo(first.cost().p50());
    assertThat(first.cost().tornado()).hasSize(3);
    assertThat(first.distribution()).isEqualTo("triangular");
  }

  @Test
  public void exposure_shouldUseDefaults_whenBodyIsMissing() {
    // when
    ExposureJson result = target.exposure("ALPHA", null);

    // then
    assertThat(result.trials()).isEqualTo(10_000);
    assertThat(result.distribution()).isEqualTo("pert");
    assertThat(result.state()).isEqualTo("current");
  }

  @Test
  public void exposure_shouldRefuseWith400NamingTrials_whenAbove100000() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.exposure("ALPHA", new ExposureRequestJson("100001", null, null, null)),
            InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("trials");
  }

  @Test
  public void exposure_shouldRefuseWith400NamingDistribution_whenUnknown() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.exposure("ALPHA", new ExposureRequestJson(null, null, "normal", null)),
            InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("distribution");
  }

  @Test
  public void csv_shouldStreamFilteredRowsWithFormulaCellsQuoted() throws Exception {
    // given
    Response response = csv.export("ALPHA", "open", null, null, null, null, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    ((StreamingOutput) response.getEntity()).write(out);

    // then
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(4);
    assertThat(text).contains("ALPHA-1,Vendor fails,u-lead,Lee Lead,");
    assertThat(text.lines().findFirst().orElseThrow()).startsWith("lodestar.risk.csv.key,");
    assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain(",=HYPERLINK");
    assertThat(response.getHeaderString("Content-Disposition")).contains("ALPHA-risks.csv");
  }

  @Test
  public void csv_shouldAnswer404BeforeStreaming_whenUserMayNotBrowse() {
    // when / then
    assertThat(
            catchThrowableOfType(
                () -> csv.export("SECRET", null, null, null, null, null, null),
                NotFoundException.class))
        .isNotNull();
  }

  @Test
  public void csv_shouldExportOnlyTheHeatMapCell_whenCellIsGiven() throws Exception {
    // given
    Response response = csv.export("ALPHA", null, null, null, null, "5,5", "inherent");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    ((StreamingOutput) response.getEntity()).write(out);

    // then
    assertThat(out.toString(StandardCharsets.UTF_8).lines().skip(1))
        .singleElement()
        .asString()
        .startsWith("ALPHA-1,");
  }

  @Test
  public void csv_shouldRefuseWith400NamingCellBeforeStreaming_whenCellLiesOutsideTheMatrix() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> csv.export("ALPHA", null, null, null, null, "6,1", null),
            InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("cell");
    verify(source, never()).page(any(), any(), any(), anyInt(), anyInt());
  }

  @Test
  public void safe_shouldQuoteEveryFormulaLead() {
    assertThat(List.of("=1", "+1", "-1", "@x", "\tx", "ok", ""))
        .extracting(RiskCsvResource::safe)
        .containsExactly("'=1", "'+1", "'-1", "'@x", "'\tx", "ok", "");
  }

  @Test
  public void exposure_shouldSimulateResidualAndSayWhich_whenStateIsResidual() {
    // given: only ALPHA-1 has a residual rating
    ExposureRequestJson request = new ExposureRequestJson("500", "7", null, "residual");

    // when
    ExposureJson result = target.exposure("ALPHA", request);

    // then
    assertThat(result.state()).isEqualTo("residual");
    assertThat(result.simulatedRisks()).isEqualTo(1);
    assertThat(result.excludedNoProbability() + result.excludedNoImpact())
        .as("the others are left out, each counted with why")
        .isPositive();
    assertThat(result.excludedNoProbability()).isPositive();
  }

  @Test
  public void exposure_shouldRefuseWith400NamingState_whenUnknown() {
    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.exposure("ALPHA", new ExposureRequestJson(null, null, null, "target")),
            InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("state");
  }

  @Test
  public void exposure_shouldRefuseWith400NamingTrials_whenTheRegisterIsTooLargeForThem() {
    // when: 3 risks × 10,001 trials > 30,000 draws
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.exposure("ALPHA", new ExposureRequestJson("10001", null, null, null)),
            InvalidInputException.class);

    // then
    assertThat(e.fieldErrors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("trials");
              assertThat(f.message())
                  .isEqualTo(RiskRegisterService.EXPOSURE_TOO_MANY_TRIALS + "|3|10000|30000");
            });
  }

  @Test
  public void exposure_shouldRefuseWith503AndRetryAfter_whenEveryPermitIsTaken() {
    // given: the only permit is held by a simulation still running
    SimulationBusyException e =
        permits.run(
            () ->
                catchThrowableOfType(
                    () -> target.exposure("ALPHA", null), SimulationBusyException.class),
            "busy");

    // then
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.retryAfterSeconds()).isEqualTo(SimulationPermits.RETRY_AFTER_SECONDS);
    assertThat(e.getMessage()).isEqualTo(RiskRegisterResource.BUSY + "|5");
    verify(source, never()).page(any(), any(), any(), anyInt(), anyInt());
  }

  @Test
  public void exposure_shouldReleaseThePermit_whenTheSimulationFails() {
    // given
    when(source.page(anyString(), eq("ALPHA"), any(), anyInt(), anyInt()))
        .thenThrow(new IllegalStateException("search failed"));

    // when
    catchThrowableOfType(() -> target.exposure("ALPHA", null), IllegalStateException.class);

    // then
    assertThat(permits.available()).isEqualTo(1);
  }

  @Test
  public void exposure_shouldAnswer404_whenTheProjectIsNotConfigured() {
    // given
    when(settingsStore.effective("ALPHA")).thenReturn(Optional.empty());

    // when / then
    assertThat(catchThrowableOfType(() -> target.exposure("ALPHA", null), NotFoundException.class))
        .isNotNull();
  }

  @Test
  public void csv_shouldSendTheHiddenCountInAHeaderAndNotInTheFile() throws Exception {
    // given
    Response response = csv.export("ALPHA", null, null, null, null, null, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    ((StreamingOutput) response.getEntity()).write(out);

    // then
    assertThat(response.getHeaderString(RiskCsvResource.HIDDEN_COUNT_HEADER)).isEqualTo("4");
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(4);
  }

  @Test
  public void csv_shouldAnswer404BeforeStreaming_whenTheProjectIsNotConfigured() {
    // given
    when(settingsStore.effective("ALPHA")).thenReturn(Optional.empty());

    // when
    NotFoundException e =
        catchThrowableOfType(
            () -> csv.export("ALPHA", null, null, null, null, null, null), NotFoundException.class);

    // then
    assertThat(e.getMessage()).startsWith("lodestar.risk.project.error.notConfigured");
    verify(source, never()).page(any(), any(), any(), anyInt(), anyInt());
  }

  @Test
  public void csv_shouldAnswer404BeforeStreaming_whenTheModelWasDeleted() {
    // given
    when(models.find(1L)).thenReturn(Optional.empty());

    // when / then
    assertThat(
            catchThrowableOfType(
                () -> csv.export("ALPHA", null, null, null, null, null, null),
                NotFoundException.class))
        .isNotNull();
    verify(source, never()).page(any(), any(), any(), anyInt(), anyInt());
  }

  @Test
  public void csv_shouldKeepStreamingWithTheResolvedModel_whenSettingsDisappearMidExport()
      throws Exception {
    // given the export was accepted, then the project loses its settings
    Response response = csv.export("ALPHA", null, null, null, null, null, null);
    when(settingsStore.effective("ALPHA")).thenReturn(Optional.empty());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    ((StreamingOutput) response.getEntity()).write(out);

    // then: every row, not an empty file
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(4);
  }

  @Test
  public void csv_shouldLookEachOwnerUpOnce_whenSeveralRowsShareTheOwner() throws Exception {
    // given
    Response response = csv.export("ALPHA", null, null, null, null, null, null);

    // when
    ((StreamingOutput) response.getEntity()).write(new ByteArrayOutputStream());

    // then
    verify(users, times(1)).byKey("u-lead");
  }
}
