package io.lodestar.pmo.app.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.exposure.ImpactDistribution;
import io.lodestar.pmo.engine.risk.exposure.SimulationSettings;
import io.lodestar.pmo.engine.risk.mapping.MappingProblem;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.service.ExposureBasis;
import io.lodestar.pmo.engine.risk.service.PortfolioRiskSummary;
import io.lodestar.pmo.engine.risk.service.RegisterExposure;
import io.lodestar.pmo.engine.risk.service.RegisterQuery;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A project's risk register: {@code /rest/lodestar/1.0/projects/{projectKey}/risks}. Every call
 * needs BROWSE on the project (404 otherwise) and sees only the risk issues the user may browse;
 * the rest are counted in {@code hiddenCount}. The exposure simulation changes nothing, so BROWSE
 * is enough, but as a POST it still needs the XSRF header. Because any browsing user may start one,
 * a simulation is bounded twice: in size by the engine's {@code ExposureLimits} (400 naming {@code
 * trials}, or the request as a whole, when the register is too large) and in number by {@link
 * SimulationPermits} (503 with {@code Retry-After} when this node already runs as many as it
 * allows).
 */
@Path("projects/{projectKey}/risks")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class RiskRegisterResource {

  /** Largest register page through REST (the engine allows more; pages of the UI are small). */
  static final int MAX_RESULTS = 100;

  /** Page size when none is asked for. */
  static final int DEFAULT_RESULTS = 50;

  /** Largest top-N of the summary. */
  static final int MAX_TOP = 50;

  /** Top-N of the summary when none is asked for. */
  static final int DEFAULT_TOP = 10;

  /** Most trials one REST call may run. */
  static final int MAX_TRIALS = 100_000;

  /** Trials when none are asked for. */
  static final int DEFAULT_TRIALS = 10_000;

  /** Message of a 503 when every simulation permit is taken. Args: seconds to wait. */
  static final String BUSY = "lodestar.risk.exposure.error.busy";

  private final AccessGuard guard;
  private final RiskRegisterService register;
  private final RestClock clock;
  private final SimulationPermits simulations;
  private final RestErrors errors;

  public RiskRegisterResource(
      AccessGuard guard,
      RiskRegisterService register,
      RestClock clock,
      SimulationPermits simulations,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.register = Objects.requireNonNull(register, "register");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.simulations = Objects.requireNonNull(simulations, "simulations");
    this.errors = new RestErrors(texts);
  }

  /**
   * One page of the register, filtered and sorted.
   *
   * @param status comma-separated statuses ({@code open,mitigating}); none = all
   * @param owner owner's user key
   * @param band current band key
   * @param overdue {@code true} = only overdue reviews
   * @param cell only risks in this heat-map cell, {@code probabilityRank,impactRank}
   * @param state the cell's heat map: {@code inherent} (default) or {@code residual}
   * @param sort {@code score} (default), {@code key}, {@code review_date}, {@code title}
   * @param order {@code asc} or {@code desc}; default desc for score, asc otherwise
   */
  @GET
  @LicensedOnly
  public RegisterJson.PageJson page(
      @PathParam("projectKey") String projectKey,
      @QueryParam("startAt") String startAt,
      @QueryParam("maxResults") String maxResults,
      @QueryParam("status") String status,
      @QueryParam("owner") String owner,
      @QueryParam("band") String band,
      @QueryParam("overdue") String overdue,
      @QueryParam(RegisterParams.CELL) String cell,
      @QueryParam(RegisterParams.STATE) String state,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    String viewer = viewer();
    ProjectRef project = guard.requireBrowse(projectKey);
    LocalDate today = clock.today();
    int start = errors.intParam("startAt", startAt, 0, 0, RiskRegisterService.MAX_WINDOW);
    int max = errors.intParam("maxResults", maxResults, DEFAULT_RESULTS, 1, MAX_RESULTS);
    RegisterFilter filter =
        RegisterParams.filter(errors, status, owner, band, overdue, cell, state, today);
    RegisterQuery query = new RegisterQuery(filter, sort(sort, order), start, max);
    return RegisterJson.page(
        errors.unwrap(register.page(viewer, project.key(), query)), max, today, this::text);
  }

  /** Inherent and residual counts per matrix cell, with the model's labels and colours. */
  @GET
  @Path("heatmap")
  @LicensedOnly
  public RegisterJson.HeatMapJson heatMap(@PathParam("projectKey") String projectKey) {
    String viewer = viewer();
    ProjectRef project = guard.requireBrowse(projectKey);
    return RegisterJson.heatMap(errors.unwrap(register.heatMap(viewer, project.key())));
  }

  /**
   * The register at a glance: counts, overdue reviews, risks above appetite, EMV and the worst
   * {@code top} (1..50, default 10) active risks.
   */
  @GET
  @Path("summary")
  @LicensedOnly
  public RegisterJson.SummaryJson summary(
      @PathParam("projectKey") String projectKey, @QueryParam("top") String top) {
    String viewer = viewer();
    ProjectRef project = guard.requireBrowse(projectKey);
    int n = errors.intParam("top", top, DEFAULT_TOP, 1, MAX_TOP);
    PortfolioRiskSummary summary =
        register.summary(viewer, List.of(project.key()), clock.today(), n);
    if (!summary.unconfiguredProjectKeys().isEmpty()) {
      throw notConfigured(project);
    }
    return RegisterJson.summary(summary.summary());
  }

  /**
   * Monte Carlo exposure of the register's active threats: P50/P80/P95, EMV and tornado of cost and
   * schedule, on the probability of {@code state} (default {@code current}).
   */
  @POST
  @Path("exposure")
  @Consumes(MediaType.APPLICATION_JSON)
  @LicensedOnly
  public ExposureJson exposure(
      @PathParam("projectKey") String projectKey, ExposureRequestJson body) {
    String viewer = viewer();
    ProjectRef project = guard.requireBrowse(projectKey);
    ExposureRequestJson request =
        body == null ? new ExposureRequestJson(null, null, null, null) : body;
    int trials = errors.intParam("trials", request.trials(), DEFAULT_TRIALS, 1, MAX_TRIALS);
    Long seed = errors.longParam("seed", request.seed());
    ImpactDistribution distribution =
        errors.enumParam("distribution", request.distribution(), ImpactDistribution.class);
    ExposureBasis basis = errors.enumParam("state", request.state(), ExposureBasis.class);
    SimulationSettings settings =
        SimulationSettings.of(
            trials,
            seed == null ? ThreadLocalRandom.current().nextLong() : seed,
            distribution == null ? ImpactDistribution.PERT : distribution);
    ExposureBasis state = basis == null ? ExposureBasis.CURRENT : basis;
    RegisterExposure exposure =
        errors.unwrap(
            simulations.run(
                () -> register.exposure(viewer, List.of(project.key()), settings, state),
                errors.text(BUSY, SimulationPermits.RETRY_AFTER_SECONDS)));
    if (!exposure.unconfiguredProjectKeys().isEmpty()) {
      throw notConfigured(project);
    }
    return ExposureJson.of(exposure);
  }

  private RegisterSort sort(String sort, String order) {
    RegisterSort.Field field = errors.enumParam("sort", sort, RegisterSort.Field.class);
    RegisterSort.Direction direction =
        errors.enumParam("order", order, RegisterSort.Direction.class);
    if (field == null) {
      field = RegisterSort.Field.SCORE;
    }
    if (direction == null) {
      direction =
          field == RegisterSort.Field.SCORE
              ? RegisterSort.Direction.DESC
              : RegisterSort.Direction.ASC;
    }
    return RegisterSort.of(field, direction);
  }

  /** The signed-in viewer's key: never null, since null means "system, sees everything". */
  private String viewer() {
    return guard.requireUser().key();
  }

  private String text(MappingProblem problem) {
    return errors.text(problem.messageKey(), problem.args().toArray());
  }

  private NotFoundException notConfigured(ProjectRef project) {
    return new NotFoundException(
        errors.text(RiskMessageKeys.PROJECT_NOT_CONFIGURED, project.key()));
  }
}
