package com.atlassian.jira.issue.status.category;

/**
 * Stand-in for a status category. The String constants are inlined by javac, so they carry the real
 * keys. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/status/category/StatusCategory.html
 * [unverified].
 */
public interface StatusCategory {
  String UNDEFINED = "undefined";
  String TO_DO = "new";
  String IN_PROGRESS = "indeterminate";
  String COMPLETE = "done";

  Long getId();

  String getKey();

  String getName();

  String getTranslatedName();

  String getColorName();
}
