package io.lodestar.pmo.app.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * The register's owner picker: {@code GET /rest/lodestar/1.0/users/picker?project=KEY&query=ali},
 * the users whose login name or display name (or a word of it) starts with what was typed, as
 * Jira's own user picker finds them ({@code /rest/api/2/user/picker}). Bounded whatever the number
 * of users: at most {@code maxResults} (1..{@value #MAX_RESULTS}, default {@value
 * #DEFAULT_RESULTS}) from the host's own search, plus whether there are more; never the list of all
 * users. Needs a signed-in user who may browse the project (404 otherwise) and may search users
 * (403 otherwise: Jira's "Browse users" permission).
 */
@Path("users/picker")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class UserPickerResource {

  /** Largest page of users. */
  static final int MAX_RESULTS = 20;

  /** Users when none are asked for. */
  static final int DEFAULT_RESULTS = 10;

  /** Longest query. */
  static final int MAX_QUERY = 255;

  /**
   * The users found.
   *
   * @param users the matching users, by display name; at most the page asked for
   * @param more whether more users match (type more to narrow the search)
   */
  public record PickerJson(List<UserJson> users, boolean more) {}

  /**
   * One user, as the picker shows it.
   *
   * @param name the login name: the register's {@code owner} filter value
   * @param displayName the full name shown
   */
  public record UserJson(String name, String displayName) {}

  private final AccessGuard guard;
  private final UserDirectory users;
  private final RestErrors errors;

  public UserPickerResource(AccessGuard guard, UserDirectory users, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.users = Objects.requireNonNull(users, "users");
    this.errors = new RestErrors(texts);
  }

  /**
   * @param project the project whose register asks; BROWSE on it is required
   * @param query what was typed, 1..255 characters (blank finds nobody)
   * @param maxResults 1..20, default 10
   */
  @GET
  @LicensedOnly
  public PickerJson find(
      @QueryParam("project") String project,
      @QueryParam("query") String query,
      @QueryParam("maxResults") String maxResults) {
    HostUser viewer = guard.requireUser();
    guard.requireBrowse(project);
    int max = errors.intParam("maxResults", maxResults, DEFAULT_RESULTS, 1, MAX_RESULTS);
    String prefix = query == null ? "" : query.strip();
    if (prefix.length() > MAX_QUERY) {
      throw errors.invalid("query", "lodestar.risk.rest.error.tooLong", MAX_QUERY);
    }
    if (!users.maySearch(viewer)) {
      throw new AccessDeniedException(errors.text("lodestar.risk.rest.error.userSearchDenied"));
    }
    if (prefix.isEmpty()) {
      return new PickerJson(List.of(), false);
    }
    List<HostUser> found = users.search(prefix, max + 1);
    List<UserJson> page =
        found.stream().limit(max).map(u -> new UserJson(u.username(), u.displayName())).toList();
    return new PickerJson(page, found.size() > max);
  }
}
