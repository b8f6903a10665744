package io.lodestar.pmo.engine.risk.port;

import java.util.Optional;

/**
 * Port: who is told about a project's overdue risks that have no owner, so that they are never
 * reported to no one. Hosts answer with the project lead (Jira: {@code Project#getLeadUserKey}).
 */
public interface UnownedRiskContact {

  /** Nobody: unowned risks are flagged and counted only. */
  UnownedRiskContact NOBODY = projectKey -> Optional.empty();

  /**
   * @param projectKey the project's key; never null
   * @return the user key to remind of the project's unowned overdue risks; empty when the project
   *     has none (or is gone)
   */
  Optional<String> contactFor(String projectKey);
}
