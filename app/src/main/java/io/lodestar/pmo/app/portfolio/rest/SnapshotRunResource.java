package io.lodestar.pmo.app.portfolio.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.portfolio.SnapshotTaker;
import io.lodestar.pmo.app.portfolio.rest.SnapshotJson.RunJson;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * "Take snapshot now": {@code POST /rest/lodestar/1.0/portfolios/snapshots} (PMO admin, XSRF header
 * as every write). Stores today's snapshot of every profiled project, program and portfolio;
 * idempotent per (node, date): a second call the same day writes nothing and says so. A run that
 * wrote something is audited.
 */
@Path("portfolios/snapshots")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class SnapshotRunResource {

  private final AccessGuard guard;
  private final SnapshotTaker taker;
  private final RestErrors errors;

  public SnapshotRunResource(AccessGuard guard, SnapshotTaker taker, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.taker = Objects.requireNonNull(taker, "taker");
    this.errors = new RestErrors(texts);
  }

  @POST
  @LicensedOnly
  public RunJson takeNow() {
    HostUser admin = guard.requirePmoAdmin();
    SnapshotTaker.Run run = taker.takeNow(admin.key());
    return new RunJson(
        run.date().toString(), run.written(), run.unchanged(), run.skipped(), message(errors, run));
  }

  /** The run's message, as the page shows it. */
  static String message(RestErrors errors, SnapshotTaker.Run run) {
    return run.changedNothing()
        ? errors.text("lodestar.portfolio.trend.takenNothing", run.date(), run.unchanged())
        : errors.text(
            "lodestar.portfolio.trend.taken",
            run.date(),
            run.written(),
            run.unchanged(),
            run.skipped());
  }
}
