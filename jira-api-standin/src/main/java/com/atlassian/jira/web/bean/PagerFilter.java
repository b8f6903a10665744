package com.atlassian.jira.web.bean;

import java.util.Objects;

/**
 * Stand-in for the paging window of a search; a value class so unit tests can build it. Checked
 * against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/web/bean/PagerFilter.html
 * [unverified: default max and the value used by the unlimited filter].
 *
 * @param <T> element type of the paged list
 */
public class PagerFilter<T> {
  private int start;
  private int max;

  public PagerFilter() {
    this(0, 20);
  }

  public PagerFilter(int max) {
    this(0, max);
  }

  public PagerFilter(int start, int max) {
    this.start = start;
    this.max = max;
  }

  public static PagerFilter getUnlimitedFilter() {
    return new PagerFilter(Integer.MAX_VALUE);
  }

  public static PagerFilter newPageAlignedFilter(int index, int max) {
    return new PagerFilter(max <= 0 ? 0 : (index / max) * max, max);
  }

  public int getStart() {
    return start;
  }

  public void setStart(int start) {
    this.start = start;
  }

  public int getMax() {
    return max;
  }

  public void setMax(int max) {
    this.max = max;
  }

  public int getEnd() {
    return start + max;
  }

  public int getNextStart() {
    return start + max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PagerFilter<?> other && start == other.start && max == other.max;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, max);
  }

  @Override
  public String toString() {
    return "PagerFilter[start=" + start + ", max=" + max + "]";
  }
}
