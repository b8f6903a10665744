/**
 * Lodestar's host-neutral application, between the engine and a host. Packaged by feature then role
 * ({@code risk.rest}, {@code risk.web}, {@code risk.panel}, {@code risk.persistence}) with one
 * {@code shared} (host ports in {@code shared.host}, the permission component and the PMO admin
 * group in {@code shared.security}, errors, REST plumbing, mail, audit). Two hosts implement the
 * ports: jira-plugin (Jira, SAL, Active Objects), which embeds this module inline, and the sandbox
 * (Jetty, H2). The compiler keeps Jira out: app's class path holds no Atlassian type but the REST
 * v2 access annotations.
 */
package io.lodestar.pmo.app;
