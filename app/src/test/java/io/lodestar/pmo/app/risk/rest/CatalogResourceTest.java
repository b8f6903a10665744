package io.lodestar.pmo.app.risk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.rest.CatalogResource.EntryJson;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.NotAuthenticatedException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.CatalogEntry;
import io.lodestar.pmo.app.shared.host.FieldCatalog;
import io.lodestar.pmo.app.shared.host.FieldOptions;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class CatalogResourceTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private FieldCatalog catalog;

  private final RestFixture fixture = new RestFixture();
  private CatalogResource target;

  @Before
  public void setUp() {
    target = new CatalogResource(fixture.guard, catalog);
    when(catalog.issueTypes())
        .thenReturn(
            List.of(
                new CatalogEntry("10100", "Risk", "standard"),
                new CatalogEntry("10003", "Sub-task", "subtask")));
    when(catalog.fields())
        .thenReturn(
            List.of(
                new CatalogEntry("duedate", "Due date", "system:duedate"),
                new CatalogEntry(
                    "customfield_10010",
                    "Probability",
                    "com.atlassian.jira.plugin.system.customfieldtypes:select")));
  }

  @Test
  public void issueTypes_shouldAnswerIdNameAndType_whenUserIsSignedIn() {
    // given
    fixture.signIn(RestFixture.READER);

    // when
    List<EntryJson> types = target.issueTypes();

    // then
    assertThat(types)
        .containsExactly(
            new EntryJson("10100", "Risk", "standard"),
            new EntryJson("10003", "Sub-task", "subtask"));
  }

  @Test
  public void issueTypes_shouldBe401_whenAnonymous() {
    // given
    fixture.signIn(null);

    // when / then
    assertThatThrownBy(() -> target.issueTypes()).isInstanceOf(NotAuthenticatedException.class);
    verifyNoInteractions(catalog);
  }

  @Test
  public void fields_shouldAnswerIdNameAndType_whenUserIsPmoAdmin() {
    // given
    fixture.signIn(RestFixture.PMO);

    // when
    List<EntryJson> fields = target.fields(null);

    // then
    assertThat(fields)
        .containsExactly(
            new EntryJson("duedate", "Due date", "system:duedate"),
            new EntryJson(
                "customfield_10010",
                "Probability",
                "com.atlassian.jira.plugin.system.customfieldtypes:select"));
  }

  @Test
  public void options_shouldAnswerTheFieldsOptionsInOrder_whenUserIsPmoAdmin() {
    // given
    fixture.signIn(RestFixture.PMO);
    when(catalog.options("customfield_10010"))
        .thenReturn(new FieldOptions(List.of("Low", "Moderate", "High"), true));

    // when
    CatalogResource.OptionsJson options = target.options("customfield_10010", null);

    // then
    assertThat(options.labels()).containsExactly("Low", "Moderate", "High");
    assertThat(options.ordered()).isTrue();
  }

  @Test
  public void options_shouldBe403_whenUserIsNeitherPmoAdminNorProjectAdmin() {
    // given
    fixture.signIn(RestFixture.READER);

    // when / then
    assertThatThrownBy(() -> target.options("customfield_10010", null))
        .isInstanceOf(AccessDeniedException.class);
    verifyNoInteractions(catalog);
  }

  @Test
  public void options_shouldAnswerNone_whenTheIdIsLongerThanAnyFieldId() {
    // given
    fixture.signIn(RestFixture.PMO);

    // when
    CatalogResource.OptionsJson options = target.options("x".repeat(300), null);

    // then
    assertThat(options.labels()).isEmpty();
    verifyNoInteractions(catalog);
  }

  @Test
  public void fields_shouldBe401_whenAnonymous() {
    // given
    fixture.signIn(null);

    // when / then
    assertThatThrownBy(() -> target.fields(null)).isInstanceOf(NotAuthenticatedException.class);
    verifyNoInteractions(catalog);
  }

  @Test
  public void fields_shouldBe403_whenUserIsNeitherPmoAdminNorProjectAdmin() {
    // given
    fixture.signIn(RestFixture.READER);

    // when / then
    assertThatThrownBy(() -> target.fields(null)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> target.fields("ALPHA")).isInstanceOf(AccessDeniedException.class);
    verifyNoInteractions(catalog);
  }

  @Test
  public void fields_shouldAnswer_whenUserAdministersTheNamedProject() {
    // given
    fixture.signIn(RestFixture.PROJECT_ADMIN);

    // when / then
    assertThat(target.fields("ALPHA")).hasSize(2);
  }

  @Test
  public void fields_shouldBe404_whenTheNamedProjectCannotBeBrowsed() {
    // given
    fixture.signIn(RestFixture.PROJECT_ADMIN);

    // when / then
    assertThatThrownBy(() -> target.fields("SECRET")).isInstanceOf(NotFoundException.class);
    verifyNoInteractions(catalog);
  }

  @Test
  public void class_shouldDeclareTheRestV2AccessAnnotation() {
    assertThat(CatalogResource.class.getAnnotation(LicensedOnly.class)).isNotNull();
  }
}
