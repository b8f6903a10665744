package com.atlassian.jira.issue.context;

/**
 * Stand-in for the plain issue context; unit tests construct it (the plugin builds the global one,
 * no project and no issue type). Checked against the sample code of
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/fields/config/FieldConfig.html
 * ("new IssueContextImpl(Long, String)": project id, issue type id); its other members and whether
 * the real class is final are [unverified].
 */
public class IssueContextImpl implements IssueContext {

  private final Long projectId;
  private final String issueTypeId;

  public IssueContextImpl(Long projectId, String issueTypeId) {
    this.projectId = projectId;
    this.issueTypeId = issueTypeId;
  }

  @Override
  public String toString() {
    return "IssueContextImpl[" + projectId + ", " + issueTypeId + "]";
  }
}
