package io.lodestar.pmo.engine.standardization.apply;

import java.util.Map;
import java.util.Optional;

/**
 * The host's issue counts per status for one issue type of a project (one search count per status,
 * or one grouped count; never loading issues).
 */
public interface StatusCountPort {

  /**
   * Status name → number of issues of {@code issueType} in {@code projectKey}; statuses without
   * issues may be left out; empty when the counts cannot be read.
   */
  Optional<Map<String, Long>> countsByStatus(String projectKey, String issueType);
}
