package io.lodestar.pmo.app.risk.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.risk.web.LevelView;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.MitigationProgress;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class RiskPanelViewsTest {

  private static final WebText TEXT =
      new WebText((key, args) -> args.length == 0 ? key : key + Arrays.toString(args));

  private final ProjectRiskContext context =
      new ProjectRiskContext(
          RiskProjectSettings.of(
              1, RiskFieldMapping.builder().riskIssueTypeIds(Set.of("10100")).build(), null),
          FormulaModel.pmbokDefault().withIdentity(1, 1));

  @Test
  public void ofRisk_shouldShowCurrentInherentResidualAndTheCurrentCell_whenRated() {
    // given: inherent P5 x I5 (0.72 high), residual P4 x I4 (0.28 high)
    AssessedRisk risk =
        context
            .assessor()
            .assess(
                Risk.builder("ALPHA-7", "ALPHA", "Supplier fails")
                    .inherent(RiskRating.of(5, ImpactDimension.COST, 5))
                    .residual(RiskRating.of(4, ImpactDimension.COST, 4))
                    .build());

    // when
    RiskPanelView view =
        RiskPanelViews.ofRisk(risk, context, new MitigationProgress(1, 4, 2), 2, TEXT);

    // then
    assertThat(view.risk()).isTrue();
    assertThat(view.inherent()).isEqualTo(new LevelView("0.72", "High", "#DE350B", true));
    assertThat(view.current()).isEqualTo(view.residual());
    assertThat(view.residual().score()).isEqualTo("0.28");
    assertThat(view.mitigation()).isEqualTo("lodestar.risk.panel.mitigation.progress[1, 4]");
    assertThat(view.mitigationPercent()).isEqualTo(25);
    assertThat(view.hiddenNotice()).isEqualTo("lodestar.risk.panel.hidden[2]");
    // one current cell: row P4 (second from the top), column I4
    long current = view.matrix().stream().flatMap(List::stream).filter(c -> c.current()).count();
    assertThat(current).isEqualTo(1);
    assertThat(view.matrix().get(1).get(3).current()).isTrue();
  }

  @Test
  public void ofLinkedRisks_shouldLinkEachRiskToItsIssueView_withoutLevels() {
    // given
    LinkedIssue linked =
        new LinkedIssue("RISK-1", "RISK", "Supplier fails", "10100", false, "Mitigates", false);

    // when
    RiskPanelView view = RiskPanelViews.ofLinkedRisks(List.of(linked), 0, "/jira", TEXT);

    // then
    assertThat(view.risk()).isFalse();
    assertThat(view.linkedRisks())
        .containsExactly(
            new RiskPanelView.LinkedRiskView("RISK-1", "Supplier fails", "/jira/browse/RISK-1"));
    assertThat(view.hasHidden()).isFalse();
    assertThat(view.current().rated()).isFalse();
  }

  @Test
  public void fieldViews_shouldGiveTheCurrentScoreAndLevel_asTheCalculatedFieldsShowThem() {
    // given
    AssessedRisk risk =
        context
            .assessor()
            .assess(
                Risk.builder("ALPHA-7", "ALPHA", "Supplier fails")
                    .inherent(RiskRating.of(5, ImpactDimension.COST, 5))
                    .build());

    // when
    Map<String, Object> level = RiskFieldViews.levelContext(risk);
    Map<String, Object> score = RiskFieldViews.scoreContext(risk);

    // then
    assertThat(level).containsEntry("value", "High");
    assertThat(((LevelView) level.get("lodestarLevel")).colour()).isEqualTo("#DE350B");
    assertThat(score).containsEntry("value", 0.72);
    assertThat(RiskFieldViews.levelContext(null)).isEmpty();
  }
}
