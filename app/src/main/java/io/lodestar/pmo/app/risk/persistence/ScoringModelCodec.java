package io.lodestar.pmo.app.risk.persistence;

import io.lodestar.pmo.app.shared.persistence.PropertiesText;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.scoring.BandingMode;
import io.lodestar.pmo.engine.risk.scoring.ModelKind;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.BandDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.LevelDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.ScaleDraft;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a scoring model's scales, bands and banding into the definition text a host stores with the
 * model (the {@code DEFINITION} column of Jira's Active Objects table and of the sandbox's SQL
 * table) and back.
 *
 * <p>Format 1 ({@link PropertiesText} lines; ranks and band positions are 1-based):
 *
 * <pre>
 * probability.count=5           probability.1.label=Very low   probability.1.value=0.10 ...
 * impact.count=5                impact.1.label=Very low        impact.1.value=0.05 ...
 * detectability.count=10        detectability.1.label=1 ...    (RPN models only)
 * bands.count=4                 bands.1.key=low  bands.1.label=Low  bands.1.colour=#36B37E
 *                               bands.1.threshold=0            (THRESHOLDS banding only)
 * banding=THRESHOLDS | CELLS
 * cells.1=low,low,medium,...    (CELLS banding: band keys of probability rank 1, by impact rank)
 * scores.1=1,2,3,...            (LOOKUP models with configured scores only)
 * </pre>
 *
 * Reading never trusts the database: the text is parsed into a {@link ScoringModelDraft}, which the
 * engine validates in full; an unknown format version, an unknown or malformed entry, or a model
 * the engine refuses is a {@link StoredDataException} naming the row and the problem.
 */
public final class ScoringModelCodec {

  /** The format this codec writes. */
  public static final int FORMAT_VERSION = 1;

  /** More entries than any valid model has; a larger count is corruption, not a model. */
  private static final int MAX_COUNT = 100;

  private static final String PROBABILITY = "probability";
  private static final String IMPACT = "impact";
  private static final String DETECTABILITY = "detectability";
  private static final String BANDS = "bands";
  private static final String BANDING = "banding";
  private static final String CELLS = "cells";
  private static final String SCORES = "scores";

  /**
   * @param model a valid model
   * @return its definition text in format {@link #FORMAT_VERSION}
   */
  public String write(ScoringModel model) {
    ScoringModelDraft draft = ScoringModelDraft.of(model);
    Map<String, String> entries = new LinkedHashMap<>();
    writeScale(entries, PROBABILITY, draft.probabilityScale());
    writeScale(entries, IMPACT, draft.impactScale());
    if (draft.detectabilityScale() != null) {
      writeScale(entries, DETECTABILITY, draft.detectabilityScale());
    }
    List<BandDraft> bands = draft.bands();
    entries.put(BANDS + ".count", Integer.toString(bands.size()));
    for (int i = 0; i < bands.size(); i++) {
      BandDraft band = bands.get(i);
      String prefix = BANDS + "." + (i + 1) + ".";
      entries.put(prefix + "key", band.key());
      entries.put(prefix + "label", band.label());
      entries.put(prefix + "colour", band.colour());
      if (band.lowerThreshold() != null) {
        entries.put(prefix + "threshold", band.lowerThreshold().toPlainString());
      }
    }
    entries.put(BANDING, draft.bandingMode().name());
    writeMatrix(entries, CELLS, draft.cellBands(), s -> s);
    writeMatrix(entries, SCORES, draft.cellScores(), BigDecimal::toPlainString);
    return PropertiesText.write(entries);
  }

  /**
   * Reads a stored model.
   *
   * @param id the row id
   * @param name the NAME column
   * @param kind the KIND column
   * @param version the VERSION column
   * @param formatVersion the FORMAT_VERSION column
   * @param definition the DEFINITION column
   * @return the model, with {@code id} and {@code version}
   * @throws StoredDataException when the row does not hold a valid model
   */
  public ScoringModel read(
      long id, String name, String kind, long version, int formatVersion, String definition) {
    String row = "scoring model " + id;
    if (formatVersion != FORMAT_VERSION) {
      throw new StoredDataException(row + ": unknown format version " + formatVersion);
    }
    if (version < 1) {
      throw new StoredDataException(row + ": version " + version + " is below 1");
    }
    ModelKind modelKind = parseEnum(ModelKind.class, kind, row + ": kind");
    Reader reader = new Reader(row, PropertiesTextReader.read(row, definition));
    ScoringModelDraft draft =
        new ScoringModelDraft(
            id,
            name,
            version,
            modelKind,
            reader.scale(PROBABILITY),
            reader.scale(IMPACT),
            reader.has(DETECTABILITY + ".count") ? reader.scale(DETECTABILITY) : null,
            reader.bands(),
            parseEnum(BandingMode.class, reader.required(BANDING), row + ": " + BANDING),
            reader.matrix(CELLS, s -> s),
            reader.matrix(SCORES, s -> reader.decimal(SCORES, s)));
    reader.requireAllConsumed();
    Outcome<ScoringModel> outcome = draft.toModel();
    if (outcome instanceof Outcome.Invalid<ScoringModel> invalid) {
      throw new StoredDataException(row + " is not a valid model: " + describe(invalid));
    }
    return outcome.orElseThrow();
  }

  static String describe(Outcome.Invalid<?> invalid) {
    return invalid.violations().stream()
        .map(ScoringModelCodec::describe)
        .collect(Collectors.joining("; "));
  }

  private static String describe(Violation v) {
    return (v.field().isEmpty() ? "" : v.field() + ": ") + v.messageKey() + " " + v.args();
  }

  private static void writeScale(Map<String, String> entries, String name, ScaleDraft scale) {
    List<LevelDraft> levels = scale.levels();
    entries.put(name + ".count", Integer.toString(levels.size()));
    for (int i = 0; i < levels.size(); i++) {
      entries.put(name + "." + (i + 1) + ".label", levels.get(i).label());
      entries.put(name + "." + (i + 1) + ".value", levels.get(i).value().toPlainString());
    }
  }

  private static <T> void writeMatrix(
      Map<String, String> entries,
      String name,
      List<List<T>> matrix,
      java.util.function.Function<T, String> format) {
    if (matrix == null || matrix.isEmpty()) {
      return;
    }
    for (int r = 0; r < matrix.size(); r++) {
      entries.put(
          name + "." + (r + 1),
          matrix.get(r).stream().map(format).collect(Collectors.joining(",")));
    }
  }

  static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String what) {
    if (value == null) {
      throw new StoredDataException(what + " is missing");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new StoredDataException(what + ": unknown value '" + value + "'", e);
    }
  }

  /** Reads {@link PropertiesText}, naming the row in the error. */
  static final class PropertiesTextReader {
    private PropertiesTextReader() {}

    static Map<String, String> read(String row, String text) {
      if (text == null) {
        throw new StoredDataException(row + ": the text column is empty");
      }
      try {
        return PropertiesText.read(text);
      } catch (StoredDataException e) {
        throw new StoredDataException(row + ": " + e.getMessage(), e);
      }
    }
  }

  /** Pulls entries out of a parsed definition, remembering which were used. */
  private static final class Reader {
    private final String row;
    private final Map<String, String> entries;
    private final Set<String> consumed = new HashSet<>();

    Reader(String row, Map<String, String> entries) {
      this.row = row;
      this.entries = new TreeMap<>(entries);
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }

    String optional(String key) {
      consumed.add(key);
      return entries.get(key);
    }

    String required(String key) {
      String value = optional(key);
      if (value == null) {
        throw new StoredDataException(row + ": entry '" + key + "' is missing");
      }
      return value;
    }

    int count(String key) {
      String text = required(key);
      try {
        int count = Integer.parseInt(text.strip());
        if (count < 0 || count > MAX_COUNT) {
          throw new StoredDataException(row + ": '" + key + "' is out of range: " + count);
        }
        return count;
      } catch (NumberFormatException e) {
        throw new StoredDataException(row + ": '" + key + "' is not a number: " + text, e);
      }
    }

    BigDecimal decimal(String key, String text) {
      if (text == null) {
        return null;
      }
      try {
        return new BigDecimal(text.strip());
      } catch (NumberFormatException e) {
        throw new StoredDataException(row + ": '" + key + "' is not a number: " + text, e);
      }
    }

    ScaleDraft scale(String name) {
      int count = count(name + ".count");
      List<LevelDraft> levels = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        String prefix = name + "." + i + ".";
        levels.add(
            new LevelDraft(
                optional(prefix + "label"), decimal(prefix + "value", optional(prefix + "value"))));
      }
      return new ScaleDraft(levels);
    }

    List<BandDraft> bands() {
      int count = count(BANDS + ".count");
      List<BandDraft> bands = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        String prefix = BANDS + "." + i + ".";
        bands.add(
            new BandDraft(
                optional(prefix + "key"),
                optional(prefix + "label"),
                optional(prefix + "colour"),
                decimal(prefix + "threshold", optional(prefix + "threshold"))));
      }
      return bands;
    }

    <T> List<List<T>> matrix(String name, java.util.function.Function<String, T> parse) {
      List<List<T>> rows = new ArrayList<>();
      for (int r = 1; r <= MAX_COUNT; r++) {
        String line = optional(name + "." + r);
        if (line == null) {
          break;
        }
        List<T> row = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
          row.add(parse.apply(cell.strip()));
        }
        rows.add(row);
      }
      return rows.isEmpty() ? null : rows;
    }

    void requireAllConsumed() {
      for (String key : entries.keySet()) {
        if (!consumed.contains(key)) {
          throw new StoredDataException(row + ": unknown entry '" + key + "'");
        }
      }
    }
  }
}
