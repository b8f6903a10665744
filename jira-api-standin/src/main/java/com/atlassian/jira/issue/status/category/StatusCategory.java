package com.atlassian.jira.issue.status.category;

import java.io.Serializable;

/**
 * Stand-in for a status category. The String constants are inlined by javac, so they carry the real
 * keys. Checked against Jira's own source of this interface in the public code index (Jira 6.2+
 * era: {@code @PublicApi public interface StatusCategory extends Serializable,
 * Comparable<StatusCategory>}; {@code Long getId()}, {@code String getTranslatedName()}, {@code
 * String getKey()}, {@code String getName()}, {@code String getColorName()}, {@code Long
 * getSequence()}; constants UNDEFINED = "undefined", TO_DO = "new", IN_PROGRESS = "indeterminate",
 * COMPLETE = "done"). [unverified for 11.3.]
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
