package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in for the manager of select-list options (the one member we use). Checked against the
 * sample code of
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/fields/config/FieldConfig.html
 * ("Options options = optionsManager.getOptions(fieldConfig)"); the OptionsManager page itself was
 * not found by the search tool [unverified].
 */
public interface OptionsManager {
  Options getOptions(FieldConfig fieldConfig);
}
