package io.lodestar.pmo.jira.training.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.training.AssignedWork;
import io.lodestar.pmo.app.training.panel.QualificationPanels;
import io.lodestar.pmo.engine.training.Qualification;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Context of the issue-view "Qualification &amp; load" panel ({@link QualificationPanels#TEMPLATE},
 * the template the sandbox's issue view renders), built by the app's {@link QualificationPanels}
 * from the issue of the web-fragment context ({@code issue}): {@code panel} and {@code text}.
 */
public final class QualificationPanelContextProvider implements ContextProvider {

  /** The web-fragment context key of the viewed issue. */
  static final String ISSUE = "issue";

  private final QualificationLookups lookups;
  private final Texts texts;

  public QualificationPanelContextProvider(QualificationLookups lookups, Texts texts) {
    this.lookups = Objects.requireNonNull(lookups, "lookups");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  @Override
  public void init(Map<String, String> params) {
    // no parameters
  }

  @Override
  public Map<String, Object> getContextMap(Map<String, Object> context) {
    Map<String, Object> result = new HashMap<>(context);
    result.put("text", new WebText(texts));
    if (!(context.get(ISSUE) instanceof Issue issue)) {
      return result;
    }
    Optional<AssignedWork> work = lookups.work(issue);
    if (work.isPresent()) {
      Qualification q = lookups.service().qualification(work.get());
      result.put("panel", QualificationPanels.of(work.get(), q, lookups.service().today(), texts));
    }
    return result;
  }
}
