package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraTextsTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private JiraAuthenticationContext authenticationContext;
  @Mock private I18nHelper i18n;

  private JiraTexts target;

  @Before
  public void setUp() {
    when(authenticationContext.getI18nHelper()).thenReturn(i18n);
    target = new JiraTexts(authenticationContext);
  }

  @Test
  public void text_shouldUseKeyOnlyLookup_whenNoArguments() {
    when(i18n.getText("lodestar.app.name")).thenReturn("Lodestar PMO");

    assertThat(target.text("lodestar.app.name")).isEqualTo("Lodestar PMO");
  }

  @Test
  public void text_shouldPassArgumentsAsList_whenArgumentsGiven() {
    // given: a List keeps the arguments apart whatever their number and types
    when(i18n.getText("lodestar.error.projectNotFound", (Object) List.of("ALPHA", 3)))
        .thenReturn("No ALPHA (3)");

    // when / then
    assertThat(target.text("lodestar.error.projectNotFound", "ALPHA", 3)).isEqualTo("No ALPHA (3)");
  }
}
