package io.lodestar.pmo.engine.training;

/** Who says a person holds a skill. */
public enum SkillSource {
  SELF_ASSESSED,
  MANAGER_VERIFIED,
  /** By a certification or a passed course. */
  CERTIFIED
}
