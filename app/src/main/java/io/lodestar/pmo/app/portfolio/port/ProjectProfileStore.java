package io.lodestar.pmo.app.portfolio.port;

import io.lodestar.pmo.engine.shared.StoreResult;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the stored project profiles (Active Objects in Jira, a table in the sandbox). Writes join
 * the caller's transaction.
 */
public interface ProjectProfileStore {

  Optional<ProjectProfile> find(String projectKey);

  /** The profiles of {@code projectKeys} (at most 500), by project key; absent ones left out. */
  Map<String, ProjectProfile> findAll(Collection<String> projectKeys);

  /**
   * Stores the profile if it is stored at {@code profile.version()} (0: not stored yet); stores
   * version + 1, else {@link StoreResult.VersionConflict}.
   */
  StoreResult<ProjectProfile> save(ProjectProfile profile);
}
