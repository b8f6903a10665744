package io.lodestar.pmo.engine.risk.mapping;

/**
 * How a <em>number</em> field holding a rating maps to a scale level. (Select-list fields always
 * map by option position: position k is rank k.)
 */
public enum NumberMapping {
  /**
   * The number is the rank: it must be a whole number 1..N; anything else is out of range. Suits
   * fields holding "1".."5".
   */
  RANK,
  /**
   * The number is a value on the scale: it maps to the level with the nearest value, a tie going to
   * the higher level, out-of-scale values to the nearest end. Suits fields holding "0.3" or "30 %"
   * written as 0.30.
   */
  NEAREST_VALUE
}
