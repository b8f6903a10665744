package io.lodestar.pmo.app.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.audit.AuditHistory;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.shared.AuditEntry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * The history of configuration changes: {@code /rest/lodestar/1.0/admin/audit}, newest first,
 * paged. PMO admins only.
 */
@Path("admin/audit")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

  /** Largest page. */
  static final int MAX_RESULTS = 100;

  /** Page size when none is asked for. */
  static final int DEFAULT_RESULTS = 50;

  /**
   * One page of the audit log.
   *
   * @param startAt index of the first entry
   * @param maxResults page size used
   * @param total entries in the log
   * @param entries this page, newest first
   */
  public record AuditPageJson(int startAt, int maxResults, int total, List<EntryJson> entries) {}

  /**
   * One entry.
   *
   * @param actorKey user key of who changed it
   * @param action what happened, as text in the user's language
   * @param actionKey the same as a stable key
   * @param targetType kind of thing changed
   * @param targetId which one (an id or a project key; {@code *} = the portfolio default)
   * @param before canonical text before; null when created
   * @param after canonical text after; null when deleted
   * @param at when, ISO-8601 UTC instant
   */
  public record EntryJson(
      String actorKey,
      String action,
      String actionKey,
      String targetType,
      String targetId,
      String before,
      String after,
      String at) {}

  private final AccessGuard guard;
  private final AuditHistory history;
  private final RestErrors errors;

  public AuditResource(AccessGuard guard, AuditHistory history, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.history = Objects.requireNonNull(history, "history");
    this.errors = new RestErrors(texts);
  }

  /** One page, {@code startAt} ≥ 0, {@code maxResults} 1..100 (default 50). */
  @GET
  @LicensedOnly
  public AuditPageJson page(
      @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
    guard.requirePmoAdmin();
    int start = errors.intParam("startAt", startAt, 0, 0, Integer.MAX_VALUE);
    int max = errors.intParam("maxResults", maxResults, DEFAULT_RESULTS, 1, MAX_RESULTS);
    List<EntryJson> entries = history.page(start, max).stream().map(this::json).toList();
    return new AuditPageJson(start, max, history.count(), entries);
  }

  private EntryJson json(AuditEntry e) {
    return new EntryJson(
        e.actorKey(),
        errors.text(e.action()),
        e.action(),
        e.targetType(),
        e.targetId(),
        e.before(),
        e.after(),
        e.at().toString());
  }
}
