package io.lodestar.pmo.jira.portfolio.index;

import io.lodestar.pmo.app.shared.host.HostUser;
import java.util.Set;

/**
 * What a viewer may browse, as the rollup index needs it: the projects (BROWSE_PROJECTS) and the
 * issue security levels they can see. Implemented on Jira's permission and security-level managers
 * by {@link JiraViewerGrants}.
 */
public interface ViewerGrants {

  /**
   * @param projectIds projects the viewer may browse
   * @param levelIds security levels the viewer can see
   */
  record Grants(Set<Long> projectIds, Set<Long> levelIds) {
    public Grants {
      projectIds = Set.copyOf(projectIds);
      levelIds = Set.copyOf(levelIds);
    }
  }

  /** The grants of a viewer; null for anonymous. A user Jira does not know has none. */
  Grants of(HostUser viewer);
}
