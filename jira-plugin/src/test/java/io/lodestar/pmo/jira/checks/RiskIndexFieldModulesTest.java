package io.lodestar.pmo.jira.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.jira.risk.customfield.AssessmentFacet;
import io.lodestar.pmo.jira.risk.customfield.AssessmentFacetCFType;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments;
import io.lodestar.pmo.jira.risk.customfield.RiskOwnerCFType;
import io.lodestar.pmo.jira.risk.customfield.RiskScoreCFType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.mockito.Mockito;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The register's index needs every field it searches to be a module with a <em>sortable</em>
 * searcher (Jira's exact number searcher for numbers, exact text searcher for the owner key: both
 * implement {@code SortableCustomFieldSearcher}), and every {@link AssessmentFacet} to have its
 * field type.
 */
public class RiskIndexFieldModulesTest {

  private static final String PREFIX = "com.atlassian.jira.issue.customfields.searchers.";

  @Test
  public void descriptor_shouldBindEveryIndexFieldToASortableSearcher() throws Exception {
    // given the descriptor's custom field types and searchers
    Document descriptor =
        Xml.parse(BuildPaths.mainResources().resolve(PluginDescriptor.FILE_NAME), false);
    Map<String, Class<?>> types = new HashMap<>();
    Map<String, List<String>> searchers = new HashMap<>();
    for (Element e : Xml.descendants(descriptor.getDocumentElement())) {
      if (Xml.name(e).equals("customfield-type")) {
        types.put(Xml.attribute(e, "key"), Class.forName(Xml.attribute(e, "class")));
      } else if (Xml.name(e).equals("customfield-searcher")) {
        for (Element valid : Xml.children(e, "valid-customfield-type")) {
          searchers
              .computeIfAbsent(Xml.attribute(valid, "key"), k -> new ArrayList<>())
              .add(Xml.attribute(e, "class"));
        }
      }
    }

    // when the index's field types are picked out
    Set<AssessmentFacet> facets = EnumSet.noneOf(AssessmentFacet.class);
    List<String> problems = new ArrayList<>();
    IssueRiskAssessments assessments = Mockito.mock(IssueRiskAssessments.class);
    for (Map.Entry<String, Class<?>> type : types.entrySet()) {
      Class<?> c = type.getValue();
      String expected;
      if (AssessmentFacetCFType.class.isAssignableFrom(c)) {
        AssessmentFacetCFType field =
            (AssessmentFacetCFType)
                c.getConstructor(IssueRiskAssessments.class).newInstance(assessments);
        if (!facets.add(field.facet())) {
          problems.add(type.getKey() + ": facet " + field.facet() + " twice");
        }
        expected = PREFIX + "ExactNumberSearcher";
      } else if (c == RiskScoreCFType.class) {
        expected = PREFIX + "ExactNumberSearcher";
      } else if (c == RiskOwnerCFType.class) {
        expected = PREFIX + "ExactTextSearcher";
      } else {
        continue;
      }
      if (!List.of(expected).equals(searchers.get(type.getKey()))) {
        problems.add(type.getKey() + ": searchers " + searchers.get(type.getKey()));
      }
    }

    // then
    assertThat(problems).isEmpty();
    assertThat(facets).containsExactlyInAnyOrder(AssessmentFacet.values());
  }
}
