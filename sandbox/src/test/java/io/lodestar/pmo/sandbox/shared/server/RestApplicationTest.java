package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.risk.rest.SimulationBusyExceptionMapper;
import io.lodestar.pmo.app.shared.rest.LodestarExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The sandbox's JAX-RS application registers app's providers, as Jira's rest module scans them. */
class RestApplicationTest {

  @Test
  void of_shouldRegisterEveryProviderOfApp_whenBuilt() throws Exception {
    // given every @Provider class that app ships
    Set<String> providers = providerClassesOfApp();
    assertThat(providers).contains(SimulationBusyExceptionMapper.class.getName());

    // when the sandbox builds its REST application
    ResourceConfig config = RestApplication.of(List.of());

    // then each of them is registered
    Set<String> registered = new TreeSet<>();
    config.getClasses().forEach(c -> registered.add(c.getName()));
    assertThat(registered).containsAll(providers);
  }

  /** Classes of app's jar or classes directory annotated with {@link Provider}. */
  private static Set<String> providerClassesOfApp()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path location =
        Path.of(
            LodestarExceptionMapper.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .filter(f -> f.toString().endsWith(".class"))
            .forEach(f -> names.add(location.relativize(f).toString()));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
      }
    }
    Set<String> providers = new TreeSet<>();
    for (String file : names) {
      String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
      name = name.replace('\\', '.');
      if (!name.startsWith("io.lodestar.pmo.app.") || name.endsWith("package-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, RestApplicationTest.class.getClassLoader());
      if (type.isAnnotationPresent(Provider.class)) {
        providers.add(name);
      }
    }
    return providers;
  }
}
