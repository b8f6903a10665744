package io.lodestar.pmo.app.shared.host;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The links of one issue that a viewer may see.
 *
 * @param visible the linked issues the viewer may browse, in the host's link order; never null
 * @param hiddenCount how many linked issues the viewer may not browse (shown as "N hidden"); ≥ 0
 */
public record LinkedIssues(List<LinkedIssue> visible, int hiddenCount) {
  public LinkedIssues {
    visible = List.copyOf(visible);
    if (hiddenCount < 0) {
      throw new IllegalArgumentException("hiddenCount < 0: " + hiddenCount);
    }
  }

  /**
   * @param which which linked issues to keep, e.g. "is a risk of its project"
   * @return the visible linked issues that match
   */
  public List<LinkedIssue> matching(Predicate<LinkedIssue> which) {
    Objects.requireNonNull(which, "which");
    return visible.stream().filter(which).toList();
  }

  /**
   * Mitigation progress of a risk: of its visible linked issues that are mitigation work, how many
   * are done.
   *
   * @param isMitigation which linked issues count as mitigation work (e.g. "not itself a risk")
   * @return done / total over the visible matching issues, with the hidden count alongside
   */
  public MitigationProgress progress(Predicate<LinkedIssue> isMitigation) {
    List<LinkedIssue> work = matching(isMitigation);
    int done = (int) work.stream().filter(LinkedIssue::done).count();
    return new MitigationProgress(done, work.size(), hiddenCount);
  }
}
