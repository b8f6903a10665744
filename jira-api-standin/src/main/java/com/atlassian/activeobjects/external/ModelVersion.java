package com.atlassian.activeobjects.external;

/**
 * Stand-in for an AO model (schema) version: an integer, compared numerically; a value class.
 * Checked against
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
 * [unverified].
 */
public final class ModelVersion implements Comparable<ModelVersion> {
  private final int version;

  private ModelVersion(int version) {
    this.version = version;
  }

  public static ModelVersion initial() {
    return new ModelVersion(0);
  }

  public static ModelVersion valueOf(String version) {
    return new ModelVersion(version == null ? 0 : Integer.parseInt(version.trim()));
  }

  public boolean isSame(ModelVersion mv) {
    return compareTo(mv) == 0;
  }

  public boolean isOlderThan(ModelVersion mv) {
    return compareTo(mv) < 0;
  }

  public boolean isNewerThan(ModelVersion mv) {
    return compareTo(mv) > 0;
  }

  @Override
  public int compareTo(ModelVersion mv) {
    return Integer.compare(version, mv.version);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelVersion other && version == other.version;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(version);
  }

  @Override
  public String toString() {
    return String.valueOf(version);
  }
}
