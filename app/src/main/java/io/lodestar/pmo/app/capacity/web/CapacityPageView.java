package io.lodestar.pmo.app.capacity.web;

import java.util.List;

/**
 * What the capacity page template ({@code templates/capacity/capacity.vm}) shows: every text
 * formatted, every link built; the template escapes all of it.
 */
public record CapacityPageView(
    String title,
    String subtitle,
    String flash,
    String error,
    boolean projectPage,
    String pageUrl,
    List<Hidden> scopeFields,
    List<Option> teams,
    List<Link> weekLinks,
    List<PeriodLink> periodLinks,
    String caption,
    List<String> weekHeaders,
    List<RowView> rows,
    String pager,
    String previousUrl,
    String nextUrl,
    List<String> workNotes,
    String hiddenNote,
    String csvUrl,
    WhatIfView whatIf,
    DrillView drill,
    FreeView free,
    AbsenceForm absenceForm) {

  /**
   * The absence form: whose (the viewer; anyone shown for resource managers), the kinds, and the
   * viewer's own absences from this week on, each with its delete form.
   */
  public record AbsenceForm(List<Option> people, List<Option> kinds, List<OwnAbsence> own) {}

  /** One of the viewer's absences. */
  public record OwnAbsence(String id, String version, String label) {}

  /** A hidden form field. */
  public record Hidden(String name, String value) {}

  /** A select option. */
  public record Option(String value, String label, boolean selected) {}

  /** A link. */
  public record Link(String label, String url) {}

  /** A link to the same view in days, weeks or months; {@code current} for the one shown. */
  public record PeriodLink(String label, String url, boolean current, String id) {}

  /** One row of the heat map. */
  public record RowView(String person, String name, String note, List<CellView> cells) {}

  /**
   * One cell: {@code text} the numbers, {@code label} the full sentence for assistive technology,
   * {@code css} the colour class (never the only sign: the text says "over").
   */
  public record CellView(
      String id, String text, String label, String css, String url, boolean over, String absence) {}

  /** The what-if panel: the changes and the forms to save or discard them. */
  public record WhatIfView(
      List<String> changes, List<Hidden> fields, String discardUrl, boolean maySave) {}

  /** The drill-down panel of one cell. */
  public record DrillView(
      String heading,
      String cellText,
      List<SourceView> sources,
      String hidden,
      List<String> absences,
      String absencesNote,
      List<Option> assignees,
      List<Hidden> fields,
      String closeUrl) {}

  /** One issue or allocation of a drilled cell; {@code issue} false for an allocation. */
  public record SourceView(
      String key,
      String url,
      String summary,
      String hours,
      boolean issue,
      String version,
      String formId) {}

  /** The free-capacity search form and its results. */
  public record FreeView(
      String hours,
      String weeks,
      boolean searched,
      List<String> results,
      String emptyText,
      String hiddenNote) {}
}
