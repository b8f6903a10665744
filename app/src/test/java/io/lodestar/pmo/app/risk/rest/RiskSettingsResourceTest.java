package io.lodestar.pmo.app.risk.rest;

import static io.lodestar.pmo.app.risk.rest.RestFixture.PMO;
import static io.lodestar.pmo.app.risk.rest.RestFixture.PROJECT_ADMIN;
import static io.lodestar.pmo.app.risk.rest.RestFixture.READER;
import static io.lodestar.pmo.app.risk.rest.RestFixture.pmbok;
import static io.lodestar.pmo.app.risk.rest.RestFixture.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.FieldError;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.app.shared.error.NotAuthenticatedException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.error.StaleVersionException;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.service.RiskSettingsService;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class RiskSettingsResourceTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private RiskProjectSettingsStore store;
  @Mock private ScoringModelStore models;
  @Mock private AuditLog audit;

  private final RestFixture fx = new RestFixture();
  private RiskSettingsResource target;
  private DefaultRiskSettingsResource defaults;

  @Before
  public void setUp() {
    RiskSettingsService service =
        new RiskSettingsService(store, models, audit, RestFixture.DIRECT, RestFixture.CLOCK);
    target = new RiskSettingsResource(fx.guard, store, service, fx.texts);
    defaults = new DefaultRiskSettingsResource(fx.guard, store, service, fx.texts);
    when(models.find(1L)).thenReturn(Optional.of(pmbok()));
    when(store.find("ALPHA")).thenReturn(Optional.of(Versioned.of(settings(), 4L)));
    when(store.save(eq("ALPHA"), any(), eq(4L)))
        .thenAnswer(inv -> StoreResult.stored(Versioned.of(inv.getArgument(1), 5L)));
    when(store.save(eq("ALPHA"), any(), eq(3L))).thenReturn(StoreResult.conflict(3L, 4L));
  }

  private static RiskSettingsJson body(Long version) {
    RiskSettingsJson stored = RiskSettingsJson.of(Versioned.of(settings(), 4L), "project");
    return new RiskSettingsJson(
        version, null, stored.modelId(), stored.appetiteBandKey(), stored.mapping());
  }

  @Test
  public void get_shouldAnswerTheProjectsOwnSettings_whenUserMayBrowse() {
    // given
    fx.signIn(READER);

    // when
    RiskSettingsJson json = target.get("ALPHA");

    // then
    assertThat(json.source()).isEqualTo("project");
    assertThat(json.version()).isEqualTo(4L);
    assertThat(json.mapping().inherent().impactFieldIds()).containsEntry("cost", "i");
  }

  @Test
  public void get_shouldAnswerTheDefaultWithVersion0_whenProjectHasNoOwnSettings() {
    // given
    fx.signIn(PMO);
    when(store.find("SECRET")).thenReturn(Optional.empty());
    when(store.findDefault()).thenReturn(Optional.of(Versioned.of(settings(), 7L)));

    // when
    RiskSettingsJson json = target.get("SECRET");

    // then
    assertThat(json.source()).isEqualTo("default");
    assertThat(json.version()).isZero();
  }

  @Test
  public void get_shouldAnswer404_whenUserMayNotBrowseTheProject() {
    // given
    fx.signIn(READER);

    // when / then
    assertThat(catchThrowableOfType(() -> target.get("SECRET"), NotFoundException.class).status())
        .isEqualTo(404);
    verifyNoInteractions(store);
  }

  @Test
  public void get_shouldAnswer401_whenAnonymousOnAProjectAnonymousUsersMayBrowse() {
    // given an anonymous request on a public project
    fx.signIn(null);
    when(fx.permissions.mayBrowse(null, RestFixture.ALPHA)).thenReturn(true);

    // when / then
    assertThat(
            catchThrowableOfType(() -> target.get("ALPHA"), NotAuthenticatedException.class)
                .status())
        .isEqualTo(401);
    verifyNoInteractions(store);
  }

  @Test
  public void get_shouldAnswer401_whenAnonymousOnAHiddenProject() {
    // given
    fx.signIn(null);

    // when / then: 401 like every other endpoint, not 404
    assertThat(
            catchThrowableOfType(() -> target.get("SECRET"), NotAuthenticatedException.class)
                .status())
        .isEqualTo(401);
  }

  @Test
  public void put_shouldSaveAuditAndAnswerTheNewVersion_whenProjectAdminSendsCurrentVersion() {
    // given
    fx.signIn(PROJECT_ADMIN);

    RiskSettingsJson b = body(4L);
    RiskSettingsJson changed =
        new RiskSettingsJson(b.version(), null, b.modelId(), "high", b.mapping());

    // when
    RiskSettingsJson saved = target.put("ALPHA", changed);

    // then
    assertThat(saved.version()).isEqualTo(5L);
    assertThat(saved.appetiteBandKey()).isEqualTo("high");
    verify(audit).record(any());
  }

  @Test
  public void put_shouldAnswerTheStoredSettingsAndWriteNothing_whenTheContentIsUnchanged() {
    // given
    fx.signIn(PROJECT_ADMIN);

    // when
    RiskSettingsJson saved = target.put("ALPHA", body(4L));

    // then
    assertThat(saved.version()).isEqualTo(4L);
    assertThat(saved.appetiteBandKey()).isEqualTo("medium");
    verify(store, never()).save(anyString(), any(), anyLong());
    verify(audit, never()).record(any());
  }

  @Test
  public void putDefault_shouldAnswerTheStoredDefaultAndWriteNothing_whenTheContentIsUnchanged() {
    // given
    fx.signIn(PMO);
    when(store.findDefault()).thenReturn(Optional.of(Versioned.of(settings(), 7L)));

    // when
    RiskSettingsJson saved = defaults.put(body(7L));

    // then
    assertThat(saved.version()).isEqualTo(7L);
    verify(store, never()).saveDefault(any(), anyLong());
    verify(audit, never()).record(any());
  }

  @Test
  public void put_shouldRefuseWith403AndSaveNothing_whenUserMayOnlyBrowse() {
    // given
    fx.signIn(READER);

    // when
    AccessDeniedException e =
        catchThrowableOfType(() -> target.put("ALPHA", body(4L)), AccessDeniedException.class);

    // then
    assertThat(e.status()).isEqualTo(403);
    verify(store, never()).save(anyString(), any(), anyLong());
  }

  @Test
  public void put_shouldRefuseWith401_whenAnonymous() {
    // given
    fx.signIn(null);

    // when / then
    assertThat(
            catchThrowableOfType(
                    () -> target.put("ALPHA", body(4L)), NotAuthenticatedException.class)
                .status())
        .isEqualTo(401);
  }

  @Test
  public void put_shouldRefuseWith409_whenVersionIsStale() {
    // given
    fx.signIn(PMO);

    // when
    StaleVersionException e =
        catchThrowableOfType(() -> target.put("ALPHA", body(3L)), StaleVersionException.class);

    // then
    assertThat(e.currentVersion()).isEqualTo(4L);
    verifyNoInteractions(audit);
  }

  @Test
  public void put_shouldRefuseWith400NamingVersion_whenVersionIsMissing() {
    // given
    fx.signIn(PMO);

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.put("ALPHA", body(null)), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("version");
    verify(store, never()).save(anyString(), any(), anyLong());
  }

  @Test
  public void put_shouldRefuseWith400NamingModelId_whenModelDoesNotExist() {
    // given
    fx.signIn(PMO);
    RiskSettingsJson b = body(4L);
    RiskSettingsJson unknownModel =
        new RiskSettingsJson(4L, null, 99L, b.appetiteBandKey(), b.mapping());

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.put("ALPHA", unknownModel), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("modelId");
    verify(store, never()).save(anyString(), any(), anyLong());
  }

  @Test
  public void put_shouldRefuseWith400NamingTheField_whenAFieldIdIsOver255Characters() {
    // given a project admin sending a 2 MB owner field id
    fx.signIn(PROJECT_ADMIN);
    RiskSettingsJson b = body(4L);
    RiskSettingsJson.MappingJson m = b.mapping();
    RiskSettingsJson huge =
        new RiskSettingsJson(
            4L,
            null,
            1L,
            b.appetiteBandKey(),
            new RiskSettingsJson.MappingJson(
                m.riskIssueTypeIds(),
                m.inherent(),
                m.residual(),
                m.target(),
                "x".repeat(2_000_000),
                m.reviewDateFieldId(),
                m.categoryFieldId(),
                m.responseFieldId(),
                m.kindFieldId(),
                m.statusFieldId(),
                m.proximityFieldId(),
                m.cost(),
                m.schedule(),
                m.numberMapping(),
                null));

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.put("ALPHA", huge), InvalidInputException.class);

    // then
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("mapping.ownerFieldId");
    assertThat(e.fieldErrors().get(0).message()).contains("255");
    verify(store, never()).save(anyString(), any(), anyLong());
    verifyNoInteractions(audit);
  }

  @Test
  public void put_shouldRefuseWith400NamingRiskIssueTypes_whenMappingDesignatesNone() {
    // given
    fx.signIn(PMO);
    RiskSettingsJson b = body(4L);
    RiskSettingsJson.MappingJson m = b.mapping();
    RiskSettingsJson noTypes =
        new RiskSettingsJson(
            4L,
            null,
            1L,
            b.appetiteBandKey(),
            new RiskSettingsJson.MappingJson(
                java.util.List.of(),
                m.inherent(),
                m.residual(),
                m.target(),
                m.ownerFieldId(),
                m.reviewDateFieldId(),
                m.categoryFieldId(),
                m.responseFieldId(),
                m.kindFieldId(),
                m.statusFieldId(),
                m.proximityFieldId(),
                m.cost(),
                m.schedule(),
                m.numberMapping(),
                null));

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.put("ALPHA", noTypes), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("mapping.riskIssueTypeIds");
    verify(store, never()).save(anyString(), any(), anyLong());
    verifyNoInteractions(audit);
  }

  @Test
  public void put_shouldRefuseWith400NamingAppetite_whenBandIsNotInTheModel() {
    // given
    fx.signIn(PMO);
    RiskSettingsJson b = body(4L);
    RiskSettingsJson badBand = new RiskSettingsJson(4L, null, 1L, "extreme", b.mapping());

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.put("ALPHA", badBand), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("appetiteBandKey");
  }

  @Test
  public void put_shouldRefuseWith400NamingTheDimension_whenImpactDimensionIsUnknown() {
    // given
    fx.signIn(PMO);
    RiskSettingsJson b = body(4L);
    RiskSettingsJson.MappingJson m = b.mapping();
    RiskSettingsJson.MappingJson badMapping =
        new RiskSettingsJson.MappingJson(
            m.riskIssueTypeIds(),
            new RiskSettingsJson.RatingFieldsJson("p", Map.of("morale", "x"), null),
            m.residual(),
            m.target(),
            m.ownerFieldId(),
            m.reviewDateFieldId(),
            m.categoryFieldId(),
            m.responseFieldId(),
            m.kindFieldId(),
            m.statusFieldId(),
            m.proximityFieldId(),
            m.cost(),
            m.schedule(),
            m.numberMapping(),
            null);

    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.put("ALPHA", new RiskSettingsJson(4L, null, 1L, null, badMapping)),
            InvalidInputException.class);

    // then
    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("mapping.inherent.impactFieldIds.morale");
  }

  @Test
  public void put_shouldRefuseWith400NamingTheMissingField_whenThreePointIsIncomplete() {
    // given
    fx.signIn(PMO);
    RiskSettingsJson b = body(4L);
    RiskSettingsJson.MappingJson m = b.mapping();
    RiskSettingsJson.MappingJson badMapping =
        new RiskSettingsJson.MappingJson(
            m.riskIssueTypeIds(),
            m.inherent(),
            m.residual(),
            m.target(),
            m.ownerFieldId(),
            m.reviewDateFieldId(),
            m.categoryFieldId(),
            m.responseFieldId(),
            m.kindFieldId(),
            m.statusFieldId(),
            m.proximityFieldId(),
            new RiskSettingsJson.ThreePointFieldsJson("a", null, "c"),
            m.schedule(),
            m.numberMapping(),
            null);

    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.put("ALPHA", new RiskSettingsJson(4L, null, 1L, null, badMapping)),
            InvalidInputException.class);

    // then
    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("mapping.cost.mostLikelyFieldId");
  }

  @Test
  public void putDefault_shouldRefuseWith403_whenProjectAdminIsNoPmoAdmin() {
    // given
    fx.signIn(PROJECT_ADMIN);

    // when / then
    assertThat(catchThrowableOfType(() -> defaults.put(body(0L)), AccessDeniedException.class))
        .isNotNull();
    verify(store, never()).saveDefault(any(), anyLong());
  }

  @Test
  public void putDefault_shouldCreateTheDefault_whenPmoAdminSendsVersion0() {
    // given
    fx.signIn(PMO);
    when(store.saveDefault(any(), eq(0L)))
        .thenAnswer(
            inv -> StoreResult.stored(Versioned.of(inv.<RiskProjectSettings>getArgument(0), 1L)));

    // when
    RiskSettingsJson saved = defaults.put(body(0L));

    // then
    assertThat(saved.version()).isEqualTo(1L);
    assertThat(saved.source()).isEqualTo("default");
  }

  @Test
  public void getDefault_shouldAnswerNone_whenNoDefaultIsConfigured() {
    // given
    fx.signIn(PMO);
    when(store.findDefault()).thenReturn(Optional.empty());

    // when / then
    assertThat(defaults.get().source()).isEqualTo("none");
  }
}
