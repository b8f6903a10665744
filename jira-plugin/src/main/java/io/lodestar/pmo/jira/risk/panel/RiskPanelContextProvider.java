package io.lodestar.pmo.jira.risk.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.pmo.app.risk.panel.RiskPanelView;
import io.lodestar.pmo.app.risk.panel.RiskPanelViews;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Context of the issue-view risk panel ({@link RiskPanelViews#TEMPLATE}), built by the app's {@link
 * RiskPanelViews} as the sandbox's issue view builds it. Reads the issue from the web-fragment
 * context ({@code issue}); everything it adds is a Lodestar view object. The look-ups (assessment,
 * the viewer's links, which linked issues are risks, mitigation progress) are {@link
 * RiskPanelLookups}', done once per request and shared with {@link RiskPanelCondition}: links are
 * filtered by the viewer's browse permission, issues the viewer may not see are only counted. Which
 * linked issues are risks and how mitigation progress is counted: {@link
 * io.lodestar.pmo.app.risk.panel.LinkedRisks}.
 */
public final class RiskPanelContextProvider implements ContextProvider {

  /** The web-fragment context key of the viewed issue. */
  static final String ISSUE = "issue";

  private final RiskPanelLookups lookups;
  private final Texts texts;
  private final ApplicationProperties applicationProperties;

  public RiskPanelContextProvider(
      RiskPanelLookups lookups, Texts texts, ApplicationProperties applicationProperties) {
    this.lookups = Objects.requireNonNull(lookups, "lookups");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.applicationProperties =
        Objects.requireNonNull(applicationProperties, "applicationProperties");
  }

  @Override
  public void init(Map<String, String> params) {
    // no parameters
  }

  @Override
  public Map<String, Object> getContextMap(Map<String, Object> context) {
    Map<String, Object> result = new HashMap<>(context);
    WebText text = new WebText(texts);
    result.put("text", text);
    if (!(context.get(ISSUE) instanceof Issue issue)) {
      return result;
    }
    RiskPanelLookups.Facts facts = lookups.of(issue);
    result.put(
        "panel",
        facts
            .assessment()
            .map(a -> riskView(a, facts, text))
            .orElseGet(() -> linkedRisksView(facts, text)));
    return result;
  }

  private RiskPanelView riskView(
      IssueRiskAssessments.Assessment assessment, RiskPanelLookups.Facts facts, WebText text) {
    return RiskPanelViews.ofRisk(
        assessment.risk(),
        assessment.context(),
        facts.mitigationProgress(),
        facts.hiddenCount(),
        text);
  }

  private RiskPanelView linkedRisksView(RiskPanelLookups.Facts facts, WebText text) {
    return RiskPanelViews.ofLinkedRisks(
        facts.linkedRisks(),
        facts.hiddenCount(),
        applicationProperties.getBaseUrl(UrlMode.RELATIVE),
        text);
  }
}
