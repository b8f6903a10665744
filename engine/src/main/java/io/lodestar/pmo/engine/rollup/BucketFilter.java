package io.lodestar.pmo.engine.rollup;

/**
 * Which visibility buckets a viewer may browse. A bucket is one (project, issue security level)
 * pair; the host decides per viewer, once per request, from the project's permission scheme and the
 * viewer's security levels.
 */
@FunctionalInterface
public interface BucketFilter {

  /** Every bucket: the system context. */
  BucketFilter ALL = bucket -> true;

  boolean mayBrowse(int bucket);
}
