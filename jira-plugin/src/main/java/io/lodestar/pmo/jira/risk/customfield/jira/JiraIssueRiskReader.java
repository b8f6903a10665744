package io.lodestar.pmo.jira.risk.customfield.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskReader;
import io.lodestar.pmo.jira.risk.source.IssueFieldReader.ResolvedFields;
import io.lodestar.pmo.jira.risk.source.JiraRawRiskReader;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IssueRiskReader} on Jira: the risk-source adapter's {@link JiraRawRiskReader} (the mapped
 * fields and status category of the issue in hand, no links, no query) and then the engine's {@link
 * RiskRecordMapper}, which never throws on bad field values (they become unrated parts). Issues
 * without a key or project (an issue being created) are not read.
 */
public final class JiraIssueRiskReader implements IssueRiskReader {

  private final JiraRawRiskReader rawReader;

  public JiraIssueRiskReader(JiraRawRiskReader rawReader) {
    this.rawReader = Objects.requireNonNull(rawReader, "rawReader");
  }

  @Override
  public ResolvedFields resolve(RiskFieldMapping mapping) {
    return rawReader.resolve(Objects.requireNonNull(mapping, "mapping"));
  }

  @Override
  public Optional<Risk> read(
      Issue issue, RiskFieldMapping mapping, ResolvedFields fields, ScoringModel model) {
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(model, "model");
    if (issue == null || isBlank(issue.getKey())) {
      return Optional.empty();
    }
    Project project = issue.getProjectObject();
    if (project == null || isBlank(project.getKey())) {
      return Optional.empty();
    }
    return Optional.of(
        RiskRecordMapper.map(rawReader.read(issue, mapping, fields), mapping, model).risk());
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
