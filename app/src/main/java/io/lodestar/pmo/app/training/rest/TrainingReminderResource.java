package io.lodestar.pmo.app.training.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.training.ExpiryReminderJob;
import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingService;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * {@code POST /rest/lodestar/1.0/admin/training/reminders}: runs the certification expiry reminder
 * now (PMO admins), as the daily job would; what was already sent is not sent again.
 */
@Path("admin/training/reminders")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class TrainingReminderResource {

  private final TrainingAccess access;
  private final TrainingService service;
  private final ExpiryReminderJob job;

  public TrainingReminderResource(
      TrainingAccess access, TrainingService service, ExpiryReminderJob job) {
    this.access = Objects.requireNonNull(access, "access");
    this.service = Objects.requireNonNull(service, "service");
    this.job = Objects.requireNonNull(job, "job");
  }

  /** Runs the reminder for today. */
  @POST
  @LicensedOnly
  public ExpiryReminderJob.Run run() {
    access.guard().requirePmoAdmin();
    return job.run(service.today());
  }
}
