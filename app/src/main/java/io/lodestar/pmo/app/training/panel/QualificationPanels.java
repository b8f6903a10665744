package io.lodestar.pmo.app.training.panel;

import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.training.AssignedWork;
import io.lodestar.pmo.engine.training.Qualification;
import io.lodestar.pmo.engine.training.QualificationFinding;
import io.lodestar.pmo.engine.training.QualificationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the "Qualification" panel from one qualification check of the issue in hand: one read of
 * the requirements and, when something applies, of the assignee's holdings; no search.
 */
public final class QualificationPanels {

  /** The panel's template, on both hosts. */
  public static final String TEMPLATE = "templates/training/issue-panel.vm";

  private QualificationPanels() {}

  /** The panel of {@code work} checked as {@code qualification} on {@code today}. */
  public static QualificationPanelView of(
      AssignedWork work, Qualification qualification, LocalDate today, Texts texts) {
    List<String> problems = new ArrayList<>();
    List<String> met = new ArrayList<>();
    for (QualificationFinding f : qualification.findings()) {
      String sentence = texts.text(f.messageKey(), f.args().toArray());
      (f.status() == QualificationStatus.OK ? met : problems).add(sentence);
    }
    LocalDate first = work.work().firstDay(today);
    LocalDate last = work.work().lastDay(today);
    return new QualificationPanelView(
        !qualification.findings().isEmpty(),
        work.assigneeKey() != null,
        texts.text(qualification.status().messageKey()),
        lozenge(qualification.status()),
        problems,
        met,
        first.equals(last) ? first.toString() : first + " – " + last);
  }

  private static String lozenge(QualificationStatus status) {
    return switch (status) {
      case OK -> "success";
      case CERTIFICATION_EXPIRES, CERTIFICATION_NOT_YET_VALID -> "moved";
      default -> "error";
    };
  }
}
