package io.lodestar.pmo.app.standardization.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

public class WorkflowDiagramTest {

  private static final String HOSTILE = "<script>alert('x')</script> & \"q\"\u0007";

  private final WorkflowDiagram target = new WorkflowDiagram(new BundleTexts());

  private static WorkflowTemplate delivery() {
    return new WorkflowTemplate(
        "Delivery",
        List.of(
            WorkflowStatus.initial("Open", StatusCategory.TODO),
            WorkflowStatus.of("In Progress", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("Review", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("Done", StatusCategory.DONE)),
        List.of(
            Transition.of("Start", "Open", "In Progress")
                .withChecks(new TransitionCheck.AssigneeRequired()),
            Transition.of("Submit", "In Progress", "Review"),
            Transition.of("Rework", "Review", "In Progress"),
            Transition.of("Approve", "Review", "Done")
                .withResolution()
                .withChecks(new TransitionCheck.OnlyRole("Project Manager")),
            Transition.of("Reopen", "Done", "Open")));
  }

  @Test
  public void draw_shouldGiveWellFormedSvg_withEveryStatusAndTransition() {
    WorkflowDiagramView view = target.draw(delivery(), "wf-1");

    Document svg = parse(view.svg());
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(groups(svg, "lodestar-wf-status"))
        .extracting(g -> g.getAttribute("data-status"))
        .containsExactly("Open", "In Progress", "Review", "Done");
    assertThat(groups(svg, "lodestar-wf-transition"))
        .extracting(g -> g.getAttribute("data-from") + ">" + g.getAttribute("data-to"))
        .containsExactly(
            "Open>In Progress",
            "In Progress>Review",
            "Review>In Progress",
            "Review>Done",
            "Done>Open");
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("Start", "Submit", "Rework", "Approve", "Reopen");
  }

  @Test
  public void draw_shouldPlaceColumnsByCategory_fromToDoToDone_andBeDeterministic() {
    WorkflowDiagramView first = target.draw(delivery(), "wf-1");
    WorkflowDiagramView second = target.draw(delivery(), "wf-1");
    assertThat(first).isEqualTo(second);

    Map<String, Element> rects =
        groups(parse(first.svg()), "lodestar-wf-status").stream()
            .collect(
                Collectors.toMap(
                    g -> g.getAttribute("data-status"),
                    g -> (Element) g.getElementsByTagNameNS("*", "rect").item(0)));
    double open = x(rects.get("Open"));
    double progress = x(rects.get("In Progress"));
    double review = x(rects.get("Review"));
    double done = x(rects.get("Done"));
    assertThat(open).isLessThan(progress);
    assertThat(progress).isEqualTo(review).isLessThan(done);
    assertThat(Double.parseDouble(rects.get("Review").getAttribute("y")))
        .isGreaterThan(Double.parseDouble(rects.get("In Progress").getAttribute("y")));
  }

  @Test
  public void draw_shouldDrawATransitionAndItsReverse_onDifferentCurves() {
    List<Element> paths = new ArrayList<>();
    for (Element g :
        groups(parse(target.draw(delivery(), "wf-1").svg()), "lodestar-wf-transition")) {
      String key = g.getAttribute("data-from") + ">" + g.getAttribute("data-to");
      if (key.equals("In Progress>Review") || key.equals("Review>In Progress")) {
        paths.add((Element) g.getElementsByTagNameNS("*", "path").item(0));
      }
    }
    assertThat(paths).hasSize(2);
    assertThat(control(paths.get(0))).isNotEqualTo(control(paths.get(1)));
  }

  @Test
  public void draw_shouldBowATransitionOverTheNodesBetween_whenItSkipsAColumnInOneRow() {
    // Done -> Open runs from the right column to the left one, past In Progress in the middle
    Element reopen =
        groups(parse(target.draw(delivery(), "wf-1").svg()), "lodestar-wf-transition").stream()
            .filter(g -> g.getAttribute("data-from").equals("Done"))
            .findFirst()
            .orElseThrow();
    String d = ((Element) reopen.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d");
    double controlY = Double.parseDouble(d.substring(d.indexOf('Q') + 1).split("[, ]")[1]);
    double nodeTop = WorkflowDiagram.MARGIN + WorkflowDiagram.HEADER;

    // the curve's apex (half-way to its control point) lies above the top of the nodes
    double rowCentre = nodeTop + WorkflowDiagram.NODE_H / 2;
    assertThat((rowCentre + controlY) / 2).isLessThan(nodeTop);
  }

  @Test
  public void draw_shouldEscapeHostileNames_inTheSvgAndTheTable() {
    WorkflowTemplate hostile =
        new WorkflowTemplate(
            HOSTILE,
            List.of(
                WorkflowStatus.initial(HOSTILE, StatusCategory.TODO),
                WorkflowStatus.of("Done", StatusCategory.DONE)),
            List.of(Transition.of(HOSTILE, HOSTILE, "Done").withResolution()));

    WorkflowDiagramView view = target.draw(hostile, "wf-2");

    Document svg = parse(view.svg());
    assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(groups(svg, "lodestar-wf-status").get(0).getAttribute("data-status"))
        .isEqualTo(HOSTILE.replace('\u0007', '\uFFFD'));
    assertThat(view.svg()).doesNotContain("<script").contains("&lt;script&gt;");
    Document table = parse(view.table());
    assertThat(table.getElementsByTagName("script").getLength()).isZero();
    assertThat(table.getDocumentElement().getTextContent()).contains("<script>alert('x')");
  }

  @Test
  public void table_shouldListEachStatusWithItsTransitions_resolutionAndChecks() {
    Document table = parse(target.draw(delivery(), "wf-1").table());

    List<String> rows = new ArrayList<>();
    NodeList trs = table.getElementsByTagName("tr");
    for (int i = 1; i < trs.getLength(); i++) {
      Element tr = (Element) trs.item(i);
      rows.add(tr.getAttribute("data-status") + " | " + cells(tr));
    }
    assertThat(rows)
        .containsExactly(
            "Open | Open (initial status) | To Do | Start → In Progress | No | assignee required",
            "In Progress | In Progress | In Progress | Submit → Review | No | None",
            "Review | Review | In Progress | Rework → In Progress | No | None",
            "Review | Approve → Done | Yes | only role Project Manager",
            "Done | Done | Done | Reopen → Open | No | None");
  }

  @Test
  public void table_shouldSayWhatIsNotDrawn_whenATransitionLeadsToAMissingStatus() {
    WorkflowTemplate broken =
        new WorkflowTemplate(
            "Broken",
            List.of(WorkflowStatus.initial("Open", StatusCategory.TODO)),
            List.of(Transition.of("Go", "Open", "Nowhere"), Transition.of("Back", "Gone", "Open")));

    WorkflowDiagramView view = target.draw(broken, "wf-3");

    assertThat(groups(parse(view.svg()), "lodestar-wf-transition")).isEmpty();
    assertThat(parse(view.table()).getDocumentElement().getTextContent())
        .contains("Go → Nowhere (not in the workflow, not drawn)")
        .contains("Gone", "Not in the workflow (not drawn)");
  }

  @Test
  public void draw_shouldRefuseAnIdPrefixThatCouldBreakTheMarkup() {
    assertThatThrownBy(() -> target.draw(delivery(), "x\" onload=\"alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String cells(Element tr) {
    List<String> out = new ArrayList<>();
    NodeList children = tr.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      out.add(children.item(i).getTextContent());
    }
    return String.join(" | ", out);
  }

  private static String control(Element path) {
    String d = path.getAttribute("d");
    return d.substring(d.indexOf('Q'));
  }

  private static double x(Element rect) {
    return Double.parseDouble(rect.getAttribute("x"));
  }

  private static List<Element> groups(Document doc, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList all = doc.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < all.getLength(); i++) {
      Element g = (Element) all.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains(cls)) {
        out.add(g);
      }
    }
    return out;
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }
}
