package io.lodestar.pmo.app.risk.web;

import java.util.Objects;

/**
 * The register's "Create risk" button: the host's create-issue page with the project and the risk
 * issue type chosen ({@link RiskWebPaths#createIssue}). In Jira the button also carries Jira's
 * {@code create-issue} class, by which Jira's quick-create script opens the create dialog in place
 * of the page; in the sandbox the same URL is its risk form.
 *
 * @param url the link; empty when the viewer may not create issues in the project
 */
public record CreateRiskLink(String url) {

  /** No button. */
  public static final CreateRiskLink NONE = new CreateRiskLink("");

  public CreateRiskLink {
    Objects.requireNonNull(url, "url");
  }

  /**
   * @return whether the button is shown
   */
  public boolean offered() {
    return !url.isEmpty();
  }
}
