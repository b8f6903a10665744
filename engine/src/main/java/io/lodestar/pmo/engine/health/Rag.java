package io.lodestar.pmo.engine.health;

/**
 * Red, amber, green, in order of severity. Pages show it with a word and an icon, not colour only.
 */
public enum Rag {
  GREEN,
  AMBER,
  RED;

  /** The worse of two. */
  public Rag worse(Rag other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
