package io.lodestar.pmo.engine.risk.mapping;

import static io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_NUMBER_TOO_LARGE;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_OPTION_NO_LEVEL;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_OPTION_ORDER_UNKNOWN;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_OUT_OF_RANGE;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_RESPONSE_MISMATCH;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_THREE_POINT;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_THREE_POINT_INCOMPLETE;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_UNMAPPED;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.MAPPING_WRONG_TYPE;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Proximity;
import io.lodestar.pmo.engine.risk.ResponseStrategy;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.ThreePointImpact;
import io.lodestar.pmo.engine.risk.exposure.ThreePointEstimate;
import io.lodestar.pmo.engine.risk.mapping.MappingProblem.Kind;
import io.lodestar.pmo.engine.risk.mapping.RawValue.DateValue;
import io.lodestar.pmo.engine.risk.mapping.RawValue.NumberValue;
import io.lodestar.pmo.engine.risk.mapping.RawValue.OptionValue;
import io.lodestar.pmo.engine.risk.mapping.RawValue.TextValue;
import io.lodestar.pmo.engine.risk.mapping.RawValue.UserValue;
import io.lodestar.pmo.engine.risk.scoring.Scale;
import io.lodestar.pmo.engine.risk.scoring.ScaleLevel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps a {@link RawRiskRecord} to a {@link Risk} under a {@link RiskFieldMapping} and the project's
 * {@link ScoringModel}, purely. It never throws on bad data: whatever cannot be read is left unset
 * and reported as a {@link MappingProblem}. Absent values are not problems.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>Rating fields</b> (probability, impact per dimension, detectability): a select option →
 *       the level the mapping's option levels name for it (a field with option levels but none for
 *       this option: UNMAPPED, "no level"); for a field without option levels, option position k →
 *       rank k (position beyond the scale: OUT_OF_RANGE; position unknown, as for an imported field
 *       whose order was never listed: UNMAPPED, "order unknown"); number → per {@link
 *       NumberMapping} (RANK: whole number 1..N, else OUT_OF_RANGE; NEAREST_VALUE: nearest level,
 *       ties up); text equal to a level label ignoring case → that level (else UNMAPPED); other
 *       types WRONG_TYPE. Probability uses the model's probability scale (RPN: occurrence), impacts
 *       its impact scale (RPN: severity); detectability is read only for RPN models.
 *   <li><b>Owner</b>: user → key, text → taken as a user key. <b>Review date</b>: date, or ISO text
 *       {@code yyyy-MM-dd}. <b>Category</b>: option label or text.
 *   <li><b>Kind</b>: label "threat"/"opportunity" (option or text, ignoring case) or option
 *       position 1/2; absent or not mapped → THREAT.
 *   <li><b>Status</b>: the status field's label as a {@link RiskStatus} name when mapped and
 *       present; otherwise from the Jira status category: {@code new} → OPEN, {@code indeterminate}
 *       → MITIGATING, {@code done} → CLOSED, unknown/absent → OPEN (an unknown category is UNMAPPED
 *       on pseudo field {@code statusCategory}).
 *   <li><b>Response</b>: label as a {@link ResponseStrategy} name ignoring case, blanks and
 *       underscores; a strategy that does not apply to the kind is dropped (INCONSISTENT).
 *   <li><b>Proximity</b>: option position 1..4 or label as a {@link Proximity} name; number = days
 *       → {@link Proximity#ofDays(long)}.
 *   <li><b>Three-point impacts</b>: the three numbers must all be present (else INCONSISTENT on the
 *       missing fields, impact dropped) and satisfy 0 ≤ min ≤ most likely ≤ max (else
 *       INCONSISTENT).
 * </ul>
 */
public final class RiskRecordMapper {

  /** The largest magnitude a mapped number may have: the simulator's limit. */
  static final BigDecimal LARGEST_NUMBER = BigDecimal.valueOf(ThreePointEstimate.LARGEST);

  /** The most decimal places a mapped number may carry. */
  static final int MAX_DECIMALS = 20;

  /** Pseudo field id used for problems with the Jira status category. */
  public static final String STATUS_CATEGORY = "statusCategory";

  private final RawRiskRecord raw;
  private final RiskFieldMapping mapping;
  private final ScoringModel model;
  private final List<MappingProblem> problems = new ArrayList<>();

  private RiskRecordMapper(RawRiskRecord raw, RiskFieldMapping mapping, ScoringModel model) {
    this.raw = raw;
    this.mapping = mapping;
    this.model = model;
  }

  /** Maps one record; see the class comment. Never throws on bad data. */
  public static MappedRisk map(RawRiskRecord raw, RiskFieldMapping mapping, ScoringModel model) {
    return new RiskRecordMapper(raw, mapping, model).map();
  }

  private MappedRisk map() {
    RiskKind kind = kind();
    Risk.Builder builder =
        Risk.builder(raw.issueKey(), raw.projectKey(), raw.summary() == null ? "" : raw.summary())
            .kind(kind)
            .status(status())
            .owner(owner())
            .category(label(mapping.categoryFieldId()))
            .reviewDate(reviewDate())
            .proximity(proximity())
            .inherent(rating(mapping.inherent()))
            .residual(rating(mapping.residual()))
            .target(rating(mapping.target()))
            .response(response(kind))
            .mitigationKeys(raw.mitigationKeys())
            .costImpact(threePoint(mapping.cost()))
            .scheduleImpact(threePoint(mapping.schedule()));
    return new MappedRisk(builder.build(), problems);
  }

  private RiskRating rating(RatingFieldIds fields) {
    RiskRating rating = RiskRating.UNRATED;
    OptionalInt p = rank(fields.probabilityFieldId(), model.probabilityScale());
    if (p.isPresent()) {
      rating = rating.withProbability(p.getAsInt());
    }
    for (Map.Entry<ImpactDimension, String> e : fields.impactFieldIds().entrySet()) {
      OptionalInt i = rank(e.getValue(), model.impactScale());
      if (i.isPresent()) {
        rating = rating.withImpact(e.getKey(), i.getAsInt());
      }
    }
    Optional<Scale> detectability = model.detectability();
    if (detectability.isPresent()) {
      OptionalInt d = rank(fields.detectabilityFieldId(), detectability.get());
      if (d.isPresent()) {
        rating = rating.withDetectability(d.getAsInt());
      }
    }
    return rating;
  }

  private OptionalInt rank(String fieldId, Scale scale) {
    RawValue value = raw.field(fieldId);
    if (value == null) {
      return OptionalInt.empty();
    }
    if (value instanceof OptionValue o) {
      OptionalInt level = mapping.optionLevel(fieldId, o.label());
      if (level != null) {
        if (level.isEmpty()) {
          problem(fieldId, Kind.UNMAPPED, MAPPING_OPTION_NO_LEVEL, fieldId, o.label());
          return level;
        }
        return scale.contains(level.getAsInt())
            ? level
            : outOfRange(fieldId, level.getAsInt(), scale);
      }
      if (o.position() == OptionValue.UNKNOWN_POSITION) {
        problem(fieldId, Kind.UNMAPPED, MAPPING_OPTION_ORDER_UNKNOWN, fieldId, o.label());
        return OptionalInt.empty();
      }
      if (scale.contains(o.position())) {
        return OptionalInt.of(o.position());
      }
      return outOfRange(fieldId, o.position(), scale);
    }
    if (value instanceof NumberValue n) {
      if (tooLarge(fieldId, n.value())) {
        return OptionalInt.empty();
      }
      if (mapping.numberMapping() == NumberMapping.NEAREST_VALUE) {
        return OptionalInt.of(scale.nearestRank(n.value()));
      }
      BigDecimal v = n.value();
      if (v.signum() > 0
          && v.stripTrailingZeros().scale() <= 0
          && v.compareTo(BigDecimal.valueOf(scale.size())) <= 0) {
        return OptionalInt.of(v.intValueExact());
      }
      return outOfRange(fieldId, v, scale);
    }
    if (value instanceof TextValue t) {
      String wanted = t.value().strip();
      for (ScaleLevel level : scale.levels()) {
        if (level.label().strip().equalsIgnoreCase(wanted)) {
          return OptionalInt.of(level.rank());
        }
      }
      problem(fieldId, Kind.UNMAPPED, MAPPING_UNMAPPED, fieldId, t.value());
      return OptionalInt.empty();
    }
    wrongType(fieldId, "option|number|text");
    return OptionalInt.empty();
  }

  private OptionalInt outOfRange(String fieldId, Object value, Scale scale) {
    problem(fieldId, Kind.OUT_OF_RANGE, MAPPING_OUT_OF_RANGE, fieldId, value, scale.size());
    return OptionalInt.empty();
  }

  private RiskKind kind() {
    String fieldId = mapping.kindFieldId();
    RawValue value = raw.field(fieldId);
    if (value == null) {
      return RiskKind.THREAT;
    }
    String label = labelOf(fieldId, value);
    if (label != null) {
      for (RiskKind k : RiskKind.values()) {
        if (k.name().equalsIgnoreCase(label.strip())) {
          return k;
        }
      }
      if (value instanceof OptionValue o
          && o.position() != OptionValue.UNKNOWN_POSITION
          && o.position() <= RiskKind.values().length) {
        return RiskKind.values()[o.position() - 1];
      }
      problem(fieldId, Kind.UNMAPPED, MAPPING_UNMAPPED, fieldId, label);
    }
    return RiskKind.THREAT;
  }

  private RiskStatus status() {
    String fieldId = mapping.statusFieldId();
    RawValue value = raw.field(fieldId);
    if (value != null) {
      String label = labelOf(fieldId, value);
      if (label != null) {
        RiskStatus status = byName(RiskStatus.class, label);
        if (status != null) {
          return status;
        }
        problem(fieldId, Kind.UNMAPPED, MAPPING_UNMAPPED, fieldId, label);
      }
    }
    String category = raw.statusCategoryKey();
    if (category == null) {
      return RiskStatus.OPEN;
    }
    switch (category) {
      case "new":
        return RiskStatus.OPEN;
      case "indeterminate":
        return RiskStatus.MITIGATING;
      case "done":
        return RiskStatus.CLOSED;
      default:
        problem(STATUS_CATEGORY, Kind.UNMAPPED, MAPPING_UNMAPPED, STATUS_CATEGORY, category);
        return RiskStatus.OPEN;
    }
  }

  private ResponseStrategy response(RiskKind kind) {
    String fieldId = mapping.responseFieldId();
    RawValue value = raw.field(fieldId);
    if (value == null) {
      return null;
    }
    String label = labelOf(fieldId, value);
    if (label == null) {
      return null;
    }
    ResponseStrategy strategy = byName(ResponseStrategy.class, label);
    if (strategy == null) {
      problem(fieldId, Kind.UNMAPPED, MAPPING_UNMAPPED, fieldId, label);
      return null;
    }
    if (!strategy.appliesTo(kind)) {
      problem(fieldId, Kind.INCONSISTENT, MAPPING_RESPONSE_MISMATCH, strategy.name(), kind.name());
      return null;
    }
    return strategy;
  }

  private String owner() {
    String fieldId = mapping.ownerFieldId();
    RawValue value = raw.field(fieldId);
    if (value == null) {
      return null;
    }
    if (value instanceof UserValue u) {
      return u.key();
    }
    if (value instanceof TextValue t && !t.value().isBlank()) {
      return t.value().strip();
    }
    wrongType(fieldId, "user");
    return null;
  }

  private LocalDate reviewDate() {
    String fieldId = mapping.reviewDateFieldId();
    RawValue value = raw.field(fieldId);
    if (value == null) {
      return null;
    }
    if (value instanceof DateValue d) {
      return d.value();
    }
    if (value instanceof TextValue t) {
      try {
        return LocalDate.parse(t.value().strip());
      } catch (DateTimeParseException e) {
        problem(fieldId, Kind.WRONG_TYPE, MAPPING_WRONG_TYPE, fieldId, "date");
        return null;
      }
    }
    wrongType(fieldId, "date");
    return null;
  }

  private Proximity proximity() {
    String fieldId = mapping.proximityFieldId();
    RawValue value = raw.field(fieldId);
    if (value == null) {
      return null;
    }
    if (value instanceof NumberValue n) {
      return tooLarge(fieldId, n.value()) ? null : Proximity.ofDays(n.value().longValue());
    }
    String label = labelOf(fieldId, value);
    if (label == null) {
      return null;
    }
    Proximity byLabel = byName(Proximity.class, label);
    if (byLabel != null) {
      return byLabel;
    }
    if (value instanceof OptionValue o && o.position() != OptionValue.UNKNOWN_POSITION) {
      if (o.position() <= Proximity.values().length) {
        return Proximity.values()[o.position() - 1];
      }
      problem(
          fieldId,
          Kind.OUT_OF_RANGE,
          MAPPING_OUT_OF_RANGE,
          fieldId,
          o.position(),
          Proximity.values().length);
      return null;
    }
    problem(fieldId, Kind.UNMAPPED, MAPPING_UNMAPPED, fieldId, label);
    return null;
  }

  private ThreePointImpact threePoint(ThreePointFieldIds fields) {
    if (!fields.isMapped()) {
      return null;
    }
    BigDecimal min = number(fields.minFieldId());
    BigDecimal mostLikely = number(fields.mostLikelyFieldId());
    BigDecimal max = number(fields.maxFieldId());
    if (min == null && mostLikely == null && max == null) {
      return null;
    }
    if (min == null || mostLikely == null || max == null) {
      List<String> missing = new ArrayList<>();
      if (min == null) {
        missing.add(fields.minFieldId());
      }
      if (mostLikely == null) {
        missing.add(fields.mostLikelyFieldId());
      }
      if (max == null) {
        missing.add(fields.maxFieldId());
      }
      problem(
          missing.get(0),
          Kind.INCONSISTENT,
          MAPPING_THREE_POINT_INCOMPLETE,
          String.join(",", missing));
      return null;
    }
    if (!ThreePointImpact.isValid(min, mostLikely, max)) {
      problem(fields.minFieldId(), Kind.INCONSISTENT, MAPPING_THREE_POINT, min, mostLikely, max);
      return null;
    }
    return ThreePointImpact.of(min, mostLikely, max);
  }

  private BigDecimal number(String fieldId) {
    RawValue value = raw.field(fieldId);
    if (value == null) {
      return null;
    }
    BigDecimal number = null;
    if (value instanceof NumberValue n) {
      number = n.value();
    } else if (value instanceof TextValue t) {
      try {
        number = new BigDecimal(t.value().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    if (number == null) {
      wrongType(fieldId, "number");
      return null;
    }
    return tooLarge(fieldId, number) ? null : number;
  }

  /**
   * Reports a number whose magnitude is beyond {@link #LARGEST_NUMBER} or whose precision is
   * absurd: such values are not real figures, and rounding or simulating them would overflow.
   */
  private boolean tooLarge(String fieldId, BigDecimal number) {
    if (number.abs().compareTo(LARGEST_NUMBER) <= 0 && number.scale() <= MAX_DECIMALS) {
      return false;
    }
    problem(
        fieldId,
        Kind.OUT_OF_RANGE,
        MAPPING_NUMBER_TOO_LARGE,
        fieldId,
        number.toString(),
        LARGEST_NUMBER.toPlainString());
    return true;
  }

  private String label(String fieldId) {
    RawValue value = raw.field(fieldId);
    if (value == null) {
      return null;
    }
    String label = labelOf(fieldId, value);
    return label == null || label.isBlank() ? null : label.strip();
  }

  /** The label of an option or text value; other types are reported WRONG_TYPE and give null. */
  private String labelOf(String fieldId, RawValue value) {
    if (value instanceof OptionValue o) {
      return o.label();
    }
    if (value instanceof TextValue t) {
      return t.value();
    }
    wrongType(fieldId, "option|text");
    return null;
  }

  private static <E extends Enum<E>> E byName(Class<E> type, String label) {
    String wanted = normalise(label);
    for (E e : type.getEnumConstants()) {
      if (normalise(e.name()).equals(wanted)) {
        return e;
      }
    }
    return null;
  }

  private static String normalise(String s) {
    return s.replace("_", "").replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  private void wrongType(String fieldId, String expected) {
    problem(fieldId, Kind.WRONG_TYPE, MAPPING_WRONG_TYPE, fieldId, expected);
  }

  private void problem(String fieldId, Kind kind, String key, Object... args) {
    problems.add(MappingProblem.of(fieldId, kind, key, args));
  }
}
