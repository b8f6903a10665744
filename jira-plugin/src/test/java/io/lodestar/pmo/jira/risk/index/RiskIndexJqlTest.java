package io.lodestar.pmo.jira.risk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.register.CellCriterion;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.register.RegisterSort.Direction;
import io.lodestar.pmo.engine.risk.register.RegisterSort.Field;
import io.lodestar.pmo.jira.risk.customfield.AssessmentFacet;
import io.lodestar.pmo.jira.risk.index.RiskIndexFields.Fields;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class RiskIndexJqlTest {

  private static final String BASE = "project = 10000 AND issuetype in (10500)";

  private static Fields fields() {
    Map<AssessmentFacet, String> facets = new EnumMap<>(AssessmentFacet.class);
    int id = 3;
    for (AssessmentFacet f : AssessmentFacet.values()) {
      facets.put(f, "cf[" + id++ + "]");
    }
    return new Fields("cf[1]", "cf[2]", facets);
  }

  @Test
  public void risks_shouldNameProjectAndTypesById_whenTypeIdsAreNumeric() {
    assertThat(RiskIndexJql.risks(10000, Set.of("10501", "10500")))
        .isEqualTo("project = 10000 AND issuetype in (10500, 10501)");
  }

  @Test
  public void risks_shouldQuoteATypeId_whenItIsNotANumber() {
    assertThat(RiskIndexJql.risks(1, List.of("Risk\") OR (project = 2")))
        .isEqualTo("project = 1 AND issuetype in (\"Risk\\\") OR (project = 2\")");
  }

  @Test
  public void risks_shouldRefuse_whenNoRiskIssueType() {
    assertThatThrownBy(() -> RiskIndexJql.risks(1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void filtered_shouldBeTheBase_whenTheFilterIsEmpty() {
    assertThat(RiskIndexJql.filtered(BASE, fields(), RegisterFilter.ALL, 0)).isEqualTo(BASE);
  }

  @Test
  public void filtered_shouldAddOneTermPerCriterion_whenEveryCriterionIsSet() {
    // given
    RegisterFilter filter =
        RegisterFilter.ALL
            .withStatuses(Set.of(RiskStatus.CLOSED, RiskStatus.OPEN))
            .withOwner("JIRAUSER10100")
            .withBand("high")
            .overdueAsOf(LocalDate.of(1970, 1, 11))
            .inCell(CellCriterion.of(RiskState.RESIDUAL, 3, 4));

    // when
    String jql = RiskIndexJql.filtered(BASE, fields(), filter, 3);

    // then
    assertThat(jql)
        .isEqualTo(
            BASE
                + " AND cf[3] in (1, 4)"
                + " AND cf[2] = \"JIRAUSER10100\""
                + " AND cf[5] = 3"
                + " AND cf[3] in (1, 2, 3) AND cf[8] < 10"
                + " AND cf[7] = 304");
  }

  @Test
  public void filtered_shouldUseTheInherentCellField_whenTheCellIsInherent() {
    RegisterFilter filter = RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.INHERENT, 1, 5));
    assertThat(RiskIndexJql.filtered(BASE, fields(), filter, 0))
        .isEqualTo(BASE + " AND cf[6] = 105");
  }

  @Test
  public void supports_shouldBeFalse_whenTheCellIsOfTheTargetState() {
    assertThat(
            RiskIndexJql.supports(
                RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.TARGET, 1, 1))))
        .isFalse();
    assertThat(RiskIndexJql.supports(RegisterFilter.ALL)).isTrue();
  }

  @Test
  public void order_shouldSplitIntoRatedThenUnratedByKey_whenSortedByScore() {
    RiskIndexJql.Order order =
        RiskIndexJql.order(fields(), RegisterSort.of(Field.SCORE, Direction.DESC));
    assertThat(order.first(BASE))
        .isEqualTo(BASE + " AND cf[1] is not EMPTY ORDER BY cf[1] DESC, key ASC");
    assertThat(order.second(BASE)).isEqualTo(BASE + " AND cf[1] is EMPTY ORDER BY key ASC");
    assertThat(order.missingWhere(BASE)).isEqualTo(BASE + " AND cf[1] is EMPTY");
  }

  @Test
  public void order_shouldSplitOnTheReviewDay_whenSortedByReviewDate() {
    RiskIndexJql.Order order =
        RiskIndexJql.order(fields(), RegisterSort.of(Field.REVIEW_DATE, Direction.ASC));
    assertThat(order.first(BASE))
        .isEqualTo(BASE + " AND cf[8] is not EMPTY ORDER BY cf[8] ASC, key ASC");
  }

  @Test
  public void order_shouldBeOnePart_whenSortedByKeyOrTitle() {
    assertThat(RiskIndexJql.order(fields(), RegisterSort.of(Field.KEY, Direction.DESC)).first(BASE))
        .isEqualTo(BASE + " ORDER BY key DESC");
    RiskIndexJql.Order title =
        RiskIndexJql.order(fields(), RegisterSort.of(Field.TITLE, Direction.ASC));
    assertThat(title.split()).isFalse();
    assertThat(title.first(BASE)).isEqualTo(BASE + " ORDER BY summary ASC, key ASC");
  }

  @Test
  public void worstFirst_shouldOrderActiveRatedRisksByScoreThenBand() {
    assertThat(RiskIndexJql.worstFirst(BASE, fields()))
        .isEqualTo(
            BASE
                + " AND cf[3] in (1, 2, 3) AND cf[1] is not EMPTY"
                + " ORDER BY cf[1] DESC, cf[5] DESC, key ASC");
  }

  @Test
  public void after_shouldPageByKey_whenALastKeyIsGiven() {
    assertThat(RiskIndexJql.after(BASE, null)).isEqualTo(BASE + " ORDER BY key ASC");
    assertThat(RiskIndexJql.after(BASE, "ALPHA-200"))
        .isEqualTo(BASE + " AND issuekey > \"ALPHA-200\" ORDER BY key ASC");
  }

  @Test
  public void keys_shouldQuoteEveryKey() {
    assertThat(RiskIndexJql.keys(BASE, List.of("A-1", "B-2")))
        .isEqualTo(BASE + " AND issuekey in (\"A-1\", \"B-2\")");
  }

  @Test
  public void quote_shouldEscapeQuotesBackslashesAndControlCharacters_soTheLiteralNeverEnds() {
    assertThat(RiskIndexJql.quote("plain")).isEqualTo("\"plain\"");
    assertThat(RiskIndexJql.quote("a\"b")).isEqualTo("\"a\\\"b\"");
    assertThat(RiskIndexJql.quote("a'b")).isEqualTo("\"a\\'b\"");
    assertThat(RiskIndexJql.quote("a\\")).isEqualTo("\"a\\\\\"");
    assertThat(RiskIndexJql.quote("a\nb\u0000")).isEqualTo("\"a\\u000ab\\u0000\"");
    assertThat(RiskIndexJql.quote("ü €")).isEqualTo("\"ü €\"");
  }

  @Test
  public void quote_shouldRoundTripThroughAJqlDecoder_whateverTheText() {
    for (String text :
        List.of("\" OR project = 1 OR \"", "\\\" OR 1=1", "x\\", "line\r\nnext", "tab\there")) {
      String quoted = RiskIndexJql.quote(text);
      // the literal opens and closes exactly once: no unescaped quote inside
      assertThat(unescapedQuotes(quoted.substring(1, quoted.length() - 1))).isZero();
      assertThat(FakeJiraSearch.literal(quoted)).isEqualTo(text);
    }
  }

  private static int unescapedQuotes(String inner) {
    int quotes = 0;
    for (int i = 0; i < inner.length(); i++) {
      if (inner.charAt(i) == '\\') {
        i++;
      } else if (inner.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes;
  }
}
