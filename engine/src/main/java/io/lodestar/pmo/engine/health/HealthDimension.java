package io.lodestar.pmo.engine.health;

/** What a health rule judges; the overall health combines the dimensions. */
public enum HealthDimension {
  SCHEDULE,
  COST,
  SCOPE,
  RISK,
  CAPACITY,
  COMPLIANCE,
  STALENESS
}
