package io.lodestar.pmo.engine.risk.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Proximity;
import io.lodestar.pmo.engine.risk.ResponseStrategy;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.ThreePointImpact;
import io.lodestar.pmo.engine.risk.mapping.MappingProblem.Kind;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.RpnModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RiskRecordMapperTest {

  static final RiskFieldMapping MAPPING =
      RiskFieldMapping.builder()
          .riskIssueTypeIds(Set.of("10100"))
          .inherent(
              RatingFieldIds.of(
                  "cf_ip",
                  Map.of(ImpactDimension.COST, "cf_ic", ImpactDimension.SCHEDULE, "cf_is")))
          .residual(RatingFieldIds.of("cf_rp", ImpactDimension.COST, "cf_rc"))
          .target(RatingFieldIds.of("cf_tp", ImpactDimension.COST, "cf_tc"))
          .ownerFieldId("cf_owner")
          .reviewDateFieldId("cf_review")
          .categoryFieldId("cf_cat")
          .responseFieldId("cf_resp")
          .kindFieldId("cf_kind")
          .statusFieldId("cf_status")
          .proximityFieldId("cf_prox")
          .cost(ThreePointFieldIds.of("cf_cmin", "cf_cml", "cf_cmax"))
          .schedule(ThreePointFieldIds.of("cf_smin", "cf_sml", "cf_smax"))
          .build();

  private final ScoringModel pmbok = FormulaModel.pmbokDefault();

  static RawRiskRecord record(Map<String, RawValue> fields) {
    return RawRiskRecord.of("ABC-7", "ABC", "Key supplier goes bankrupt", "new", fields);
  }

  @Test
  void map_shouldRateAnOptionByItsExplicitLevel_whateverItsPosition() {
    // given option levels for cf_ip; the host met "Very high" first (position 1)
    RiskFieldMapping mapping =
        MAPPING.toBuilder()
            .optionLevels(Map.of("cf_ip", Map.of("Very high", 5, "High", 4, "Low", 2)))
            .build();

    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_ip", RawValue.option(1, "Very high"))), mapping, pmbok);

    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.risk().inherent().probabilityRank()).hasValue(5);
  }

  @Test
  void map_shouldLeaveTheRatingUnrated_andSayWhy_whenTheOptionHasNoLevel() {
    RiskFieldMapping mapping =
        MAPPING.toBuilder().optionLevels(Map.of("cf_ip", Map.of("High", 4))).build();

    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_ip", RawValue.option(4, "Extreme"))), mapping, pmbok);

    assertThat(mapped.risk().inherent().probabilityRank()).isEmpty();
    assertThat(mapped.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.fieldId()).isEqualTo("cf_ip");
              assertThat(p.kind()).isEqualTo(Kind.UNMAPPED);
              assertThat(p.messageKey())
                  .isEqualTo(io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_OPTION_NO_LEVEL);
              assertThat(p.args()).containsExactly("cf_ip", "Extreme");
            });
  }

  @Test
  void map_shouldNotRateByPosition_whenTheOptionOrderIsUnknown() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_ip", RawValue.unorderedOption("High"))), MAPPING, pmbok);

    assertThat(mapped.risk().inherent().probabilityRank()).isEmpty();
    assertThat(mapped.problems())
        .extracting(MappingProblem::messageKey)
        .containsExactly(io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_OPTION_ORDER_UNKNOWN);
  }

  @Test
  void map_shouldReportOutOfRange_whenAnOptionLevelIsBeyondTheScale() {
    RiskFieldMapping mapping =
        MAPPING.toBuilder().optionLevels(Map.of("cf_ip", Map.of("High", 7))).build();

    MappedRisk mapped =
        RiskRecordMapper.map(record(Map.of("cf_ip", RawValue.option(4, "High"))), mapping, pmbok);

    assertThat(mapped.risk().inherent().probabilityRank()).isEmpty();
    assertThat(mapped.problems())
        .extracting(MappingProblem::kind)
        .containsExactly(Kind.OUT_OF_RANGE);
  }

  @Test
  void fullyFilledRiskIssue_mapsEveryField() {
    Map<String, RawValue> fields = new HashMap<>();
    fields.put("cf_ip", RawValue.option(4, "High"));
    fields.put("cf_ic", RawValue.option(3, "Moderate"));
    fields.put("cf_is", RawValue.option(5, "Very high"));
    fields.put("cf_rp", RawValue.option(2, "Low"));
    fields.put("cf_rc", RawValue.option(2, "Low"));
    fields.put("cf_owner", RawValue.user("jsmith"));
    fields.put("cf_review", RawValue.date(LocalDate.of(2025, 4, 1)));
    fields.put("cf_cat", RawValue.option(1, "Supply chain"));
    fields.put("cf_resp", RawValue.option(2, "Mitigate"));
    fields.put("cf_prox", RawValue.option(2, "Near term"));
    fields.put("cf_cmin", RawValue.number("10000"));
    fields.put("cf_cml", RawValue.number("25000"));
    fields.put("cf_cmax", RawValue.number("80000"));
    RawRiskRecord raw =
        new RawRiskRecord(
            "ABC-7", "ABC", "Key supplier", "indeterminate", fields, List.of("ABC-9"));

    MappedRisk mapped = RiskRecordMapper.map(raw, MAPPING, pmbok);

    assertThat(mapped.problems()).isEmpty();
    Risk risk = mapped.risk();
    assertThat(risk.inherent().probabilityRank()).hasValue(4);
    assertThat(risk.inherent().impactRanks())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ImpactDimension.COST, 3, ImpactDimension.SCHEDULE, 5));
    assertThat(risk.residual().probabilityRank()).hasValue(2);
    assertThat(risk.target().isEmpty()).isTrue();
    assertThat(risk.ownerKey()).isEqualTo("jsmith");
    assertThat(risk.reviewDate()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(risk.category()).isEqualTo("Supply chain");
    assertThat(risk.response()).isEqualTo(ResponseStrategy.MITIGATE);
    assertThat(risk.kind()).isEqualTo(RiskKind.THREAT);
    assertThat(risk.status()).as("indeterminate category").isEqualTo(RiskStatus.MITIGATING);
    assertThat(risk.proximity()).isEqualTo(Proximity.NEAR_TERM);
    assertThat(risk.costImpact()).isEqualTo(ThreePointImpact.of("10000", "25000", "80000"));
    assertThat(risk.scheduleImpact()).isNull();
    assertThat(risk.mitigationKeys()).containsExactly("ABC-9");
  }

  @Test
  void absurdNumbers_areReportedAndLeftOut_insteadOfOverflowingLaterArithmetic() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(
                Map.of(
                    "cf_cmin", RawValue.number(new BigDecimal("1")),
                    "cf_cml", RawValue.number(new BigDecimal("2")),
                    "cf_cmax", RawValue.text("1E999999999"),
                    "cf_ip", RawValue.number(new BigDecimal("1E-999999999")))),
            MAPPING,
            pmbok);

    assertThat(mapped.risk().costImpact()).isNull();
    assertThat(mapped.risk().inherent().probabilityRank()).isEmpty();
    assertThat(mapped.problems()).extracting(MappingProblem::fieldId).contains("cf_cmax", "cf_ip");
    assertThat(mapped.problems())
        .filteredOn(p -> p.fieldId().equals("cf_cmax"))
        .extracting(MappingProblem::messageKey)
        .contains("lodestar.risk.mapping.error.numberTooLarge");
  }

  @Test
  void optionBeyondTheScale_isOutOfRangeAndLeavesTheRatingUnset() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_ip", RawValue.option(6, "Certain"))), MAPPING, pmbok);
    assertThat(mapped.risk().inherent().probabilityRank()).isEmpty();
    assertThat(mapped.problems())
        .containsExactly(
            MappingProblem.of(
                "cf_ip",
                Kind.OUT_OF_RANGE,
                "lodestar.risk.mapping.error.outOfRange",
                "cf_ip",
                6,
                5));
  }

  @Test
  void numberByRank_takesWholeNumbersOneToN() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(
                Map.of(
                    "cf_ip", RawValue.number("3.0"),
                    "cf_ic", RawValue.number("2.5"),
                    "cf_is", RawValue.number("0"))),
            MAPPING,
            pmbok);
    assertThat(mapped.risk().inherent().probabilityRank()).hasValue(3);
    assertThat(mapped.risk().inherent().impactRanks()).isEmpty();
    assertThat(mapped.problems())
        .extracting(MappingProblem::fieldId, MappingProblem::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("cf_ic", Kind.OUT_OF_RANGE),
            org.assertj.core.groups.Tuple.tuple("cf_is", Kind.OUT_OF_RANGE));
  }

  @Test
  void numberByNearestValue_picksTheClosestLevel() {
    RiskFieldMapping nearest =
        MAPPING.toBuilder().numberMapping(NumberMapping.NEAREST_VALUE).build();
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_ip", RawValue.number("0.65"), "cf_ic", RawValue.number("0.3"))),
            nearest,
            pmbok);
    assertThat(mapped.risk().inherent().probabilityRank()).hasValue(4);
    assertThat(mapped.risk().inherent().impactRank(ImpactDimension.COST))
        .as("0.3 is as near 0.2 as 0.4; ties go up")
        .hasValue(4);
    assertThat(mapped.problems()).isEmpty();
  }

  @Test
  void textMatchingALevelLabel_mapsToThatLevel() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_ip", RawValue.text(" very HIGH "), "cf_ic", RawValue.text("Huge"))),
            MAPPING,
            pmbok);
    assertThat(mapped.risk().inherent().probabilityRank()).hasValue(5);
    assertThat(mapped.problems())
        .extracting(MappingProblem::fieldId, MappingProblem::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cf_ic", Kind.UNMAPPED));
  }

  @Test
  void dateInARatingField_isWrongType() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_ip", RawValue.date(LocalDate.of(2025, 1, 1)))), MAPPING, pmbok);
    assertThat(mapped.problems()).extracting(MappingProblem::kind).containsExactly(Kind.WRONG_TYPE);
  }

  @Test
  void opportunityWithMitigateResponse_dropsTheResponseAndSaysWhy() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(
                Map.of(
                    "cf_kind", RawValue.option(2, "Opportunity"),
                    "cf_resp", RawValue.text("mitigate"))),
            MAPPING,
            pmbok);
    assertThat(mapped.risk().kind()).isEqualTo(RiskKind.OPPORTUNITY);
    assertThat(mapped.risk().response()).isNull();
    assertThat(mapped.problems())
        .containsExactly(
            MappingProblem.of(
                "cf_resp",
                Kind.INCONSISTENT,
                "lodestar.risk.mapping.error.responseMismatch",
                "MITIGATE",
                "OPPORTUNITY"));
  }

  @Test
  void kindByPositionWithAnUnusualLabel_isAccepted() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_kind", RawValue.option(2, "Chance"))), MAPPING, pmbok);
    assertThat(mapped.risk().kind()).isEqualTo(RiskKind.OPPORTUNITY);
    assertThat(mapped.problems()).isEmpty();
  }

  @Test
  void statusField_overridesTheStatusCategory() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_status", RawValue.option(5, "Occurred"))), MAPPING, pmbok);
    assertThat(mapped.risk().status()).isEqualTo(RiskStatus.OCCURRED);
  }

  @Test
  void statusCategories_mapToOpenMitigatingClosed() {
    RiskFieldMapping noStatusField = MAPPING.toBuilder().statusFieldId(null).build();
    assertThat(status(noStatusField, "new")).isEqualTo(RiskStatus.OPEN);
    assertThat(status(noStatusField, "indeterminate")).isEqualTo(RiskStatus.MITIGATING);
    assertThat(status(noStatusField, "done")).isEqualTo(RiskStatus.CLOSED);
    assertThat(status(noStatusField, null)).isEqualTo(RiskStatus.OPEN);
    MappedRisk odd =
        RiskRecordMapper.map(
            RawRiskRecord.of("ABC-1", "ABC", "t", "weird", Map.of()), noStatusField, pmbok);
    assertThat(odd.risk().status()).isEqualTo(RiskStatus.OPEN);
    assertThat(odd.problems())
        .extracting(MappingProblem::fieldId)
        .containsExactly("statusCategory");
  }

  private RiskStatus status(RiskFieldMapping mapping, String category) {
    return RiskRecordMapper.map(
            RawRiskRecord.of("ABC-1", "ABC", "t", category, Map.of()), mapping, pmbok)
        .risk()
        .status();
  }

  @Test
  void partialThreePointImpact_isDroppedAsIncomplete() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(Map.of("cf_cml", RawValue.number("5"), "cf_cmax", RawValue.number("9"))),
            MAPPING,
            pmbok);
    assertThat(mapped.risk().costImpact()).isNull();
    assertThat(mapped.problems())
        .containsExactly(
            MappingProblem.of(
                "cf_cmin",
                Kind.INCONSISTENT,
                "lodestar.risk.mapping.error.threePointIncomplete",
                "cf_cmin"));
  }

  @Test
  void threePointImpactOutOfOrder_isDropped() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(
                Map.of(
                    "cf_smin", RawValue.number("5"),
                    "cf_sml", RawValue.number("3"),
                    "cf_smax", RawValue.number("9"))),
            MAPPING,
            pmbok);
    assertThat(mapped.risk().scheduleImpact()).isNull();
    assertThat(mapped.problems())
        .extracting(MappingProblem::messageKey)
        .containsExactly("lodestar.risk.mapping.error.threePoint");
  }

  @Test
  void reviewDateAsIsoText_andProximityAsDays_areAccepted() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(
                Map.of(
                    "cf_review", RawValue.text("2025-06-30"), "cf_prox", RawValue.number("200"))),
            MAPPING,
            pmbok);
    assertThat(mapped.risk().reviewDate()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(mapped.risk().proximity()).isEqualTo(Proximity.LONG_TERM);
    MappedRisk bad =
        RiskRecordMapper.map(
            record(Map.of("cf_review", RawValue.text("next week"))), MAPPING, pmbok);
    assertThat(bad.risk().reviewDate()).isNull();
    assertThat(bad.problems()).extracting(MappingProblem::kind).containsExactly(Kind.WRONG_TYPE);
  }

  @Test
  void rpnModel_readsDetectabilityFromItsField() {
    RiskFieldMapping rpnMapping =
        MAPPING.toBuilder()
            .inherent(
                RatingFieldIds.of("cf_ip", ImpactDimension.QUALITY, "cf_ic")
                    .withDetectability("cf_id"))
            .build();
    MappedRisk mapped =
        RiskRecordMapper.map(
            record(
                Map.of(
                    "cf_ip", RawValue.number("4"),
                    "cf_ic", RawValue.number("8"),
                    "cf_id", RawValue.number("7"))),
            rpnMapping,
            RpnModel.fmeaDefault());
    assertThat(mapped.risk().inherent().detectabilityRank()).hasValue(7);
    assertThat(mapped.risk().inherent().impactRank(ImpactDimension.QUALITY)).hasValue(8);
  }

  @Test
  void missingSummary_becomesAnEmptyTitle() {
    MappedRisk mapped =
        RiskRecordMapper.map(
            RawRiskRecord.of("ABC-1", "ABC", null, "new", Map.of()), MAPPING, pmbok);
    assertThat(mapped.risk().title()).isEmpty();
    assertThat(mapped.isClean()).isTrue();
  }

  @Property(tries = 300)
  void anyRawValuesInAnyField_neverThrow(@ForAll("records") RawRiskRecord raw) {
    MappedRisk mapped = RiskRecordMapper.map(raw, MAPPING, pmbok);
    assertThat(mapped.risk().issueKey()).isEqualTo(raw.issueKey());
    if (mapped.risk().response() != null) {
      assertThat(mapped.risk().response().appliesTo(mapped.risk().kind())).isTrue();
    }
  }

  @Provide
  Arbitrary<RawRiskRecord> records() {
    List<String> fieldIds =
        List.of(
            "cf_ip",
            "cf_ic",
            "cf_is",
            "cf_rp",
            "cf_rc",
            "cf_tp",
            "cf_tc",
            "cf_owner",
            "cf_review",
            "cf_cat",
            "cf_resp",
            "cf_kind",
            "cf_status",
            "cf_prox",
            "cf_cmin",
            "cf_cml",
            "cf_cmax",
            "cf_smin",
            "cf_sml",
            "cf_smax");
    Arbitrary<String> texts =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12),
            Arbitraries.of("Mitigate", "Exploit", "Opportunity", "Closed", "High", "2025-01-01"));
    Arbitrary<RawValue> values =
        Arbitraries.oneOf(
            Combinators.combine(Arbitraries.integers().between(1, 12), texts).as(RawValue::option),
            Arbitraries.bigDecimals()
                .between(new BigDecimal("-5"), new BigDecimal("1000000"))
                .ofScale(2)
                .map(RawValue::number),
            Arbitraries.integers()
                .between(0, 20000)
                .map(d -> RawValue.date(LocalDate.ofEpochDay(d))),
            texts.map(RawValue::user),
            texts.map(RawValue::text));
    Arbitrary<Map<String, RawValue>> fields =
        Arbitraries.maps(Arbitraries.of(fieldIds), values).ofMaxSize(fieldIds.size());
    Arbitrary<String> categories = Arbitraries.of("new", "indeterminate", "done", "odd");
    return Combinators.combine(fields, categories)
        .as((f, c) -> RawRiskRecord.of("ABC-1", "ABC", "t", c, f));
  }
}
