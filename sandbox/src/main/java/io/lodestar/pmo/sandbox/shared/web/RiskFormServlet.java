package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.SystemFields;
import io.lodestar.pmo.app.shared.rest.XsrfProtectionFilter;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.sandbox.importer.RiskIssueWrites;
import io.lodestar.pmo.sandbox.importer.RiskIssueWrites.FieldWrite;
import io.lodestar.pmo.sandbox.importer.RiskIssueWrites.RiskIssueInput;
import io.lodestar.pmo.sandbox.importer.RiskIssueWrites.StaleVersionException;
import io.lodestar.pmo.sandbox.risk.MappedFields;
import io.lodestar.pmo.sandbox.risk.MappedFields.MappedField;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues.FieldInfo;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues.IssueRecord;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues.ProjectRow;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's form to create and edit risk issues, at the paths of Jira's create-issue page
 * ({@link RiskWebPaths#CREATE_ISSUE}{@code ?pid=&issuetype=}, where the register's "Create risk"
 * leads) and edit-issue page ({@link SandboxPaths#EDIT_ISSUE}{@code ?id=}). It asks for the
 * summary, the description, every field the project's mapping names (owner, ratings, review date,
 * three-point estimates …, each as its type asks) and a mitigation issue to link.
 *
 * <ul>
 *   <li>Who: signed-in users who may create issues in the project ({@link
 *       AccessGuard#requireCreateIssues}); anonymous visitors are sent to the login page, others
 *       get 403 (404 when they may not browse the project), and only for a risk issue type of a
 *       project with risk settings.
 *   <li>Posts only from this server's own pages ({@link SameOrigin}) or with {@code
 *       X-Atlassian-Token: no-check}, as the other sandbox forms; anything else gets 403 and writes
 *       nothing.
 *   <li>A refused value answers 400 with the form as submitted and a message at each refused field;
 *       an edit of a version that is no longer the stored one answers 409, the form kept, and
 *       writes nothing. A save redirects to the issue view.
 *   <li>Writes go through the sandbox's one issue write path ({@link RiskIssueWrites}, the
 *       importer's {@code IssueWriter}).
 * </ul>
 */
public final class RiskFormServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "sandbox-templates/risk-form.vm";

  /** Longest summary, as Jira's. */
  static final int MAX_SUMMARY = 255;

  /** Longest description and text value (the sandbox's text column). */
  static final int MAX_TEXT = 4000;

  /**
   * Largest number a number field takes (the sandbox's column holds 20 digits before the point).
   */
  static final BigDecimal MAX_NUMBER = new BigDecimal("1e15");

  /** Most decimals a number field takes (the sandbox's column). */
  static final int MAX_SCALE = 10;

  static final String FIELD_PREFIX = "field.";

  private final transient AccessGuard guard;
  private final transient SqlRiskIssues issues;
  private final transient ProjectRiskContexts contexts;
  private final transient RiskIssueWrites writes;
  private final transient PageRenderer renderer;
  private final transient SandboxUsers users;

  public RiskFormServlet(
      AccessGuard guard,
      SqlRiskIssues issues,
      ProjectRiskContexts contexts,
      RiskIssueWrites writes,
      PageRenderer renderer,
      SandboxUsers users) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.issues = Objects.requireNonNull(issues, "issues");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.writes = Objects.requireNonNull(writes, "writes");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.users = Objects.requireNonNull(users, "users");
  }

  /** The user with key {@code keyOrLogin}, else with that login name. */
  private Optional<HostUser> user(String keyOrLogin) {
    return users.byKey(keyOrLogin).or(() -> users.byUsername(keyOrLogin));
  }

  /** What the form is about: a project and risk type, and on an edit the issue. */
  private record Target(
      ProjectRow project,
      String typeId,
      String typeName,
      ProjectRiskContext context,
      IssueRecord issue,
      List<MappedField> fields,
      Map<String, FieldInfo> infos) {

    boolean isEdit() {
      return issue != null;
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Target target = resolve(request, response);
    if (target == null) {
      return;
    }
    Map<String, String> values = new HashMap<>();
    if (target.isEdit()) {
      IssueRecord issue = target.issue();
      values.put("summary", issue.summary());
      values.put("description", Objects.toString(issue.description(), ""));
      values.put("version", issue.updated().toString());
      for (MappedField field : target.fields()) {
        RawValue value = issue.values().get(field.fieldId());
        values.put(
            FIELD_PREFIX + field.fieldId(),
            value == null
                ? ""
                : value instanceof RawValue.UserValue u ? u.key() : SqlRiskIssues.text(value));
      }
    }
    write(request, response, target, values, Map.of(), "", false, 200);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SameOrigin.isSameOrigin(request) && !hasXsrfToken(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Target target = resolve(request, response);
    if (target == null) {
      return;
    }
    Map<String, String> values = new HashMap<>();
    request.getParameterMap().forEach((k, v) -> values.put(k, v.length == 0 ? "" : v[0]));
    Map<String, String> errors = new LinkedHashMap<>();
    RiskIssueInput input = parse(target, values, errors);
    Instant version = null;
    if (target.isEdit()) {
      try {
        version = Instant.parse(values.getOrDefault("version", "").strip());
      } catch (DateTimeParseException e) {
        errors.put("version", "The form has no valid version: open the issue's form again.");
      }
    }
    if (!errors.isEmpty()) {
      String message =
          errors.containsKey("version")
              ? errors.get("version")
              : "The risk was not saved: correct the fields marked below.";
      write(request, response, target, values, errors, message, false, 400);
      return;
    }
    HostUser user = guard.requireUser();
    String key;
    try {
      if (target.isEdit()) {
        writes.update(target.issue().id(), version, user.key(), input);
        key = target.issue().key();
      } else {
        key = writes.create(target.project().id(), target.typeId(), user.key(), input);
      }
    } catch (StaleVersionException stale) {
      write(
          request,
          response,
          target,
          values,
          Map.of(),
          "Someone else changed "
              + target.issue().key()
              + " while you were editing it: your changes were not saved. Open the issue to see"
              + " its current values, then edit it again.",
          true,
          HttpServletResponse.SC_CONFLICT);
      return;
    }
    LoginServlet.seeOther(response, RiskWebPaths.issue(request.getContextPath(), key) + "?saved=1");
  }

  private static boolean hasXsrfToken(HttpServletRequest request) {
    String token = request.getHeader(XsrfProtectionFilter.TOKEN_HEADER);
    return token != null && XsrfProtectionFilter.TOKEN_VALUE.equalsIgnoreCase(token.trim());
  }

  // ------------------------------------------------------------------ resolving the target

  /** The form's target, or null after answering (login, 400, 403, 404). */
  private Target resolve(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (guard.currentUser().isEmpty()) {
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        response.sendRedirect(
            SandboxPaths.login(
                request.getContextPath(),
                request.getRequestURI() + (query == null ? "" : "?" + query)));
      } else {
        refuse(response, 401, "Sign in", "Sign in to create or edit risks.");
      }
      return null;
    }
    boolean edit = SandboxPaths.EDIT_ISSUE.equals(request.getServletPath());
    IssueRecord issue = null;
    ProjectRow project;
    String typeId;
    if (edit) {
      Optional<Long> id = number(request.getParameter("id"));
      if (id.isEmpty()) {
        refuse(response, 400, "No issue", "id: give the id of the issue to edit.");
        return null;
      }
      issue = issues.byId(id.get()).filter(i -> guard.mayBrowse(i.projectKey())).orElse(null);
      if (issue == null) {
        refuse(
            response, 404, "No issue", "There is no issue with id " + id.get() + " you may see.");
        return null;
      }
      project = new ProjectRow(issue.projectId(), issue.projectKey(), issue.projectName());
      typeId = issue.typeId();
    } else {
      Optional<Long> pid = number(request.getParameter("pid"));
      typeId = Objects.toString(request.getParameter("issuetype"), "").strip();
      if (pid.isEmpty() || typeId.isEmpty()) {
        refuse(
            response,
            400,
            "No project",
            "pid and issuetype: give the project id and the risk issue type id.");
        return null;
      }
      project = issues.project(pid.get()).filter(p -> guard.mayBrowse(p.key())).orElse(null);
      if (project == null) {
        refuse(
            response,
            404,
            "No project",
            "There is no project with id " + pid.get() + " you may see.");
        return null;
      }
    }
    try {
      guard.requireCreateIssues(project.key());
    } catch (LodestarException refused) {
      refuse(response, refused.status(), "Not allowed", String.valueOf(refused.getMessage()));
      return null;
    }
    Optional<ProjectRiskContext> context = contexts.forProject(project.key());
    if (context.isEmpty()) {
      refuse(
          response, 404, "No risk settings", "Project " + project.key() + " has no risk settings.");
      return null;
    }
    if (!context.get().isRiskType(typeId)) {
      refuse(
          response,
          400,
          "Not a risk type",
          "issuetype: " + typeId + " is not a risk issue type of project " + project.key() + ".");
      return null;
    }
    List<MappedField> fields = new ArrayList<>();
    for (MappedField f : MappedFields.of(context.get().settings().mapping())) {
      if (!SystemFields.REPORTER.equals(f.fieldId())) {
        fields.add(f);
      }
    }
    Map<String, FieldInfo> infos =
        issues.fields(fields.stream().map(MappedField::fieldId).toList());
    // A mapped field the sandbox does not hold cannot be written: it is left out of the form.
    fields.removeIf(f -> !infos.containsKey(f.fieldId()));
    String typeName = issues.issueTypeName(typeId).orElse(typeId);
    return new Target(project, typeId, typeName, context.get(), issue, fields, infos);
  }

  private void refuse(HttpServletResponse response, int status, String title, String message)
      throws IOException {
    SandboxPage.write(
        renderer,
        OutboxServlet.REFUSED,
        status,
        Map.of("title", title, "message", message),
        response);
  }

  private static Optional<Long> number(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------ validation

  private RiskIssueInput parse(
      Target target, Map<String, String> values, Map<String, String> errors) {
    String summary = values.getOrDefault("summary", "").strip();
    if (summary.isEmpty()) {
      errors.put("summary", "Give the risk a summary.");
    } else if (summary.length() > MAX_SUMMARY) {
      errors.put(
          "summary", "At most " + MAX_SUMMARY + " characters (" + summary.length() + " given).");
    }
    String description = values.getOrDefault("description", "").strip();
    if (description.length() > MAX_TEXT) {
      errors.put(
          "description",
          "At most " + MAX_TEXT + " characters (" + description.length() + " given).");
    }
    Map<String, FieldWrite> fields = new LinkedHashMap<>();
    Map<String, BigDecimal> numbers = new HashMap<>();
    String assignee = target.isEdit() ? target.issue().assigneeKey() : null;
    LocalDate due = target.isEdit() ? target.issue().dueDate() : null;
    for (MappedField field : target.fields()) {
      FieldInfo info = target.infos().get(field.fieldId());
      String name = FIELD_PREFIX + field.fieldId();
      String raw = values.getOrDefault(name, "").strip();
      FieldWrite value = FieldWrite.CLEAR;
      switch (info.type()) {
        case "OPTION":
          if (!raw.isEmpty() && !info.options().contains(raw)) {
            errors.put(
                name,
                "Choose one of the field's options: " + String.join(", ", info.options()) + ".");
          } else if (!raw.isEmpty()) {
            value = new FieldWrite(raw, null, null);
          }
          break;
        case "USER":
          if (!raw.isEmpty()) {
            Optional<HostUser> user = user(raw);
            if (user.isEmpty()) {
              errors.put(
                  name,
                  "No user has the login name \"" + raw + "\". Type a few letters and pick one.");
            } else {
              value = new FieldWrite(user.get().key(), null, null);
            }
          }
          break;
        case "NUMBER":
          if (!raw.isEmpty()) {
            BigDecimal n = parseNumber(raw);
            if (n == null) {
              errors.put(name, "Give a number, e.g. 12500 or 0.25.");
            } else if (n.abs().compareTo(MAX_NUMBER) >= 0 || Math.max(n.scale(), 0) > MAX_SCALE) {
              errors.put(
                  name, "Give a number below 10^15 with at most " + MAX_SCALE + " decimals.");
            } else {
              value = new FieldWrite(null, n, null);
              numbers.put(field.fieldId(), n);
            }
          }
          break;
        case "DATE":
          if (!raw.isEmpty()) {
            try {
              value = new FieldWrite(null, null, LocalDate.parse(raw));
            } catch (DateTimeParseException e) {
              errors.put(name, "Give a date as YYYY-MM-DD.");
            }
          }
          break;
        default:
          if (raw.length() > MAX_TEXT) {
            errors.put(name, "At most " + MAX_TEXT + " characters (" + raw.length() + " given).");
          } else if (!raw.isEmpty()) {
            value = new FieldWrite(raw, null, null);
          }
          break;
      }
      if (SystemFields.ASSIGNEE.equals(field.fieldId())) {
        assignee = value.text();
      } else if (SystemFields.DUE_DATE.equals(field.fieldId())) {
        due = value.date();
      } else {
        fields.put(field.fieldId(), value);
      }
    }
    threePoints(target, values, numbers, errors);
    String mitigation =
        values.getOrDefault("mitigation", "").strip().toUpperCase(java.util.Locale.ROOT);
    if (!mitigation.isEmpty()) {
      Optional<IssueRecord> other =
          issues.byKey(mitigation).filter(i -> guard.mayBrowse(i.projectKey()));
      if (other.isEmpty()) {
        errors.put("mitigation", "There is no issue " + mitigation + " you may see.");
      } else if (target.isEdit() && other.get().id() == target.issue().id()) {
        errors.put("mitigation", "A risk cannot mitigate itself: give another issue.");
      } else {
        mitigation = other.get().key();
      }
    }
    return new RiskIssueInput(
        summary,
        description.isEmpty() ? null : description,
        assignee,
        due,
        fields,
        mitigation.isEmpty() || errors.containsKey("mitigation") ? null : mitigation);
  }

  /** Each three-point estimate: all three values or none, and minimum ≤ most likely ≤ maximum. */
  private static void threePoints(
      Target target,
      Map<String, String> values,
      Map<String, BigDecimal> numbers,
      Map<String, String> errors) {
    for (MappedFields.ThreePoint three :
        MappedFields.threePoints(target.context().settings().mapping())) {
      List<String> ids = new ArrayList<>();
      for (String id :
          new String[] {three.minFieldId(), three.mostLikelyFieldId(), three.maxFieldId()}) {
        if (id != null && target.infos().containsKey(id)) {
          ids.add(id);
        }
      }
      if (ids.stream().anyMatch(id -> errors.containsKey(FIELD_PREFIX + id))) {
        continue;
      }
      long given =
          ids.stream().filter(id -> !values.getOrDefault(FIELD_PREFIX + id, "").isBlank()).count();
      if (given > 0 && given < ids.size()) {
        for (String id : ids) {
          if (values.getOrDefault(FIELD_PREFIX + id, "").isBlank()) {
            errors.put(
                FIELD_PREFIX + id,
                three.label() + ": give the minimum, most likely and maximum, or none of them.");
          }
        }
        continue;
      }
      if (given == 3 && ids.size() == 3) {
        BigDecimal min = numbers.get(ids.get(0));
        BigDecimal likely = numbers.get(ids.get(1));
        BigDecimal max = numbers.get(ids.get(2));
        if (min != null && likely != null && min.compareTo(likely) > 0) {
          errors.put(
              FIELD_PREFIX + ids.get(1),
              three.label()
                  + ": the most likely value must not be below the minimum ("
                  + min.toPlainString()
                  + ").");
        } else if (likely != null && max != null && likely.compareTo(max) > 0) {
          errors.put(
              FIELD_PREFIX + ids.get(2),
              three.label()
                  + ": the maximum must not be below the most likely value ("
                  + likely.toPlainString()
                  + ").");
        }
      }
    }
  }

  private static BigDecimal parseNumber(String raw) {
    try {
      BigDecimal n = new BigDecimal(raw.replace("_", ""));
      return n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------ the page

  private void write(
      HttpServletRequest request,
      HttpServletResponse response,
      Target target,
      Map<String, String> values,
      Map<String, String> errors,
      String message,
      boolean conflict,
      int status)
      throws IOException {
    String cp = request.getContextPath();
    List<RiskFormView.Hidden> hidden = new ArrayList<>();
    String action;
    String cancel;
    if (target.isEdit()) {
      action = SandboxPaths.editIssue(cp, target.issue().id());
      hidden.add(new RiskFormView.Hidden("version", values.getOrDefault("version", "")));
      cancel = RiskWebPaths.issue(cp, target.issue().key());
    } else {
      action = RiskWebPaths.createIssue(cp, target.project().id(), target.typeId());
      cancel = RiskWebPaths.register(cp, target.project().key(), Map.of());
    }
    List<RiskFormView.FormField> fields = new ArrayList<>();
    int n = 0;
    for (MappedField field : target.fields()) {
      FieldInfo info = target.infos().get(field.fieldId());
      String name = FIELD_PREFIX + field.fieldId();
      String value = values.getOrDefault(name, "");
      List<RiskFormView.Choice> choices = new ArrayList<>();
      String kind;
      switch (info.type()) {
        case "OPTION":
          kind = "select";
          choices.add(new RiskFormView.Choice("", "None", value.isEmpty()));
          for (String option : info.options()) {
            choices.add(new RiskFormView.Choice(option, option, option.equals(value)));
          }
          break;
        case "USER":
          // A login name typed with suggestions from the bounded user search (21,000 users never
          // fit a list); a stored key is shown as the user's login name.
          kind = "user";
          if (!value.isEmpty()) {
            Optional<HostUser> user = user(value);
            if (user.isPresent()) {
              value = user.get().username();
              choices.add(new RiskFormView.Choice(value, user.get().displayName(), true));
            }
          }
          break;
        case "NUMBER":
          kind = "number";
          break;
        case "DATE":
          kind = "date";
          break;
        default:
          kind = "text";
          break;
      }
      fields.add(
          new RiskFormView.FormField(
              name,
              "risk-field-" + n++,
              info.name(),
              field.role(),
              kind,
              value,
              choices,
              errors.getOrDefault(name, "")));
    }
    RiskFormView view =
        new RiskFormView(
            target.isEdit() ? "Edit " + target.issue().key() : "Create risk",
            target.project().key(),
            target.project().name(),
            target.typeName(),
            action,
            hidden,
            values.getOrDefault("summary", ""),
            errors.getOrDefault("summary", ""),
            values.getOrDefault("description", ""),
            errors.getOrDefault("description", ""),
            fields,
            values.getOrDefault("mitigation", ""),
            errors.getOrDefault("mitigation", ""),
            message,
            conflict,
            conflict ? RiskWebPaths.issue(cp, target.issue().key()) : "",
            cancel,
            target.isEdit() ? "Save" : "Create",
            cp + "/rest/lodestar/1.0/users/picker");
    Map<String, Object> context = new HashMap<>();
    context.put("form", view);
    SandboxPage.write(renderer, TEMPLATE, status, context, response);
  }
}
