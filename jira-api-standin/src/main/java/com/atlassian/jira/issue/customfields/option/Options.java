package com.atlassian.jira.issue.customfields.option;

import java.util.List;

/**
 * Stand-in for the options of a field configuration, a list of {@link Option} in their configured
 * order. Checked against the sample code of
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/fields/config/FieldConfig.html
 * (the result of OptionsManager.getOptions); that it extends List&lt;Option&gt; is assumed, not
 * checked [unverified].
 */
public interface Options extends List<Option> {}
