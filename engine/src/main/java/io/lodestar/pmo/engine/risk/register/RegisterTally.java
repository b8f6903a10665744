package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The additive tallies behind a project's heat map and summary: a count (and an amount) per {@link
 * Dimension} and bucket, such that adding a risk's {@link #entriesOf entries} when it appears and
 * subtracting them when it changes or goes keeps them equal to a full recount. A host stores the
 * entries as rows (O(cells + bands + statuses + review dates) of them per project) and rebuilds the
 * heat map and summary from them ({@link #heatMap}, {@link #summary}) without reading any risk.
 */
public final class RegisterTally {

  /** What an entry counts. Persisted by name: never rename a constant. */
  public enum Dimension {
    /** Risks per status; bucket = status name. */
    STATUS,
    /** Risks per kind; bucket = kind name. */
    KIND,
    /** Active risks per current band; bucket = band key, {@value #UNRATED} for unrated. */
    ACTIVE_BAND,
    /** Risks per inherent cell; bucket = {@code p,i}, {@value #UNRATED} for unrated. */
    INHERENT_CELL,
    /** Risks per residual cell; bucket = {@code p,i}, {@value #UNRATED} for unrated. */
    RESIDUAL_CELL,
    /** Active risks with a review date, per date; bucket = ISO date (sorts as the date). */
    ACTIVE_REVIEW_DATE,
    /** Active risks above appetite; bucket = {@value #UNRATED} (one bucket). */
    ACTIVE_ABOVE_APPETITE,
    /** Active risks with an EMV, per kind; amount = Σ EMV; bucket = kind name. */
    ACTIVE_EMV
  }

  /** The bucket of unrated risks (and of single-bucket dimensions). */
  public static final String UNRATED = "-";

  /**
   * One tally row.
   *
   * @param dimension what it counts
   * @param bucket which value; never null
   * @param count how many risks
   * @param amount Σ of the dimension's amount (EMV); zero where none
   */
  public record Entry(Dimension dimension, String bucket, long count, BigDecimal amount) {
    public Entry {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(bucket, "bucket");
      Objects.requireNonNull(amount, "amount");
    }

    /** This entry negated: what subtracting a risk adds. */
    public Entry negated() {
      return new Entry(dimension, bucket, -count, amount.negate());
    }
  }

  private RegisterTally() {}

  /** The entries one risk adds to its project's tally (each with count 1). */
  public static List<Entry> entriesOf(MaterialisedAssessment risk) {
    List<Entry> entries = new ArrayList<>(8);
    entries.add(one(Dimension.STATUS, risk.status().name()));
    entries.add(one(Dimension.KIND, risk.kind().name()));
    entries.add(one(Dimension.INHERENT_CELL, cellBucket(risk.inherentCell())));
    entries.add(one(Dimension.RESIDUAL_CELL, cellBucket(risk.residualCell())));
    if (risk.status().isActive()) {
      entries.add(
          one(
              Dimension.ACTIVE_BAND,
              risk.currentBandKey() == null ? UNRATED : risk.currentBandKey()));
      if (risk.reviewDate() != null) {
        entries.add(one(Dimension.ACTIVE_REVIEW_DATE, risk.reviewDate().toString()));
      }
      if (risk.aboveAppetite()) {
        entries.add(one(Dimension.ACTIVE_ABOVE_APPETITE, UNRATED));
      }
      if (risk.emv() != null) {
        entries.add(new Entry(Dimension.ACTIVE_EMV, risk.kind().name(), 1, risk.emv()));
      }
    }
    return List.copyOf(entries);
  }

  /** The bucket of a cell: {@code p,i}, or {@value #UNRATED}. */
  public static String cellBucket(Cell cell) {
    return cell == null ? UNRATED : cell.probabilityRank() + "," + cell.impactRank();
  }

  /**
   * The heat map of a tally's entries for a {@code rows × columns} matrix. Cells outside the matrix
   * (a stale tally) are a bug: the host answers from a tally only for the settings it was built
   * with.
   */
  public static HeatMap heatMap(List<Entry> entries, int rows, int columns) {
    long[][] inherent = new long[rows][columns];
    long[][] residual = new long[rows][columns];
    long inherentUnrated = 0;
    long residualUnrated = 0;
    long total = 0;
    for (Entry e : entries) {
      switch (e.dimension()) {
        case STATUS -> total += e.count();
        case INHERENT_CELL -> {
          if (e.bucket().equals(UNRATED)) {
            inherentUnrated += e.count();
          } else {
            add(inherent, e, rows, columns);
          }
        }
        case RESIDUAL_CELL -> {
          if (e.bucket().equals(UNRATED)) {
            residualUnrated += e.count();
          } else {
            add(residual, e, rows, columns);
          }
        }
        default -> {}
      }
    }
    List<HeatMap.HeatMapCell> cells = new ArrayList<>(rows * columns);
    for (int p = rows; p >= 1; p--) {
      for (int i = 1; i <= columns; i++) {
        cells.add(
            new HeatMap.HeatMapCell(Cell.of(p, i), inherent[p - 1][i - 1], residual[p - 1][i - 1]));
      }
    }
    return new HeatMap(rows, columns, cells, inherentUnrated, residualUnrated, total);
  }

  private static void add(long[][] counts, Entry e, int rows, int columns) {
    int comma = e.bucket().indexOf(',');
    int p = Integer.parseInt(e.bucket().substring(0, comma));
    int i = Integer.parseInt(e.bucket().substring(comma + 1));
    if (p < 1 || p > rows || i < 1 || i > columns) {
      throw new IllegalArgumentException("cell " + e.bucket() + " outside " + rows + "×" + columns);
    }
    counts[p - 1][i - 1] += e.count();
  }

  /**
   * The summary of a tally's entries on {@code asOf} with {@code hidden} as its hidden count and no
   * top risks (the host pages those by score). EMV sums have 2 decimals, as the walk's.
   */
  public static RegisterSummary summary(List<Entry> entries, LocalDate asOf, long hidden) {
    Map<RiskStatus, Long> byStatus = new EnumMap<>(RiskStatus.class);
    for (RiskStatus s : RiskStatus.values()) {
      byStatus.put(s, 0L);
    }
    Map<RiskKind, Long> byKind = new EnumMap<>(RiskKind.class);
    for (RiskKind k : RiskKind.values()) {
      byKind.put(k, 0L);
    }
    Map<String, Long> activeByBand = new TreeMap<>();
    long total = 0;
    long activeUnrated = 0;
    long overdue = 0;
    long above = 0;
    BigDecimal threatEmv = BigDecimal.ZERO;
    BigDecimal opportunityEmv = BigDecimal.ZERO;
    long threats = 0;
    long opportunities = 0;
    String today = asOf.toString();
    for (Entry e : entries) {
      switch (e.dimension()) {
        case STATUS -> {
          byStatus.merge(RiskStatus.valueOf(e.bucket()), e.count(), Long::sum);
          total += e.count();
        }
        case KIND -> byKind.merge(RiskKind.valueOf(e.bucket()), e.count(), Long::sum);
        case ACTIVE_BAND -> {
          if (e.bucket().equals(UNRATED)) {
            activeUnrated += e.count();
          } else if (e.count() != 0) {
            activeByBand.merge(e.bucket(), e.count(), Long::sum);
          }
        }
        case ACTIVE_REVIEW_DATE -> {
          if (e.bucket().compareTo(today) < 0) {
            overdue += e.count();
          }
        }
        case ACTIVE_ABOVE_APPETITE -> above += e.count();
        case ACTIVE_EMV -> {
          if (e.bucket().equals(RiskKind.THREAT.name())) {
            threatEmv = threatEmv.add(e.amount());
            threats += e.count();
          } else {
            opportunityEmv = opportunityEmv.add(e.amount());
            opportunities += e.count();
          }
        }
        default -> {}
      }
    }
    activeByBand.values().removeIf(n -> n == 0);
    return new RegisterSummary(
        total,
        hidden,
        byStatus,
        byKind,
        activeByBand,
        activeUnrated,
        overdue,
        above,
        threats == 0 ? BigDecimal.ZERO : threatEmv.setScale(2, RoundingMode.UNNECESSARY),
        opportunities == 0 ? BigDecimal.ZERO : opportunityEmv.setScale(2, RoundingMode.UNNECESSARY),
        List.of());
  }

  /** The entries of {@code risks} summed per (dimension, bucket): a full recount. */
  public static List<Entry> recount(List<MaterialisedAssessment> risks) {
    Map<Dimension, Map<String, Entry>> sums = new EnumMap<>(Dimension.class);
    for (MaterialisedAssessment risk : risks) {
      for (Entry e : entriesOf(risk)) {
        sums.computeIfAbsent(e.dimension(), d -> new TreeMap<>())
            .merge(
                e.bucket(),
                e,
                (a, b) ->
                    new Entry(
                        a.dimension(),
                        a.bucket(),
                        a.count() + b.count(),
                        a.amount().add(b.amount())));
      }
    }
    List<Entry> result = new ArrayList<>();
    sums.values().forEach(m -> result.addAll(m.values()));
    return List.copyOf(result);
  }

  private static Entry one(Dimension dimension, String bucket) {
    return new Entry(dimension, bucket, 1, BigDecimal.ZERO);
  }
}
