package io.lodestar.pmo.app.risk.rest;

import static io.lodestar.pmo.app.risk.rest.RestFixture.PMO;
import static io.lodestar.pmo.app.risk.rest.RestFixture.READER;
import static io.lodestar.pmo.app.risk.rest.RestFixture.pmbok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.service.ScoringModelService;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.StoreResult;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class ScoringModelResourceTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private ScoringModelStore store;
  @Mock private RiskProjectSettingsStore settings;
  @Mock private AuditLog audit;

  private final RestFixture fx = new RestFixture();
  private ScoringModelResource target;

  @Before
  public void setUp() {
    ScoringModelService service =
        new ScoringModelService(store, settings, audit, RestFixture.DIRECT, RestFixture.CLOCK);
    target = new ScoringModelResource(fx.guard, service, fx.texts);
    when(store.find(1L)).thenReturn(Optional.of(pmbok()));
    when(store.list()).thenReturn(List.of(pmbok()));
  }

  private static ScoringModelJson pmbokJson() {
    return ScoringModelJson.of(pmbok());
  }

  private static ScoringModelJson withName(ScoringModelJson j, String name) {
    return new ScoringModelJson(
        j.id(),
        name,
        j.version(),
        j.kind(),
        j.probabilityScale(),
        j.impactScale(),
        j.detectabilityScale(),
        j.bands(),
        j.bandingMode(),
        j.cellBands(),
        j.cellScores());
  }

  private static ScoringModelJson withId(ScoringModelJson j, Long id) {
    return new ScoringModelJson(
        id,
        j.name(),
        j.version(),
        j.kind(),
        j.probabilityScale(),
        j.impactScale(),
        j.detectabilityScale(),
        j.bands(),
        j.bandingMode(),
        j.cellBands(),
        j.cellScores());
  }

  @Test
  public void update_shouldRefuseWith400NamingId_whenBodyIdDiffersFromPath() {
    // given
    fx.signIn(PMO);
    when(store.find(5L)).thenReturn(Optional.of(pmbok()));

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.update("5", pmbokJson()), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("id");
    verify(store, never()).update(any(), anyLong());
  }

  private static ScoringModelJson withVersion(ScoringModelJson j, Long version) {
    return new ScoringModelJson(
        j.id(),
        j.name(),
        version,
        j.kind(),
        j.probabilityScale(),
        j.impactScale(),
        j.detectabilityScale(),
        j.bands(),
        j.bandingMode(),
        j.cellBands(),
        j.cellScores());
  }

  private static ScoringModelJson withKind(ScoringModelJson j, String kind) {
    return new ScoringModelJson(
        j.id(),
        j.name(),
        j.version(),
        kind,
        j.probabilityScale(),
        j.impactScale(),
        j.detectabilityScale(),
        j.bands(),
        j.bandingMode(),
        j.cellBands(),
        j.cellScores());
  }

  @Test
  public void list_shouldReturnEveryModel_whenSignedIn() {
    // given
    fx.signIn(READER);

    // when
    List<ScoringModelJson> models = target.list();

    // then
    assertThat(models).extracting(ScoringModelJson::name).containsExactly("PMBOK 5×5");
  }

  @Test
  public void list_shouldRefuseWith401_whenAnonymous() {
    // given
    fx.signIn(null);

    // when / then
    assertThat(catchThrowableOfType(() -> target.list(), NotAuthenticatedException.class).status())
        .isEqualTo(401);
  }

  @Test
  public void get_shouldReturnTheModelWithItsVersion_whenItExists() {
    // given
    fx.signIn(READER);

    // when
    ScoringModelJson model = target.get("1");

    // then
    assertThat(model.id()).isEqualTo(1L);
    assertThat(model.version()).isEqualTo(3L);
    assertThat(model.kind()).isEqualTo("formula");
    assertThat(model.bandingMode()).isEqualTo("thresholds");
    assertThat(model.probabilityScale().levels()).hasSize(5);
  }

  @Test
  public void get_shouldAnswer404_whenNoModelHasThatId() {
    // given
    fx.signIn(READER);
    when(store.find(7L)).thenReturn(Optional.empty());

    // when
    NotFoundException e = catchThrowableOfType(() -> target.get("7"), NotFoundException.class);

    // then
    assertThat(e.getMessage()).startsWith(RiskMessageKeys.MODEL_NOT_FOUND);
  }

  @Test
  public void get_shouldAnswer404_whenIdIsNotANumber() {
    // given
    fx.signIn(READER);

    // when / then
    assertThat(catchThrowableOfType(() -> target.get("abc"), NotFoundException.class).status())
        .isEqualTo(404);
  }

  @Test
  public void create_shouldStoreAuditAndAnswer201_whenPmoAdminSendsAValidModel() {
    // given
    fx.signIn(PMO);
    when(store.create(any()))
        .thenAnswer(inv -> inv.<ScoringModel>getArgument(0).withIdentity(9, 1));

    // when
    Response response = target.create(withName(pmbokJson(), "Ours"));

    // then
    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(((ScoringModelJson) response.getEntity()).id()).isEqualTo(9L);
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    assertThat(entry.getValue().actorKey()).isEqualTo(PMO.key());
    assertThat(entry.getValue().action()).isEqualTo(RiskMessageKeys.AUDIT_MODEL_CREATED);
  }

  @Test
  public void create_shouldRefuseWith403AndStoreNothing_whenUserIsNoPmoAdmin() {
    // given
    fx.signIn(READER);

    // when
    AccessDeniedException e =
        catchThrowableOfType(() -> target.create(pmbokJson()), AccessDeniedException.class);

    // then
    assertThat(e.status()).isEqualTo(403);
    verify(store, never()).create(any());
    verifyNoInteractions(audit);
  }

  @Test
  public void create_shouldRefuseWith400NamingEachFieldAndStoreNothing_whenDraftIsInvalid() {
    // given
    fx.signIn(PMO);
    ScoringModelJson j = pmbokJson();
    List<ScoringModelJson.LevelJson> levels = new ArrayList<>(j.impactScale().levels());
    levels.set(2, new ScoringModelJson.LevelJson("Moderate", new BigDecimal("0.01")));
    ScoringModelJson bad =
        new ScoringModelJson(
            null,
            "",
            null,
            j.kind(),
            j.probabilityScale(),
            new ScoringModelJson.ScaleJson(levels),
            null,
            j.bands(),
            j.bandingMode(),
            null,
            null);

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.create(bad), InvalidInputException.class);

    // then
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .contains("name")
        .anyMatch(f -> f.startsWith("impactScale.levels[2]"));
    verify(store, never()).create(any());
    verifyNoInteractions(audit);
  }

  @Test
  public void create_shouldRefuseWith400NamingKind_whenKindIsUnknown() {
    // given
    fx.signIn(PMO);

    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.create(withKind(pmbokJson(), "magic")), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("kind");
    verify(store, never()).create(any());
  }

  @Test
  public void create_shouldRefuseWith400NamingBody_whenBodyIsMissing() {
    // given
    fx.signIn(PMO);

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.create(null), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("body");
  }

  @Test
  public void update_shouldRefuseWith400NamingVersion_whenVersionIsMissing() {
    // given
    fx.signIn(PMO);

    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.update("1", withVersion(pmbokJson(), null)), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("version");
    verify(store, never()).update(any(), anyLong());
  }

  @Test
  public void update_shouldRefuseWith409AndTellTheStoredVersion_whenVersionIsStale() {
    // given
    fx.signIn(PMO);

    // when
    StaleVersionException e =
        catchThrowableOfType(
            () -> target.update("1", withVersion(pmbokJson(), 2L)), StaleVersionException.class);

    // then
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.currentVersion()).isEqualTo(3L);
    verify(store, never()).update(any(), anyLong());
    verifyNoInteractions(audit);
  }

  @Test
  public void update_shouldStoreAndAnswerTheNewVersion_whenVersionIsCurrent() {
    // given
    fx.signIn(PMO);
    when(store.update(any(), org.mockito.ArgumentMatchers.eq(3L)))
        .thenAnswer(
            inv -> StoreResult.stored(inv.<ScoringModel>getArgument(0).withIdentity(1L, 4L)));

    // when
    ScoringModelJson updated = target.update("1", withName(pmbokJson(), "Renamed"));

    // then
    assertThat(updated.version()).isEqualTo(4L);
    assertThat(updated.name()).isEqualTo("Renamed");
  }

  @Test
  public void update_shouldAnswer404_whenModelDoesNotExist() {
    // given
    fx.signIn(PMO);
    when(store.find(5L)).thenReturn(Optional.empty());

    // when / then
    assertThat(
            catchThrowableOfType(
                () -> target.update("5", withId(pmbokJson(), null)), NotFoundException.class))
        .isNotNull();
  }

  @Test
  public void delete_shouldRefuseWith409NamingTheProjects_whenModelIsInUse() {
    // given
    fx.signIn(PMO);
    when(settings.projectKeysUsingModel(1L)).thenReturn(List.of("ALPHA", "BETA"));

    // when
    ModelInUseException e =
        catchThrowableOfType(() -> target.delete("1", "3"), ModelInUseException.class);

    // then
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.getMessage()).contains("ALPHA,BETA");
    verify(store, never()).delete(anyLong(), anyLong());
  }

  @Test
  public void delete_shouldAnswer204AndAudit_whenModelIsUnused() {
    // given
    fx.signIn(PMO);
    when(settings.projectKeysUsingModel(1L)).thenReturn(List.of());
    when(store.delete(1L, 3L)).thenReturn(StoreResult.stored(pmbok()));

    // when
    Response response = target.delete("1", "3");

    // then
    assertThat(response.getStatus()).isEqualTo(204);
    verify(audit).record(any());
  }

  @Test
  public void delete_shouldRefuseWith409_whenVersionIsStale() {
    // given
    fx.signIn(PMO);
    when(store.delete(1L, 2L)).thenReturn(StoreResult.conflict(2L, 3L));

    // when / then
    assertThat(
            catchThrowableOfType(() -> target.delete("1", "2"), StaleVersionException.class)
                .currentVersion())
        .isEqualTo(3L);
  }

  @Test
  public void delete_shouldRefuseWith400NamingVersion_whenVersionIsMissing() {
    // given
    fx.signIn(PMO);

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.delete("1", null), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("version");
    verify(store, never()).delete(anyLong(), anyLong());
  }

  @Test
  public void delete_shouldRefuseWith400NamingVersion_whenVersionIsNotANumber() {
    // given
    fx.signIn(PMO);

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> target.delete("1", "three"), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors().get(0).message()).startsWith(RestErrors.NOT_A_NUMBER);
  }

  @Test
  public void preview_shouldAnswerTheMatrixRoundedHalfUp_whenDraftIsValid() {
    // given
    fx.signIn(READER);

    // when
    ModelPreviewJson preview = target.preview(pmbokJson());

    // then: P 0.7 (row rank 4) × I 0.05 (column rank 1) is 0.04, not 0.03
    ModelPreviewJson.CellJson cell =
        preview.rows().stream()
            .filter(r -> r.probability().rank() == 4)
            .findFirst()
            .orElseThrow()
            .cells()
            .get(0);
    assertThat(cell.score()).isEqualByComparingTo("0.04");
    assertThat(preview.rows().get(0).probability().rank()).isEqualTo(5);
    verifyNoInteractions(audit);
  }

  @Test
  public void preview_shouldRefuseWith400_whenDraftIsInvalid() {
    // given
    fx.signIn(READER);

    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.preview(withName(pmbokJson(), " ")), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).contains("name");
  }

  @Test
  public void template_shouldAnswerAValidUnstoredPmbokModel_whenPmoAsks() {
    // given
    fx.signIn(PMO);

    // when
    ScoringModelJson template = target.template();

    // then: it previews without violations and is not a stored model
    assertThat(template.id()).isZero();
    assertThat(template.version()).isZero();
    assertThat(target.preview(template)).isNotNull();
    verify(store, never()).create(any());
  }

  @Test
  public void template_shouldRefuseWith403_whenUserIsNoPmoAdmin() {
    // given
    fx.signIn(READER);

    // when
    AccessDeniedException e =
        catchThrowableOfType(() -> target.template(), AccessDeniedException.class);

    // then
    assertThat(e.status()).isEqualTo(403);
  }
}
