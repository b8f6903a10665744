package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.exposure.ImpactDistribution;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.service.ExposureBasis;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What swagger-core cannot read off the app's resources, added to the OpenAPI document on the
 * sandbox side (the app stays free of swagger annotations): the app takes every query parameter as
 * a string and parses it itself, so that a malformed value is a 400 naming the parameter instead of
 * JAX-RS's bare 404; this class knows each parameter's real type, range and allowed values (taken
 * from the engine's enums, so they cannot drift), describes it, types the exposure request's
 * members, and lists the error responses with the error body.
 */
final class OpenApiCustomiser {

  /** The schema name of the error body every refusal carries. */
  static final String ERROR_SCHEMA = "Error";

  private static final Map<String, Supplier<Parameter>> PARAMETERS = parameters();

  private OpenApiCustomiser() {}

  /** Customises {@code api} in place and returns it. */
  static OpenAPI customise(OpenAPI api) {
    Components components = api.getComponents() == null ? new Components() : api.getComponents();
    api.setComponents(components);
    components.addSchemas(ERROR_SCHEMA, errorSchema());
    Schema<?> exposure =
        components.getSchemas() == null ? null : components.getSchemas().get("ExposureRequestJson");
    if (exposure != null) {
      typeExposureRequest(exposure);
    }
    if (api.getPaths() != null) {
      api.getPaths()
          .forEach(
              (path, item) -> item.readOperationsMap().forEach((m, op) -> operation(path, m, op)));
    }
    return api;
  }

  private static void operation(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getParameters() != null) {
      List<Parameter> typed =
          operation.getParameters().stream().map(OpenApiCustomiser::typed).toList();
      operation.setParameters(new java.util.ArrayList<>(typed));
    }
    ApiResponses responses =
        operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    operation.setResponses(responses);
    boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    boolean hasInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    if (hasInput) {
      error(responses, "400", "A malformed or disallowed value: errors[] names each field.");
    }
    error(responses, "401", "Not signed in.");
    error(
        responses,
        "403",
        write
            ? "Not allowed: not a project or PMO admin, or the header X-Atlassian-Token: no-check"
                + " is missing."
            : "Not allowed: the page or setting is for project or PMO admins.");
    error(
        responses,
        "404",
        path.contains("{projectKey}")
            ? "No such project, or the user may not browse it, or its risk management is not"
                + " configured."
            : "Not found.");
    if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
      error(
          responses,
          "409",
          "Changed meanwhile (stale version; currentVersion says the stored one), or still in"
              + " use.");
    }
    if (path.endsWith("/exposure")) {
      error(
          responses,
          "503",
          "Every simulation slot of this node is taken: retry after the Retry-After seconds.");
    }
  }

  private static Parameter typed(Parameter parameter) {
    Supplier<Parameter> known = PARAMETERS.get(parameter.getName());
    if (known == null) {
      return parameter;
    }
    Parameter t = known.get();
    return parameter
        .schema(t.getSchema())
        .description(t.getDescription())
        .style(t.getStyle() == null ? parameter.getStyle() : t.getStyle())
        .explode(t.getExplode() == null ? parameter.getExplode() : t.getExplode());
  }

  private static void error(ApiResponses responses, String code, String description) {
    if (responses.containsKey(code)) {
      return;
    }
    responses.addApiResponse(
        code,
        new ApiResponse()
            .description(description)
            .content(
                new Content()
                    .addMediaType(
                        "application/json",
                        new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)))));
  }

  private static Schema<?> errorSchema() {
    Schema<Object> fieldError =
        new ObjectSchema()
            .addProperty("field", new StringSchema().description("the parameter or body path"))
            .addProperty("message", new StringSchema().description("what is wrong"));
    return new ObjectSchema()
        .description("Every refusal: never a stack trace.")
        .addProperty("status", new IntegerSchema().description("the HTTP status"))
        .addProperty("message", new StringSchema().description("what went wrong"))
        .addProperty(
            "errors",
            new ArraySchema().items(fieldError).description("one per rejected field (400)"))
        .addProperty(
            "currentVersion",
            new IntegerSchema().format("int64").description("the stored version (409 only)"));
  }

  @SuppressWarnings("unchecked")
  private static void typeExposureRequest(Schema<?> schema) {
    Map<String, Schema> p = schema.getProperties();
    if (p == null) {
      return;
    }
    p.put(
        "trials",
        new IntegerSchema()
            .minimum(BigDecimal.ONE)
            .maximum(BigDecimal.valueOf(100_000))
            ._default(10_000)
            .description(
                "Monte Carlo trials, 1..100,000 and at most 50,000,000 ÷ risks simulated;"
                    + " default 10,000"));
    p.put(
        "seed",
        new IntegerSchema()
            .format("int64")
            .description("any whole number; default: a fresh random seed, echoed in the result"));
    p.put(
        "distribution",
        enumSchema(ImpactDistribution.values(), "pert")
            .description("the impact distribution; default pert"));
    p.put(
        "state",
        enumSchema(ExposureBasis.values(), "current")
            .description(
                "whose probability to simulate: current = residual when rated, else inherent"));
  }

  private static Map<String, Supplier<Parameter>> parameters() {
    Map<String, Supplier<Parameter>> m = new LinkedHashMap<>();
    m.put(
        "projectKey",
        () ->
            new Parameter()
                .schema(new StringSchema().pattern("^[A-Z][A-Z0-9_]*$").example("SECA"))
                .description("the Jira project key"));
    m.put(
        "startAt",
        () ->
            new Parameter()
                .schema(
                    new IntegerSchema()
                        .minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(10_000))
                        ._default(0))
                .description("0-based first row"));
    m.put(
        "maxResults",
        () ->
            new Parameter()
                .schema(
                    new IntegerSchema()
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(100))
                        ._default(50))
                .description("rows per page, 1..100"));
    m.put(
        "status",
        () ->
            new Parameter()
                .schema(new ArraySchema().items(enumSchema(RiskStatus.values(), null)))
                .style(Parameter.StyleEnum.FORM)
                .explode(false)
                .description("only these statuses, comma-separated; none = all"));
    m.put(
        "owner",
        () ->
            new Parameter()
                .schema(new StringSchema().maxLength(255))
                .description("only risks owned by this user key; none = any owner"));
    m.put(
        "band",
        () ->
            new Parameter()
                .schema(new StringSchema().example("high"))
                .description(
                    "only risks whose current band has this key: one of the bands of the"
                        + " project's scoring model (the PMBOK default: low, medium, high);"
                        + " another key is a 400 listing the allowed ones"));
    m.put(
        "overdue",
        () ->
            new Parameter()
                .schema(new BooleanSchema()._default(false))
                .description("true = only active risks whose review date has passed"));
    m.put(
        "cell",
        () ->
            new Parameter()
                .schema(new StringSchema().pattern("^[1-9][0-9]*,[1-9][0-9]*$").example("4,5"))
                .description(
                    "only risks in this heat-map cell: probabilityRank,impactRank (1-based,"
                        + " within the model's matrix)"));
    m.put(
        "state",
        () ->
            new Parameter()
                // the two heat maps (RiskState also has TARGET, which has none)
                .schema(
                    enumSchema(
                        new RiskState[] {RiskState.INHERENT, RiskState.RESIDUAL}, "inherent"))
                .description("the heat map the cell belongs to; only with cell"));
    m.put(
        "sort",
        () ->
            new Parameter()
                .schema(enumSchema(RegisterSort.Field.values(), "score"))
                .description("the order of the rows"));
    m.put(
        "order",
        () ->
            new Parameter()
                .schema(enumSchema(RegisterSort.Direction.values(), null))
                .description("default desc for score, asc otherwise"));
    m.put(
        "top",
        () ->
            new Parameter()
                .schema(
                    new IntegerSchema()
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(50))
                        ._default(10))
                .description("how many of the worst active risks to list"));
    m.put(
        "version",
        () ->
            new Parameter()
                .schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO))
                .description("the version read (optimistic locking): a stale one is a 409"));
    m.put(
        "id",
        () ->
            new Parameter()
                .schema(new StringSchema().maxLength(64))
                .description("the scoring model's id"));
    m.put(
        "project",
        () ->
            new Parameter()
                .schema(new StringSchema().pattern("^[A-Z][A-Z0-9_]*$"))
                .description("the project key whose fields to list; none = global fields"));
    return Map.copyOf(m);
  }

  private static StringSchema enumSchema(Enum<?>[] values, String fallback) {
    StringSchema schema = new StringSchema();
    schema.setEnum(Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    if (fallback != null) {
      schema.setDefault(fallback);
    }
    return schema;
  }
}
