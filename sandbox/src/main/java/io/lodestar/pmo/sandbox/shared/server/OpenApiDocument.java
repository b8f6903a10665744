package io.lodestar.pmo.sandbox.shared.server;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OpenAPI document of the REST API, read once from the resource classes and customised ({@link
 * OpenApiCustomiser}), then served as the same JSON text to every request. swagger-core's reading
 * takes seconds on a cold JVM (class introspection, model resolution), which made the first visit
 * of the API docs wait 7 to 8 s: {@link #buildInBackground} starts it when the REST application is
 * built, on a daemon thread, so that it is ready by the time anyone asks.
 */
final class OpenApiDocument {

  private final CompletableFuture<String> json;

  private OpenApiDocument(CompletableFuture<String> json) {
    this.json = json;
  }

  /** Starts reading {@code resources}' classes on a daemon thread of its own. */
  static OpenApiDocument buildInBackground(OpenAPI base, List<Object> resources) {
    Objects.requireNonNull(base, "base");
    Set<Class<?>> classes = new LinkedHashSet<>();
    resources.forEach(r -> classes.add(r.getClass()));
    CompletableFuture<String> json = new CompletableFuture<>();
    Thread builder =
        new Thread(
            () -> {
              try {
                json.complete(build(base, classes));
              } catch (RuntimeException | LinkageError e) {
                json.completeExceptionally(e);
              }
            },
            "lodestar-openapi");
    builder.setDaemon(true);
    builder.start();
    return new OpenApiDocument(json);
  }

  /** Reads and customises the document at once (in the calling thread). */
  static String build(OpenAPI base, Set<Class<?>> classes) {
    Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).readAllResources(true));
    OpenAPI api = OpenApiCustomiser.customise(reader.read(classes));
    return Json.pretty(api);
  }

  /**
   * The document, waiting for the build up to {@code timeoutMillis}.
   *
   * @throws TimeoutException when it is not ready in time
   * @throws IllegalStateException when the build failed
   */
  String json(long timeoutMillis) throws TimeoutException, InterruptedException {
    try {
      return json.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the OpenAPI document could not be built", e.getCause());
    }
  }

  /** Whether the document is built (or its build failed). */
  boolean isDone() {
    return json.isDone();
  }
}
