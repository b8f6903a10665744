package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraWebResourcesTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private PageBuilderService pageBuilderService;
  @Mock private WebResourceAssembler assembler;
  @Mock private RequiredResources required;

  private JiraWebResources target;

  @Before
  public void setUp() {
    when(pageBuilderService.assembler()).thenReturn(assembler);
    when(assembler.resources()).thenReturn(required);
    target = new JiraWebResources(pageBuilderService, "io.example.plugin");
  }

  private static ClassLoader serving(String descriptor) {
    return new ClassLoader(null) {
      @Override
      public InputStream getResourceAsStream(String name) {
        return name.equals("atlassian-plugin.xml") && descriptor != null
            ? new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8))
            : null;
      }
    };
  }

  @Test
  public void requireWebResource_shouldRequireTheCompleteModuleKeyFromThePageBuilder() {
    // when
    target.requireWebResource("risk-register-resources");

    // then
    verify(required).requireWebResource("io.example.plugin:risk-register-resources");
  }

  @Test
  public void pluginKeyOf_shouldReadTheKeyOfTheFilteredDescriptor() {
    assertThat(
            JiraWebResources.pluginKeyOf(
                serving("<atlassian-plugin key=\"io.lodestar.x\" name=\"X\"/>")))
        .isEqualTo("io.lodestar.x");
  }

  @Test
  public void pluginKeyOf_shouldFail_whenTheDescriptorIsNotFiltered() {
    assertThatThrownBy(
            () ->
                JiraWebResources.pluginKeyOf(
                    serving("<atlassian-plugin key=\"${atlassian.plugin.key}\"/>")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  public void pluginKeyOf_shouldFail_whenThereIsNoDescriptor() {
    assertThatThrownBy(() -> JiraWebResources.pluginKeyOf(serving(null)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  public void forThisPlugin_shouldUseThePluginKeyOfTheBuiltDescriptor() {
    // given: target/classes holds the descriptor Maven filtered from the pom
    JiraWebResources built = JiraWebResources.forThisPlugin(pageBuilderService);

    // when
    built.requireWebResource("risk-admin-resources");

    // then
    verify(required)
        .requireWebResource("io.lodestar.pmo.lodestar-jira-plugin:risk-admin-resources");
  }
}
