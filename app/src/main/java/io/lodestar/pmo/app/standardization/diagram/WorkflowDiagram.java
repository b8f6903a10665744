package io.lodestar.pmo.app.standardization.diagram;

import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.markup.MarkupWriter;
import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Draws a workflow template as SVG with its table. Layout, stable and deterministic: one column per
 * status category, To Do, In Progress, Done from left to right; in a column the statuses in the
 * admin's order from top to bottom. Transitions are quadratic curves with an arrowhead and their
 * name at the middle; a transition and its reverse bend to opposite sides, several between the same
 * statuses bend further, and those inside one column bow out past the nodes. Status colours follow
 * Jira's category colours (grey, blue, green); the category is also written in the column header
 * and in each node's title, so colour is never the only cue. A transition to or from a status the
 * workflow lacks is not drawn; the table says so.
 */
public final class WorkflowDiagram {

  static final double NODE_W = 170;
  static final double NODE_H = 44;
  static final double COL_PITCH = 290;
  static final double ROW_PITCH = 96;
  static final double MARGIN = 24;
  static final double HEADER = 72;
  static final int MAX_LABEL = 22;

  private static final Pattern ID_PREFIX = Pattern.compile("[a-z][a-z0-9-]{0,40}");
  private static final StatusCategory[] COLUMNS = {
    StatusCategory.TODO, StatusCategory.IN_PROGRESS, StatusCategory.DONE
  };

  private final Texts texts;

  /**
   * @param texts the viewer's texts
   */
  public WorkflowDiagram(Texts texts) {
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * @param workflow the template's workflow (valid or not: what cannot be drawn is listed)
   * @param idPrefix unique on the page, lower-case letters, digits and dashes, e.g. {@code wf-1}
   */
  public WorkflowDiagramView draw(WorkflowTemplate workflow, String idPrefix) {
    Objects.requireNonNull(workflow, "workflow");
    if (!ID_PREFIX.matcher(idPrefix).matches()) {
      throw new IllegalArgumentException("idPrefix: " + idPrefix);
    }
    Map<String, Node> nodes = layout(workflow);
    return new WorkflowDiagramView(
        workflow.name(), svg(workflow, nodes, idPrefix), table(workflow, nodes));
  }

  /** Where a status is drawn: its column, row and centre. */
  record Node(WorkflowStatus status, int column, int row, double cx, double cy) {}

  static Map<String, Node> layout(WorkflowTemplate workflow) {
    Map<StatusCategory, Integer> rows = new EnumMap<>(StatusCategory.class);
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (WorkflowStatus s : workflow.statuses()) {
      if (nodes.containsKey(s.name())) {
        continue; // a duplicate name (refused by validation) is drawn once
      }
      int column = s.category().ordinal();
      int row = rows.merge(s.category(), 1, Integer::sum) - 1;
      double cx = MARGIN + column * COL_PITCH + NODE_W / 2;
      double cy = MARGIN + HEADER + row * ROW_PITCH + NODE_H / 2;
      nodes.put(s.name(), new Node(s, column, row, cx, cy));
    }
    return nodes;
  }

  private String svg(WorkflowTemplate workflow, Map<String, Node> nodes, String id) {
    int maxRows = nodes.values().stream().mapToInt(n -> n.row() + 1).max().orElse(1);
    double width = MARGIN * 2 + 2 * COL_PITCH + NODE_W + 60;
    double height = MARGIN * 2 + HEADER + maxRows * ROW_PITCH;
    MarkupWriter m = new MarkupWriter();
    m.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "class",
        "lodestar-workflow-diagram",
        "role",
        "img",
        "aria-labelledby",
        id + "-title " + id + "-desc",
        "viewBox",
        "0 0 " + MarkupWriter.number(width) + " " + MarkupWriter.number(height),
        "width",
        width,
        "height",
        height,
        "font-family",
        "-apple-system, 'Segoe UI', Roboto, sans-serif",
        "font-size",
        "13");
    m.text(
        "title",
        texts.text("lodestar.standardization.diagram.title", workflow.name()),
        "id",
        id + "-title");
    m.text(
        "desc",
        texts.text(
            "lodestar.standardization.diagram.desc",
            workflow.statuses().size(),
            workflow.transitions().size()),
        "id",
        id + "-desc");
    m.open("defs");
    m.open(
        "marker",
        "id",
        id + "-arrow",
        "viewBox",
        "0 0 10 10",
        "refX",
        "9",
        "refY",
        "5",
        "markerWidth",
        "8",
        "markerHeight",
        "8",
        "orient",
        "auto-start-reverse");
    m.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", "#505F79");
    m.close().close();

    m.open("g", "class", "lodestar-wf-columns");
    for (StatusCategory c : COLUMNS) {
      double x = MARGIN + c.ordinal() * COL_PITCH;
      m.text(
          "text",
          categoryName(c),
          "x",
          x + NODE_W / 2,
          "y",
          MARGIN + 14.0,
          "text-anchor",
          "middle",
          "font-weight",
          "600",
          "fill",
          "#42526E");
    }
    m.close();

    m.open("g", "class", "lodestar-wf-transitions");
    List<Transition> drawn = new ArrayList<>();
    for (Transition t : workflow.transitions()) {
      Node from = nodes.get(t.from());
      Node to = nodes.get(t.to());
      if (from == null || to == null) {
        continue;
      }
      edge(m, t, from, to, bend(t, from, to, drawn, workflow.transitions()), id);
      drawn.add(t);
    }
    m.close();

    m.open("g", "class", "lodestar-wf-statuses");
    for (Node n : nodes.values()) {
      node(m, n);
    }
    m.close();
    return m.close().toXml();
  }

  /** How far the curve's control point lies off the straight line (signed by direction). */
  private static double bend(
      Transition t, Node from, Node to, List<Transition> drawn, List<Transition> all) {
    if (from == to) {
      return 0;
    }
    long sameDirection =
        drawn.stream().filter(d -> d.from().equals(t.from()) && d.to().equals(t.to())).count();
    boolean reverse =
        all.stream().anyMatch(d -> d.from().equals(t.to()) && d.to().equals(t.from()));
    double offset = sameDirection * 36;
    if (from.column() == to.column() && Math.abs(from.row() - to.row()) > 1) {
      offset += 2 * (NODE_W / 2 + 20);
    } else if (from.column() == to.column()) {
      offset += reverse ? 70 : 0;
    } else if (Math.abs(from.column() - to.column()) > 1 && from.row() == to.row()) {
      // over the top of the column between them: the normal points up when going left
      double up = 110 + sameDirection * 36 + (reverse && to.column() > from.column() ? 40 : 0);
      return to.column() < from.column() ? up : -up;
    } else if (Math.abs(from.column() - to.column()) > 1 || from.row() != to.row()) {
      offset += reverse ? 50 : 24;
    } else {
      offset += reverse ? 40 : 0;
    }
    return offset;
  }

  private void edge(MarkupWriter m, Transition t, Node from, Node to, double offset, String id) {
    String path;
    double lx;
    double ly;
    if (from == to) {
      double x = from.cx() + NODE_W / 2;
      double y = from.cy();
      path =
          "M"
              + MarkupWriter.number(x)
              + ","
              + MarkupWriter.number(y - 10)
              + " C"
              + MarkupWriter.number(x + 50)
              + ","
              + MarkupWriter.number(y - 40)
              + " "
              + MarkupWriter.number(x + 50)
              + ","
              + MarkupWriter.number(y + 40)
              + " "
              + MarkupWriter.number(x)
              + ","
              + MarkupWriter.number(y + 10);
      lx = x + 44;
      ly = y - 26;
    } else {
      double dx = to.cx() - from.cx();
      double dy = to.cy() - from.cy();
      double len = Math.hypot(dx, dy);
      // the normal to the left of the direction of travel: a reverse transition bends the other way
      double nx = -dy / len;
      double ny = dx / len;
      double qx = (from.cx() + to.cx()) / 2 + nx * offset;
      double qy = (from.cy() + to.cy()) / 2 + ny * offset;
      double[] s = boundary(from, qx, qy);
      double[] e = boundary(to, qx, qy);
      path =
          "M"
              + MarkupWriter.number(s[0])
              + ","
              + MarkupWriter.number(s[1])
              + " Q"
              + MarkupWriter.number(qx)
              + ","
              + MarkupWriter.number(qy)
              + " "
              + MarkupWriter.number(e[0])
              + ","
              + MarkupWriter.number(e[1]);
      lx = 0.25 * s[0] + 0.5 * qx + 0.25 * e[0];
      ly = 0.25 * s[1] + 0.5 * qy + 0.25 * e[1] - 4;
    }
    m.open(
        "g",
        "class",
        "lodestar-wf-transition" + (t.setsResolution() ? " lodestar-wf-resolution" : ""),
        "data-from",
        t.from(),
        "data-to",
        t.to());
    m.text("title", transitionTitle(t));
    m.empty(
        "path",
        "d",
        path,
        "fill",
        "none",
        "stroke",
        "#505F79",
        "stroke-width",
        "1.5",
        "stroke-dasharray",
        t.setsResolution() ? "6 3" : null,
        "marker-end",
        "url(#" + id + "-arrow)");
    m.text(
        "text",
        shorten(t.name()),
        "x",
        lx,
        "y",
        ly,
        "text-anchor",
        "middle",
        "font-size",
        "11",
        "fill",
        "#172B4D",
        "stroke",
        "#FFFFFF",
        "stroke-width",
        "3",
        "paint-order",
        "stroke");
    m.close();
  }

  /** Where the line from the node's centre towards (x, y) leaves its rectangle. */
  private static double[] boundary(Node n, double x, double y) {
    double dx = x - n.cx();
    double dy = y - n.cy();
    if (dx == 0 && dy == 0) {
      return new double[] {n.cx(), n.cy()};
    }
    double sx = dx == 0 ? Double.MAX_VALUE : (NODE_W / 2) / Math.abs(dx);
    double sy = dy == 0 ? Double.MAX_VALUE : (NODE_H / 2) / Math.abs(dy);
    double scale = Math.min(sx, sy);
    return new double[] {n.cx() + dx * scale, n.cy() + dy * scale};
  }

  private void node(MarkupWriter m, Node n) {
    WorkflowStatus s = n.status();
    String[] colours = colours(s.category());
    m.open(
        "g",
        "class",
        "lodestar-wf-status lodestar-wf-" + s.category().name().toLowerCase(java.util.Locale.ROOT),
        "data-status",
        s.name());
    m.text(
        "title",
        s.name()
            + " ("
            + categoryName(s.category())
            + (s.initial() ? ", " + texts.text("lodestar.standardization.diagram.initial") : "")
            + ")");
    m.empty(
        "rect",
        "x",
        n.cx() - NODE_W / 2,
        "y",
        n.cy() - NODE_H / 2,
        "width",
        NODE_W,
        "height",
        NODE_H,
        "rx",
        "4",
        "fill",
        colours[0],
        "stroke",
        colours[1],
        "stroke-width",
        s.initial() ? "3" : "1.5");
    if (s.initial()) {
      m.empty("circle", "cx", n.cx() - NODE_W / 2 - 12, "cy", n.cy(), "r", "5", "fill", colours[1]);
    }
    m.text(
        "text",
        shorten(s.name()),
        "x",
        n.cx(),
        "y",
        n.cy() + 4.5,
        "text-anchor",
        "middle",
        "font-weight",
        "600",
        "fill",
        colours[2]);
    m.close();
  }

  /** Fill, border, text colour (Jira's lozenge colours; text contrast at least 4.5:1). */
  private static String[] colours(StatusCategory c) {
    return switch (c) {
      case TODO -> new String[] {"#DFE1E6", "#6B778C", "#253858"};
      case IN_PROGRESS -> new String[] {"#DEEBFF", "#0052CC", "#0747A6"};
      case DONE -> new String[] {"#E3FCEF", "#00875A", "#006644"};
    };
  }

  private static String shorten(String text) {
    String t = text.strip();
    return t.codePointCount(0, t.length()) <= MAX_LABEL
        ? t
        : t.substring(0, t.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
  }

  private String categoryName(StatusCategory c) {
    return texts.text("lodestar.standardization.diagram.category." + c.name());
  }

  private String transitionTitle(Transition t) {
    StringBuilder b =
        new StringBuilder(
            texts.text("lodestar.standardization.diagram.transition", t.name(), t.from(), t.to()));
    if (t.setsResolution()) {
      b.append("; ").append(texts.text("lodestar.standardization.diagram.asksResolution"));
    }
    if (!t.checks().isEmpty()) {
      b.append("; ").append(checks(t));
    }
    return b.toString();
  }

  private String checks(Transition t) {
    List<String> out = new ArrayList<>();
    for (TransitionCheck c : t.checks()) {
      if (c instanceof TransitionCheck.OnlyRole r) {
        out.add(texts.text("lodestar.standardization.diagram.check.onlyRole", r.role()));
      } else if (c instanceof TransitionCheck.FieldRequired f) {
        out.add(texts.text("lodestar.standardization.diagram.check.fieldRequired", f.fieldId()));
      } else if (c instanceof TransitionCheck.SubtasksDone) {
        out.add(texts.text("lodestar.standardization.diagram.check.subtasksDone"));
      } else {
        out.add(texts.text("lodestar.standardization.diagram.check.assigneeRequired"));
      }
    }
    return String.join(", ", out);
  }

  private String table(WorkflowTemplate workflow, Map<String, Node> nodes) {
    MarkupWriter m = new MarkupWriter();
    m.open("table", "class", "aui lodestar-workflow-table");
    m.text(
        "caption", texts.text("lodestar.standardization.diagram.table.caption", workflow.name()));
    m.open("thead").open("tr");
    for (String h : List.of("status", "category", "transition", "resolution", "checks")) {
      m.text("th", texts.text("lodestar.standardization.diagram.table." + h), "scope", "col");
    }
    m.close().close();
    m.open("tbody");
    for (Node n : nodes.values()) {
      List<Transition> out =
          workflow.transitions().stream().filter(t -> t.from().equals(n.status().name())).toList();
      int span = Math.max(1, out.size());
      m.open("tr", "data-status", n.status().name());
      m.open("th", "scope", "row", "rowspan", span > 1 ? String.valueOf(span) : null)
          .chars(n.status().name());
      if (n.status().initial()) {
        m.chars(" (" + texts.text("lodestar.standardization.diagram.initial") + ")");
      }
      m.close();
      m.text("td", categoryName(n.status().category()), "rowspan", span > 1 ? "" + span : null);
      if (out.isEmpty()) {
        m.text("td", texts.text("lodestar.standardization.diagram.table.none"), "colspan", "3");
        m.close();
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        Transition t = out.get(i);
        if (i > 0) {
          m.open("tr", "data-status", n.status().name());
        }
        String target =
            nodes.containsKey(t.to())
                ? texts.text("lodestar.standardization.diagram.table.to", t.name(), t.to())
                : texts.text(
                    "lodestar.standardization.diagram.table.unknownTarget", t.name(), t.to());
        m.text("td", target, "class", "lodestar-wf-transition-cell");
        m.text(
            "td",
            texts.text(
                t.setsResolution()
                    ? "lodestar.standardization.diagram.table.yes"
                    : "lodestar.standardization.diagram.table.no"));
        m.text(
            "td",
            t.checks().isEmpty()
                ? texts.text("lodestar.standardization.diagram.table.noChecks")
                : checks(t));
        m.close();
      }
    }
    List<Transition> orphans =
        workflow.transitions().stream().filter(t -> !nodes.containsKey(t.from())).toList();
    for (Transition t : orphans) {
      m.open("tr");
      m.text("th", t.from(), "scope", "row");
      m.text("td", texts.text("lodestar.standardization.diagram.table.unknownStatus"));
      m.text(
          "td",
          texts.text("lodestar.standardization.diagram.table.to", t.name(), t.to()),
          "class",
          "lodestar-wf-transition-cell");
      m.text(
          "td",
          texts.text(
              t.setsResolution()
                  ? "lodestar.standardization.diagram.table.yes"
                  : "lodestar.standardization.diagram.table.no"));
      m.text(
          "td",
          t.checks().isEmpty()
              ? texts.text("lodestar.standardization.diagram.table.noChecks")
              : checks(t));
      m.close();
    }
    return m.close().close().toXml();
  }
}
