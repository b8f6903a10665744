package com.atlassian.activeobjects.external;

/**
 * Stand-in for an AO model (schema) version: an integer, compared numerically. Checked against the
 * source of the real class,
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
 * (AO plugin 2.0.1): {@code public final class ModelVersion implements Comparable<ModelVersion>},
 * private constructor, {@code compareTo}, {@code isOlderThan}, {@code isNewerThan}, {@code isSame},
 * {@code toString}, {@code public static ModelVersion valueOf(String)} (null gives version 0; the
 * string is parsed with {@code Integer.valueOf}, untrimmed). There is no public {@code initial()}
 * and no {@code equals}/{@code hashCode}: two instances of the same version are not {@code equals}
 * — compare them with {@link #isSame}. [unverified: the AO plugin version shipped with Jira 11.3
 * (Platform 8); only 2.0.1 was retrieved.]
 */
public final class ModelVersion implements Comparable<ModelVersion> {
  private final int version;

  private ModelVersion(int version) {
    this.version = version;
  }

  /** Null gives version 0; otherwise {@link Integer#valueOf(String)} (no trimming). */
  public static ModelVersion valueOf(String s) {
    return s == null ? new ModelVersion(0) : new ModelVersion(Integer.valueOf(s));
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
  public String toString() {
    return String.valueOf(version);
  }
}
