package io.lodestar.pmo.sandbox.shared.web;

import java.util.List;

/**
 * What the sandbox's risk form ({@code sandbox-templates/risk-form.vm}) shows: the summary,
 * description and the fields its project's mapping names, each as its type asks (a select of the
 * field's options or of users, a number, a date, a text), the mitigation link, and the messages of
 * a refused save next to their fields.
 *
 * @param title e.g. "Create risk" or "Edit MOBA-12"
 * @param action where the form posts
 * @param hidden the form's hidden parameters (project and type, or issue id and version)
 * @param message a message about the whole form (e.g. an edit conflict); empty for none
 * @param conflict whether the message is an edit conflict
 * @param currentUrl the view, offered with a conflict; empty otherwise
 * @param cancelUrl where "Cancel" leads
 */
public record RiskFormView(
    String title,
    String projectKey,
    String projectName,
    String typeName,
    String action,
    List<Hidden> hidden,
    String summary,
    String summaryError,
    String description,
    String descriptionError,
    List<FormField> fields,
    String mitigation,
    String mitigationError,
    String message,
    boolean conflict,
    String currentUrl,
    String cancelUrl,
    String submitLabel,
    String userPickerUrl) {

  public RiskFormView {
    hidden = List.copyOf(hidden);
    fields = List.copyOf(fields);
  }

  /** Whether the form has a message about it as a whole. */
  public boolean hasMessage() {
    return !message.isEmpty();
  }

  /**
   * A hidden parameter.
   *
   * @param name its name
   * @param value its value
   */
  public record Hidden(String name, String value) {}

  /**
   * One field of the form.
   *
   * @param name the parameter name
   * @param inputId the element id
   * @param label the field's name
   * @param role what the mapping uses it for
   * @param kind {@code select}, {@code number}, {@code date} or {@code text}
   * @param value the value shown (as submitted after a refused save)
   * @param choices a select's choices, the empty choice first
   * @param error the message when the value was refused; empty otherwise
   */
  public record FormField(
      String name,
      String inputId,
      String label,
      String role,
      String kind,
      String value,
      List<Choice> choices,
      String error) {
    public FormField {
      choices = List.copyOf(choices);
    }

    /** Whether the value was refused. */
    public boolean hasError() {
      return !error.isEmpty();
    }

    /** Whether it is a select. */
    public boolean isSelect() {
      return "select".equals(kind);
    }
  }

  /**
   * A select's choice.
   *
   * @param value the submitted value
   * @param label what is shown
   * @param selected whether it is chosen
   */
  public record Choice(String value, String label, boolean selected) {}
}
