package com.atlassian.jira.issue.status.category;

import java.io.Serializable;

/**
 * Stand-in for a status category. The String constants are inlined by javac, so they carry the real
 * keys. Checked against Jira's own source of this interface (public code index: {@code
 * StatusCategory extends Serializable, Comparable<StatusCategory>}; constants
 * UNDEFINED="undefined", TO_DO="new", IN_PROGRESS="indeterminate", COMPLETE="done") and
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/status/category/StatusCategory.html
 * [11.3 page itself not retrieved].
 */
public interface StatusCategory extends Serializable, Comparable<StatusCategory> {
  String UNDEFINED = "undefined";
  String TO_DO = "new";
  String IN_PROGRESS = "indeterminate";
  String COMPLETE = "done";

  Long getId();

  String getKey();

  /** Locale-independent name, as used in JQL. */
  String getName();

  String getTranslatedName();

  String getColorName();

  Long getSequence();
}
