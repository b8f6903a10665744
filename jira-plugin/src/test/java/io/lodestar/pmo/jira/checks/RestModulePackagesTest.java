package io.lodestar.pmo.jira.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.rest.XsrfProtectionFilter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * The descriptor's one REST module scans app's packages: the resources of each feature and the
 * shared filter and exception mappers, which now live in the embedded app jar.
 */
public class RestModulePackagesTest {

  @Test
  public void restModule_shouldScanAppsResourcesAndTheSharedFilterAndMappers() throws Exception {
    // given the plugin's descriptor
    String descriptor;
    try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
      descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // then
    assertThat(descriptor)
        .contains("<package>" + RestErrors.class.getPackageName() + "</package>")
        .contains("<package>" + XsrfProtectionFilter.class.getPackageName() + "</package>");
  }
}
