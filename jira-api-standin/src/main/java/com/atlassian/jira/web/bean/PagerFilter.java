package com.atlassian.jira.web.bean;

import java.io.Serializable;

/**
 * Stand-in for the paging window of a search (members we use only); behaves like the real class so
 * unit tests can build it.
 *
 * <p>Checked against
 * https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html (Jira 7.2.6:
 * {@code @PublicApi public class PagerFilter<T> extends Object implements Serializable};
 * constructors {@code ()}, {@code (int max)}, {@code (int start, int max)}, {@code (PagerFilter
 * old)}; {@code static PagerFilter getUnlimitedFilter()}, {@code static PagerFilter
 * newPageAlignedFilter(int index, int max)}; {@code getStart}, {@code setStart}, {@code getMax},
 * {@code setMax}, {@code getEnd}, {@code getNextStart}, {@code toString}; no {@code equals} or
 * {@code hashCode}) and Jira's own source of the class in the public code index (default max 20,
 * start 0; max -1 means unlimited; the unlimited filter has max {@code Integer.MAX_VALUE}; {@code
 * newPageAlignedFilter} rejects a negative index and aligns the start down to a multiple of max;
 * {@code getEnd()} and {@code getNextStart()} are {@code max(start + max, max)}). Jira 10.0.0 still
 * takes a {@code PagerFilter} in {@code SearchProvider.search}
 * (https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/search/SearchProvider.html).
 * [unverified for 11.3.]
 *
 * @param <T> element type of the paged list
 */
public class PagerFilter<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private int max = 20;
  private int start = 0;

  public PagerFilter() {}

  /** {@code max} -1 means unlimited ({@code Integer.MAX_VALUE}). */
  public PagerFilter(int max) {
    this.max = max == -1 ? Integer.MAX_VALUE : max;
  }

  public PagerFilter(int start, int max) {
    this(max);
    this.start = start;
  }

  /** A pager with max {@link Integer#MAX_VALUE}. */
  public static PagerFilter getUnlimitedFilter() {
    return new PagerFilter(Integer.MAX_VALUE);
  }

  /**
   * A pager whose start is the first index of the page containing {@code index}.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public static PagerFilter newPageAlignedFilter(int index, int max) {
    if (index < 0) {
      throw new IllegalArgumentException(String.format("index %d is less than 0.", index));
    }
    if (max == 0) {
      return new PagerFilter(index, max);
    }
    return new PagerFilter(index - (index % max), max);
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
    return Math.max(start + max, max);
  }

  public int getNextStart() {
    return Math.max(start + max, max);
  }

  @Override
  public String toString() {
    return "PagerFilter[start=" + start + ",end=" + getEnd() + ",max=" + max + "]";
  }
}
