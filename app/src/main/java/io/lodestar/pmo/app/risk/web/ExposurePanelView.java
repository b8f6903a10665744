package io.lodestar.pmo.app.risk.web;

import java.util.List;

/**
 * The register page's exposure panel: the simulation form (GET, so that a result is a link that
 * reproduces it) and, once run, the result rendered by the server, tornado charts included.
 *
 * @param hidden the register's own parameters (filter, sort, page), kept by the form
 * @param seed the seed field's value: as typed, or the seed of the result shown
 * @param trials the trials field's value
 * @param distributions the impact-distribution choices
 * @param bases whose probability to simulate (current, inherent, residual)
 * @param errors the rejected exposure parameters with their messages; empty when none
 * @param refusal why the simulation did not run (too many risks, busy); empty when it ran or was
 *     not asked for
 * @param result the result; null when nothing ran
 */
public record ExposurePanelView(
    List<Hidden> hidden,
    String seed,
    String trials,
    List<OptionView> distributions,
    List<OptionView> bases,
    List<FieldErrorView> errors,
    String refusal,
    Result result) {

  public ExposurePanelView {
    hidden = List.copyOf(hidden);
    distributions = List.copyOf(distributions);
    bases = List.copyOf(bases);
    errors = List.copyOf(errors);
  }

  /**
   * @return whether a result is shown
   */
  public boolean hasResult() {
    return result != null;
  }

  /**
   * @return the message of the rejected {@code field}; empty when it was accepted
   */
  public String errorOf(String field) {
    return errors.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldErrorView::message)
        .findFirst()
        .orElse("");
  }

  /**
   * A parameter the form sends along unchanged.
   *
   * @param name the parameter
   * @param value its value
   */
  public record Hidden(String name, String value) {}

  /**
   * What was run and what came out.
   *
   * @param facts trials, seed, distribution, state, currency, risks simulated and left out (with
   *     why), hidden risks; each a labelled value
   * @param dimensions cost then schedule
   * @param permalink the register with this exact simulation (same seed), to share or rerun
   */
  public record Result(
      List<RegisterSummaryView.Figure> facts, List<Dimension> dimensions, String permalink) {
    public Result {
      facts = List.copyOf(facts);
      dimensions = List.copyOf(dimensions);
    }

    /**
     * @return the labels of the dimensions' figures (P50 … EMV), the table's column headers
     */
    public List<String> headers() {
      return dimensions.isEmpty()
          ? List.of()
          : dimensions.get(0).figures().stream().map(RegisterSummaryView.Figure::label).toList();
    }
  }

  /**
   * One dimension's exposure.
   *
   * @param name {@code cost} or {@code schedule}
   * @param title e.g. "Cost (USD)" or "Schedule (working days)"
   * @param figures P50, P80, P95, mean, standard deviation and EMV, formatted, in that order
   * @param tornado the contributions chart; its bars also listed as a table
   */
  public record Dimension(
      String name, String title, List<RegisterSummaryView.Figure> figures, TornadoView tornado) {
    public Dimension {
      figures = List.copyOf(figures);
    }
  }
}
