package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.engine.risk.mapping.RawValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text form of a risk record's field values in {@code risk_assessment.rec_fields}: per field,
 * in the map's order, its id, a type letter, for an option its position, and its value, each as a
 * length-prefixed token ({@code 5:field} …), so that any character in an id or value round-trips.
 * Decoding what {@link #encode} wrote gives an equal map; anything else is refused.
 */
final class RecordFields {

  private RecordFields() {}

  /** The text form of {@code fields}. */
  static String encode(Map<String, RawValue> fields) {
    StringBuilder out = new StringBuilder(fields.size() * 32);
    for (Map.Entry<String, RawValue> e : fields.entrySet()) {
      token(out, e.getKey());
      RawValue v = e.getValue();
      if (v instanceof RawValue.OptionValue o) {
        token(out, "O");
        token(out, Integer.toString(o.position()));
        token(out, o.label());
      } else if (v instanceof RawValue.NumberValue n) {
        token(out, "N");
        token(out, n.value().toString());
      } else if (v instanceof RawValue.DateValue d) {
        token(out, "D");
        token(out, d.value().toString());
      } else if (v instanceof RawValue.UserValue u) {
        token(out, "U");
        token(out, u.key());
      } else if (v instanceof RawValue.TextValue t) {
        token(out, "T");
        token(out, t.value());
      } else {
        throw new IllegalArgumentException("unknown raw value: " + v);
      }
    }
    return out.toString();
  }

  /**
   * The fields of a text {@link #encode} wrote, in its order.
   *
   * @throws IllegalArgumentException when {@code text} is not such a text
   */
  static Map<String, RawValue> decode(String text) {
    Map<String, RawValue> fields = new LinkedHashMap<>();
    int[] at = {0};
    while (at[0] < text.length()) {
      String id = next(text, at);
      String type = next(text, at);
      RawValue value =
          switch (type) {
            case "O" -> {
              int position = Integer.parseInt(next(text, at));
              yield new RawValue.OptionValue(position, next(text, at));
            }
            case "N" -> RawValue.number(new BigDecimal(next(text, at)));
            case "D" -> RawValue.date(LocalDate.parse(next(text, at)));
            case "U" -> RawValue.user(next(text, at));
            case "T" -> RawValue.text(next(text, at));
            default -> throw new IllegalArgumentException("unknown field type " + type);
          };
      fields.put(id, value);
    }
    return fields;
  }

  private static void token(StringBuilder out, String s) {
    out.append(s.length()).append(':').append(s);
  }

  private static String next(String text, int[] at) {
    int colon = text.indexOf(':', at[0]);
    if (colon < 0) {
      throw new IllegalArgumentException("truncated record fields at " + at[0]);
    }
    int length = Integer.parseInt(text, at[0], colon, 10);
    int end = colon + 1 + length;
    if (length < 0 || end > text.length()) {
      throw new IllegalArgumentException("truncated record fields at " + at[0]);
    }
    at[0] = end;
    return text.substring(colon + 1, end);
  }
}
