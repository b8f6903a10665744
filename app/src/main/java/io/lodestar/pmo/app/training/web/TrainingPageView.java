package io.lodestar.pmo.app.training.web;

import java.util.List;

/**
 * What the "Skills & certifications" page shows ({@code templates/training/page.vm}).
 *
 * @param viewerName the viewer's display name
 * @param resourceManager whether the viewer sees everyone's certificates
 * @param skills the catalog's skills
 * @param types the certification types
 * @param courses the courses
 * @param people the people whose certificates the viewer may see (the viewer, those they manage, or
 *     a chosen person), each with their certificates
 * @param expiring certificates ending within {@link TrainingPageController#EXPIRING_DAYS} days that
 *     the viewer may see, soonest first
 * @param team the matrix's team; empty when none
 * @param teams the teams the viewer may open
 * @param matrixSkills the matrix's column headers (skill names)
 * @param matrix the matrix's rows
 * @param matrixSummary e.g. "1–20 of 24 people"
 * @param previousUrl the matrix's previous page; empty on the first
 * @param nextUrl the matrix's next page; empty on the last
 * @param message "Saved." after a form was saved, or why it was not; empty otherwise
 * @param error whether {@code message} says why a form was not saved
 * @param pageUrl where the forms post to
 * @param options the forms' choices (skills, types, courses, sessions, statuses)
 * @param exportBase the training export's base URL ({@code <table>.csv} is appended)
 * @param matrixQuery the matrix export's query ({@code ?team=...}, encoded)
 */
public record TrainingPageView(
    String viewerName,
    boolean resourceManager,
    List<SkillRow> skills,
    List<TypeRow> types,
    List<CourseRow> courses,
    List<PersonRow> people,
    List<CertRow> expiring,
    String team,
    List<TeamLink> teams,
    List<String> matrixSkills,
    List<MatrixRow> matrix,
    String matrixSummary,
    String previousUrl,
    String nextUrl,
    String message,
    boolean error,
    String pageUrl,
    Options options,
    String exportBase,
    String matrixQuery) {

  public TrainingPageView {
    skills = List.copyOf(skills);
    types = List.copyOf(types);
    courses = List.copyOf(courses);
    people = List.copyOf(people);
    expiring = List.copyOf(expiring);
    teams = List.copyOf(teams);
    matrixSkills = List.copyOf(matrixSkills);
    matrix = List.copyOf(matrix);
  }

  /** Whether a team's matrix is shown. */
  public boolean hasMatrix() {
    return !team.isEmpty();
  }

  /** A skill of the catalog, with its parent's name ("" for a top-level one) and level texts. */
  public record SkillRow(String id, String name, String parent, List<String> levels) {}

  /** A certification type; validity e.g. "P3Y", or "never expires". */
  public record TypeRow(String id, String name, String issuer, String validity) {}

  /** A course and what it grants. */
  public record CourseRow(String id, String name, String kind, String hours, String grants) {}

  /**
   * A person with their certificates, skills, enrolments and training plan.
   *
   * @param assess the label of the skill-level form the viewer may use for them ("" when none)
   * @param gaps the plan's gaps, as sentences
   * @param suggestions the plan's suggested courses, with what they close
   */
  public record PersonRow(
      String key,
      String name,
      List<CertRow> certifications,
      List<HeldSkillRow> skills,
      List<EnrolmentRow> enrolments,
      List<String> gaps,
      List<String> suggestions,
      String assess) {
    public PersonRow {
      certifications = List.copyOf(certifications);
      skills = List.copyOf(skills);
      enrolments = List.copyOf(enrolments);
      gaps = List.copyOf(gaps);
      suggestions = List.copyOf(suggestions);
    }
  }

  /** A skill a person holds. */
  public record HeldSkillRow(String skill, int level, String source, String since) {}

  /** An enrolment with its version (for the status form). */
  public record EnrolmentRow(
      String id, String course, String session, String status, String statusName, long version) {}

  /** A choice of a form's select: its value and label. */
  public record Option(String value, String label) {}

  /** The forms' choices. */
  public record Options(
      List<Option> skills,
      List<Option> types,
      List<Option> courses,
      List<Option> sessions,
      List<Option> statuses) {
    public Options {
      skills = List.copyOf(skills);
      types = List.copyOf(types);
      courses = List.copyOf(courses);
      sessions = List.copyOf(sessions);
      statuses = List.copyOf(statuses);
    }
  }

  /**
   * A certificate.
   *
   * @param expiry the last valid day, or the text "does not expire"
   * @param state {@code valid}, {@code expiring} or {@code expired}
   */
  public record CertRow(
      String personName, String type, String issued, String expiry, String state, String link) {
    public boolean hasLink() {
      return !link.isEmpty();
    }
  }

  /** A team the matrix can show. */
  public record TeamLink(String name, String url, boolean current) {}

  /**
   * A member's levels, one per skill column ("" when not held), then their certificates, one per
   * certification type (value: the type id; label: the last valid day, "✓" when it never ends, ""
   * when not held or not visible to the viewer).
   */
  public record MatrixRow(String key, String name, List<String> levels, List<Option> certs) {
    public MatrixRow {
      levels = List.copyOf(levels);
      certs = List.copyOf(certs);
    }
  }
}
