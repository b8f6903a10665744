package io.lodestar.pmo.app.training.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupSetting;
import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.app.training.TrainingWork;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.PersonCertification;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/**
 * The training exports: a member's export of certificates holds only their own rows (and counts the
 * people left out), a resource manager's everyone's; unknown tables and formats are a 400.
 */
public class TrainingExportResourceTest {

  private static final HostUser RM = new HostUser("rm", "rm", "Resource Manager", null);
  private static final HostUser MEMBER = new HostUser("member", "member", "Member", null);
  private static final CertificationType AWS =
      new CertificationType("aws", "AWS", "Amazon", Optional.of(Period.ofYears(3)));

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  private final CurrentUser currentUser = mock(CurrentUser.class);
  private final HostPermissions permissions = mock(HostPermissions.class);
  private final PmoAdminGroupSetting pmoGroup = mock(PmoAdminGroupSetting.class);
  private final Texts texts = mock(Texts.class);
  private final TrainingStore store = mock(TrainingStore.class);
  private TrainingExportResource target;

  @Before
  public void setUp() {
    lenient().when(texts.text(anyString(), any(Object[].class))).thenAnswer(i -> i.getArgument(0));
    lenient().when(texts.text(anyString())).thenAnswer(i -> i.getArgument(0));
    lenient().when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.empty());
    lenient()
        .when(permissions.isInGroup(RM, TrainingAccess.RESOURCE_MANAGERS_GROUP))
        .thenReturn(true);
    lenient().when(store.teams()).thenReturn(List.of("Mobile"));
    lenient()
        .when(store.teamMembers(anyString(), anyInt(), anyInt()))
        .thenReturn(List.of("member", "alice", "bob"));
    lenient()
        .when(store.person("alice"))
        .thenReturn(Optional.of(new TrainingStore.Person("alice", "boss", "Mobile")));
    lenient()
        .when(store.person("bob"))
        .thenReturn(Optional.of(new TrainingStore.Person("bob", "boss", "Mobile")));
    lenient().when(store.certificationTypes()).thenReturn(List.of(Versioned.of(AWS, 1L)));
    lenient()
        .when(store.held(any()))
        .thenAnswer(
            i -> {
              Map<String, Held> held = new java.util.HashMap<>();
              for (Object k : (java.util.Collection<?>) i.getArgument(0)) {
                String key = (String) k;
                held.put(
                    key,
                    new Held(
                        key,
                        List.of(),
                        List.of(
                            PersonCertification.issued(
                                key + "-aws", key, AWS, LocalDate.parse("2026-01-01"), ""))));
              }
              return held;
            });
    Transactions direct =
        new Transactions() {
          @Override
          public <T> T inTransaction(Supplier<T> work) {
            return work.get();
          }
        };
    AccessGuard guard =
        new AccessGuard(currentUser, mock(ProjectDirectory.class), permissions, pmoGroup, texts);
    TrainingService service =
        new TrainingService(
            store,
            mock(TrainingWork.class),
            mock(AuditLog.class),
            direct,
            Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC));
    target =
        new TrainingExportResource(
            new TrainingAccess(guard, permissions, store, texts), service, texts);
  }

  private void signIn(HostUser user) {
    when(currentUser.get()).thenReturn(Optional.of(user));
  }

  private static String body(Response response) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ((StreamingOutput) response.getEntity()).write(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  public void certifications_shouldHoldOnlyTheMembersOwnRows_whenAMemberExports() throws Exception {
    signIn(MEMBER);

    Response response = target.export("certifications", "csv", null);

    String csv = body(response);
    assertThat(csv).contains("member-aws").doesNotContain("alice").doesNotContain("bob");
    assertThat(response.getHeaderString("X-Lodestar-Hidden-Count")).isEqualTo("2");
  }

  @Test
  public void certifications_shouldHoldEveryonesRows_whenAResourceManagerExports()
      throws Exception {
    signIn(RM);

    Response response = target.export("certifications", "csv", null);

    String csv = body(response);
    assertThat(csv).contains("member-aws").contains("alice-aws").contains("bob-aws");
    assertThat(csv.lines().count()).isEqualTo(5); // the header, then rm, member, alice and bob
    assertThat(response.getHeaderString("X-Lodestar-Hidden-Count")).isEqualTo("0");
  }

  @Test
  public void export_shouldAnswer400NamingTheTable_whenItIsNoTrainingTable() {
    signIn(RM);

    InvalidInputException refused =
        catchThrowableOfType(
            () -> target.export("salaries", "csv", null), InvalidInputException.class);

    assertThat(refused.fieldErrors()).extracting("field").containsExactly("table");
  }

  @Test
  public void export_shouldAnswer400NamingTheFormat_whenItIsNeitherCsvNorXlsx() {
    signIn(RM);

    InvalidInputException refused =
        catchThrowableOfType(
            () -> target.export("skills", "pdf", null), InvalidInputException.class);

    assertThat(refused.fieldErrors()).extracting("field").containsExactly("format");
  }

  @Test
  public void matrix_shouldRefuse_whenTheViewerIsNotInTheTeam() {
    signIn(MEMBER);
    when(store.person("member"))
        .thenReturn(Optional.of(new TrainingStore.Person("member", "boss", "Web")));

    AccessDeniedException refused =
        catchThrowableOfType(
            () -> target.export("matrix", "xlsx", "Mobile"), AccessDeniedException.class);

    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  public void xlsx_shouldBeAZipFile_whenTheCatalogIsExported() throws Exception {
    signIn(MEMBER);
    when(store.skills()).thenReturn(List.of());

    Response response = target.export("skills", "xlsx", null);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ((StreamingOutput) response.getEntity()).write(out);
    assertThat(out.toByteArray()).startsWith((byte) 'P', (byte) 'K');
  }
}
