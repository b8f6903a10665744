package io.lodestar.pmo.engine.standardization;

import io.lodestar.pmo.engine.standardization.compliance.ArtifactCountPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A search count that answers from a table of (JQL → count), 0 for any other query, and records
 * every query it ran.
 */
public final class FakeCounts implements ArtifactCountPort {

  public final Map<String, Long> answers = new HashMap<>();
  public final Map<String, String> failures = new HashMap<>();
  public final List<String> queries = new ArrayList<>();

  public FakeCounts answer(String jql, long count) {
    answers.put(jql, count);
    return this;
  }

  public FakeCounts fail(String jql, String reason) {
    failures.put(jql, reason);
    return this;
  }

  @Override
  public CountAnswer count(String jql) {
    queries.add(jql);
    if (failures.containsKey(jql)) {
      return new Unavailable(failures.get(jql));
    }
    return new Counted(answers.getOrDefault(jql, 0L));
  }
}
