package io.lodestar.pmo.engine.portfolio.snapshot;

import io.lodestar.pmo.engine.health.HealthDimension;
import io.lodestar.pmo.engine.health.Rag;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The text forms a store keeps a snapshot's figures in, the same for every host (Jira's Active
 * Objects columns and the sandbox's SQL columns), so that stored snapshots can move between them.
 * Amounts are plain decimal strings ({@code 1250000.5}, never an exponent), because not every
 * database an AO table lives in keeps a {@code BigDecimal}'s scale; health is {@code
 * DIMENSION=R|A|G} pairs joined by commas in dimension order ({@code SCHEDULE=G,COST=A}).
 */
public final class SnapshotText {

  /** The longest amount text a store must accept (precision 16 plus sign, point and scale). */
  public static final int MAX_AMOUNT = 40;

  /** The longest health text: every dimension with the longest name. */
  public static final int MAX_RAG;

  static {
    int length = 0;
    for (HealthDimension d : HealthDimension.values()) {
      length += d.name().length() + 3;
    }
    MAX_RAG = length;
  }

  private SnapshotText() {}

  /** An amount as plain decimal text; null for n/a. */
  public static String amount(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  /**
   * An amount from {@link #amount(BigDecimal)}; null for n/a.
   *
   * @throws IllegalArgumentException when the text is no decimal number
   */
  public static BigDecimal parseAmount(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal amount: " + text, e);
    }
  }

  /** Health per dimension as text; the empty string when no dimension was evaluated. */
  public static String rag(Map<HealthDimension, Rag> rag) {
    Objects.requireNonNull(rag, "rag");
    StringBuilder out = new StringBuilder();
    for (HealthDimension d : HealthDimension.values()) {
      Rag r = rag.get(d);
      if (r != null) {
        if (!out.isEmpty()) {
          out.append(',');
        }
        out.append(d.name()).append('=').append(r.name().charAt(0));
      }
    }
    return out.toString();
  }

  /**
   * Health per dimension from {@link #rag(Map)}; null or empty text gives an empty map.
   *
   * @throws IllegalArgumentException when a pair names no dimension or no R, A or G
   */
  public static Map<HealthDimension, Rag> parseRag(String text) {
    Map<HealthDimension, Rag> rag = new EnumMap<>(HealthDimension.class);
    if (text == null || text.isEmpty()) {
      return rag;
    }
    for (String pair : text.split(",")) {
      int eq = pair.indexOf('=');
      if (eq < 0 || eq != pair.length() - 2) {
        throw new IllegalArgumentException("not DIMENSION=R|A|G: " + pair);
      }
      HealthDimension d;
      try {
        d = HealthDimension.valueOf(pair.substring(0, eq));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown health dimension in " + pair, e);
      }
      rag.put(d, ragOf(pair.charAt(eq + 1)));
    }
    return rag;
  }

  /** One RAG as a letter. */
  public static String rag(Rag rag) {
    return rag == null ? null : rag.name().substring(0, 1);
  }

  /**
   * One RAG from its letter; null gives null.
   *
   * @throws IllegalArgumentException when the letter is not R, A or G
   */
  public static Rag parseOneRag(String letter) {
    if (letter == null) {
      return null;
    }
    if (letter.length() != 1) {
      throw new IllegalArgumentException("not R, A or G: " + letter);
    }
    return ragOf(letter.charAt(0));
  }

  private static Rag ragOf(char letter) {
    return switch (letter) {
      case 'R' -> Rag.RED;
      case 'A' -> Rag.AMBER;
      case 'G' -> Rag.GREEN;
      default -> throw new IllegalArgumentException("not R, A or G: " + letter);
    };
  }
}
