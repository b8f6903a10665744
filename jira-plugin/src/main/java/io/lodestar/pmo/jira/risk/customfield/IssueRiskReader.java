package io.lodestar.pmo.jira.risk.customfield;

import com.atlassian.jira.issue.Issue;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.jira.risk.source.IssueFieldReader.ResolvedFields;
import java.util.Optional;

/**
 * Reads one Jira issue as a {@link Risk} under a project's field mapping and scoring model: the
 * Jira → raw record conversion ({@code io.lodestar.pmo.jira.risk.source.JiraRawRiskReader})
 * followed by the engine's record mapper. It reads only the fields the mapping names from the issue
 * in hand, with no search and no database query per issue, because the custom fields call it while
 * Jira indexes every issue. The mapping's fields are resolved once per project ({@link #resolve})
 * and handed to every {@link #read} of its issues.
 */
public interface IssueRiskReader {

  /**
   * @param mapping a project's field mapping; never null
   * @return the mapping's fields, looked up in Jira once
   */
  ResolvedFields resolve(RiskFieldMapping mapping);

  /**
   * @param issue the issue; never null
   * @param mapping the project's field mapping; never null
   * @param fields the mapping's fields from {@link #resolve}; never null
   * @param model the project's scoring model (select options and numbers map to its scales); never
   *     null
   * @return the risk; empty when the issue cannot be read as one (no key or project yet)
   */
  Optional<Risk> read(
      Issue issue, RiskFieldMapping mapping, ResolvedFields fields, ScoringModel model);

  /** {@link #read(Issue, RiskFieldMapping, ResolvedFields, ScoringModel)}, resolving the fields. */
  default Optional<Risk> read(Issue issue, RiskFieldMapping mapping, ScoringModel model) {
    return read(issue, mapping, resolve(mapping), model);
  }
}
