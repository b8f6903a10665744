package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.host.FieldOptions;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.mapping.MappedRisk;
import io.lodestar.pmo.engine.risk.mapping.MappingProblem;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.importer.JiraImporter;
import io.lodestar.pmo.sandbox.shared.server.SandboxFieldCatalog;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ratings of imported risks: exports carry option labels only, so an imported select field's
 * order is unknown until a field-options file gives it, and a risk is rated through the mapping's
 * explicit option levels, never through the order in which the import met the options ("Very high"
 * met first must not rate as the lowest level).
 */
class ImportedRatingsTest {

  private static final String A = "https://jira-a.example.com";
  private static final String PROBABILITY = "s1.customfield_10200";
  private static final String IMPACT = "s1.customfield_10201";

  private final SandboxStore store = TestData.newStore();
  private final JiraImporter importer = new JiraImporter(store);
  private final SqlRiskSource target = new SqlRiskSource(store);
  private final ScoringModel pmbok = FormulaModel.pmbokDefault();

  private final RiskFieldMapping.Builder mapping =
      RiskFieldMapping.builder()
          .riskIssueTypeIds(Set.of("s1.10000"))
          .inherent(RatingFieldIds.of(PROBABILITY, ImpactDimension.COST, IMPACT));

  @AfterEach
  void close() {
    store.close();
  }

  private MappedRisk risk1(RiskFieldMapping m) {
    List<RawRiskRecord> records = target.page(null, "RISK", m, 0, 50).records();
    RawRiskRecord record =
        records.stream().filter(r -> r.issueKey().equals("RISK-1")).findFirst().orElseThrow();
    return RiskRecordMapper.map(record, m, pmbok);
  }

  @Test
  void map_shouldLeaveAnImportedRiskUnrated_andSayWhy_whenTheOptionOrderIsUnknown() {
    importer.importFile(fixture("instance-a-v2.json"));

    MappedRisk mapped = risk1(mapping.build());

    assertThat(mapped.risk().inherent().probabilityRank()).isEmpty();
    assertThat(mapped.problems())
        .extracting(MappingProblem::messageKey)
        .containsOnly(RiskMessageKeys.MAPPING_OPTION_ORDER_UNKNOWN);
  }

  @Test
  void map_shouldRateByTheExplicitLevels_whateverTheOrderTheImportMetTheOptionsIn() {
    importer.importFile(fixture("instance-a-v2.json"));
    RiskFieldMapping m =
        mapping
            .optionLevels(
                Map.of(
                    PROBABILITY, Map.of("Very low", 1, "Low", 2, "High", 4, "Very high", 5),
                    IMPACT, Map.of("Moderate", 3, "High", 4)))
            .build();

    MappedRisk mapped = risk1(m);

    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.risk().inherent().probabilityRank()).hasValue(5);
    assertThat(mapped.risk().inherent().impactRanks()).containsEntry(ImpactDimension.COST, 4);
  }

  @Test
  void map_shouldRateByJirasOrder_onceAFieldOptionsFileGaveIt() {
    importer.importAll(
        List.of(fixture("instance-a-v2.json")),
        null,
        List.of(fixture("instance-a-createmeta.json")));
    importer.importFieldOptions(fixture("customfield_10201-options.json"), A);

    MappedRisk mapped = risk1(mapping.build());

    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.risk().inherent().probabilityRank()).hasValue(5);
    assertThat(mapped.risk().inherent().impactRanks()).containsEntry(ImpactDimension.COST, 4);
  }

  @Test
  void options_shouldListAnImportedFieldsOptions_orderedOnlyOnceTheOrderIsKnown() {
    SandboxFieldCatalog catalog = new SandboxFieldCatalog(store, (key, args) -> key);
    importer.importFile(fixture("instance-a-v2.json"));

    FieldOptions before = catalog.options(PROBABILITY);
    importer.importFieldOptions(fixture("instance-a-createmeta.json"), null);
    FieldOptions after = catalog.options(PROBABILITY);

    assertThat(before.ordered()).isFalse();
    assertThat(before.labels()).containsExactlyInAnyOrder("Very high", "Low");
    assertThat(after.ordered()).isTrue();
    assertThat(after.labels()).containsExactly("Very low", "Low", "Moderate", "High", "Very high");
  }

  private static Path fixture(String name) {
    try {
      return Path.of(ImportedRatingsTest.class.getResource("/import/sources/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
