package io.lodestar.pmo.engine.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.BandDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.LevelDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.ScaleDraft;
import io.lodestar.pmo.engine.shared.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Fuzzes drafts: valid ones built at random, half of them then broken in one random way. */
class ScoringModelDraftPropertiesTest {

  @Property(tries = 1000)
  void anyDraft_eitherBuildsOrListsViolationsAndNeverThrows(@ForAll("drafts") ScoringModelDraft d) {
    boolean valid = d.validate().isEmpty();
    Statistics.collect(valid ? "valid" : "invalid");
    Outcome<ScoringModel> outcome = d.toModel();
    if (valid) {
      ScoringModel model = outcome.orElseThrow();
      assertThat(ScoringModelDraft.of(model).toModel().orElseThrow()).isEqualTo(model);
      assertThat(ModelPreview.of(model).rows()).hasSize(model.probabilityScale().size());
    } else {
      assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
    }
  }

  @Provide
  Arbitrary<ScoringModelDraft> drafts() {
    return Arbitraries.longs().map(seed -> draft(new Random(seed)));
  }

  private static ScoringModelDraft draft(Random r) {
    ModelKind kind = ModelKind.values()[r.nextInt(3)];
    ScaleDraft p = scale(r);
    ScaleDraft i = scale(r);
    ScaleDraft d = kind == ModelKind.RPN ? scale(r) : null;
    BandingMode mode =
        switch (kind) {
          case FORMULA -> r.nextBoolean() ? BandingMode.CELLS : BandingMode.THRESHOLDS;
          case LOOKUP -> BandingMode.CELLS;
          case RPN -> BandingMode.THRESHOLDS;
        };
    List<String> keys = List.of("low", "medium", "high", "critical").subList(0, 1 + r.nextInt(4));
    List<BandDraft> bands = new ArrayList<>();
    BigDecimal threshold = BigDecimal.ZERO;
    for (String key : keys) {
      bands.add(new BandDraft(key, key.toUpperCase(), "#A0B0C0", threshold));
      threshold = threshold.add(BigDecimal.valueOf(1 + r.nextInt(20), 2));
    }
    List<List<String>> cells = null;
    if (mode == BandingMode.CELLS) {
      cells = new ArrayList<>();
      for (int row = 0; row < p.levels().size(); row++) {
        List<String> cols = new ArrayList<>();
        for (int c = 0; c < i.levels().size(); c++) {
          cols.add(keys.get(r.nextInt(keys.size())));
        }
        cells.add(cols);
      }
    }
    ScoringModelDraft valid =
        new ScoringModelDraft(0, "Model", 0, kind, p, i, d, bands, mode, cells, null);
    return r.nextBoolean() ? valid : mutate(valid, r);
  }

  private static ScaleDraft scale(Random r) {
    int size = 3 + r.nextInt(8);
    List<LevelDraft> levels = new ArrayList<>();
    BigDecimal value = BigDecimal.valueOf(r.nextInt(5), 2);
    for (int n = 1; n <= size; n++) {
      levels.add(new LevelDraft("Level " + n, value));
      value = value.add(BigDecimal.valueOf(1 + r.nextInt(50), 2));
    }
    return new ScaleDraft(levels);
  }

  private static ScoringModelDraft mutate(ScoringModelDraft v, Random r) {
    List<LevelDraft> levels = new ArrayList<>(v.impactScale().levels());
    List<BandDraft> bands = new ArrayList<>(v.bands());
    int at = r.nextInt(levels.size());
    ModelKind kind = v.kind();
    BandingMode mode = v.bandingMode();
    List<List<String>> cells = v.cellBands();
    String name = v.name();
    ScaleDraft detectability = v.detectabilityScale();
    switch (r.nextInt(10)) {
      case 0 -> levels.set(at, new LevelDraft(levels.get(at).label(), null));
      case 1 -> levels.set(at, new LevelDraft("level 1 ", levels.get(at).value()));
      case 2 -> levels.set(at, new LevelDraft(levels.get(at).label(), new BigDecimal("-1")));
      case 3 -> levels.add(new LevelDraft("Extra", BigDecimal.ZERO));
      case 4 -> bands.set(0, new BandDraft("low", "Low", "green", BigDecimal.ZERO));
      case 5 -> bands.add(new BandDraft(bands.get(0).key(), "Dup", "#000", BigDecimal.TEN));
      case 6 -> kind = ModelKind.values()[(kind.ordinal() + 1) % 3];
      case 7 -> mode = mode == BandingMode.CELLS ? BandingMode.THRESHOLDS : BandingMode.CELLS;
      case 8 -> cells = cells == null ? List.of(List.of("low")) : cells.subList(0, 1);
      default -> {
        name = r.nextBoolean() ? " " : null;
        detectability = detectability == null ? new ScaleDraft(levels) : null;
      }
    }
    return new ScoringModelDraft(
        0,
        name,
        0,
        kind,
        v.probabilityScale(),
        new ScaleDraft(levels),
        detectability,
        bands,
        mode,
        cells,
        null);
  }
}
