package io.lodestar.pmo.jira.checks;

import java.util.List;

/**
 * What an {@code <osgi:service>} element exports, as seen by {@link MockOsgiNamespaceHandler}.
 *
 * @param ref the exported bean
 * @param interfaces the service interfaces it is published under
 * @param source the Spring XML file it is declared in
 */
public record OsgiServiceExport(String ref, List<String> interfaces, String source) {}
