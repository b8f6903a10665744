package io.lodestar.pmo.app.training.panel;

import java.util.List;

/**
 * What the "Qualification" issue panel shows ({@code templates/training/issue-panel.vm}).
 *
 * @param required whether anything is required of the assignee
 * @param assigned whether the issue has an assignee
 * @param statusText the overall verdict's name, e.g. "Certification expires"
 * @param lozenge the AUI lozenge modifier of the verdict ({@code success}, {@code moved} for an
 *     expiry, {@code error} for a missing skill or certificate)
 * @param problems the reasons the assignee does not qualify, each a sentence
 * @param met the needs that are met, each a sentence
 * @param period the days checked, e.g. "2026-12-03 – 2027-01-15"
 */
public record QualificationPanelView(
    boolean required,
    boolean assigned,
    String statusText,
    String lozenge,
    List<String> problems,
    List<String> met,
    String period) {
  public QualificationPanelView {
    problems = List.copyOf(problems);
    met = List.copyOf(met);
  }

  /** Whether the panel warns. */
  public boolean warns() {
    return !problems.isEmpty();
  }
}
