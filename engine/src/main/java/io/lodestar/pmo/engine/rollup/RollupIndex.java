package io.lodestar.pmo.engine.rollup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.StampedLock;

/**
 * The in-memory, columnar rollup index of one node of a cluster: a cache built from the host's
 * search and kept current from issue events, never the source of truth.
 *
 * <p><b>Layout.</b> Issues are rows of primitive columns: the aggregate slot they add to, their
 * status category and one {@code float} per measure ({@code NaN} for "no value", so unestimated
 * items are counted, never silently zero), with issue id → row in an array over the dense range of
 * ids (a primitive hash map for the rest): about 21 bytes per issue for the rows with four
 * measures, 4 to 5 for the id index, plus the slots ({@link #bytes()}). Containers (portfolio,
 * program, project, epic) are nodes with a parent. Aggregates are kept per <em>(node, bucket)</em>
 * slot, a bucket being one (project, security level) pair, and hold the totals of every issue below
 * the node in that bucket; each slot knows the slot of the same bucket one level up.
 *
 * <p><b>Costs.</b> A rollup of a node as a viewer sees it adds the node's slots whose bucket the
 * viewer may browse: O(buckets under the node), never O(issues). An issue change subtracts the old
 * values along its slot chain and adds the new ones: O(depth), no hashing beyond the issue's row.
 * {@link #recompute} rebuilds every slot from the rows in one streaming pass plus one pass over the
 * slots.
 *
 * <p><b>Concurrency.</b> Writers are serialised; readers take a read lock, so a rollup never sees
 * half of an update.
 */
public final class RollupIndex {

  private static final int CATEGORIES = StatusCategory.values().length;
  private static final StatusCategory[] CATEGORY = StatusCategory.values();

  /** The most measures per issue: their "has a value" flags share a byte with the status. */
  public static final int MAX_MEASURES = 6;

  private final int measures;
  private final StampedLock lock = new StampedLock();

  // Containers.
  private int nodes;
  private int[] nodeParent = new int[16];
  private int[] nodeFirstSlot = new int[16];
  private final Map<String, Integer> nodeByKey = new HashMap<>();

  // Aggregate slots: totals of one bucket under one node.
  private int slots;
  private int[] slotNode = new int[16];
  private int[] slotBucket = new int[16];
  private int[] slotUp = new int[16];
  private int[] slotNextOfNode = new int[16];
  // Per slot, interleaved so that one issue touches one or two cache lines of its slot: the three
  // status counts, then the sum of each measure, then how many issues have a value for it. Counts
  // are doubles (exact below 2⁵³).
  private final int stride;
  private double[] slotData;
  private final LongIntMap slotByNodeBucket = new LongIntMap(64);

  // Issue rows.
  private int rows;
  private int[] rowSlot;
  private byte[] rowFlags; // status category ordinal in bits 0–1, "has a value" per measure above
  private float[] rowValues; // 0 where the measure has no value
  private int[] freeRows = new int[16];
  private int freeCount;
  private final IssueRows rowByIssue;

  /**
   * An empty index.
   *
   * @param measures number of numeric measures per issue, 1 to {@link #MAX_MEASURES} (e.g.
   *     original, remaining and spent time, story points)
   * @param expectedIssues how many issues to size the columns for (they grow beyond it)
   */
  public RollupIndex(int measures, int expectedIssues) {
    if (measures < 1 || measures > MAX_MEASURES) {
      throw new IllegalArgumentException(
          "measures must be within [1, " + MAX_MEASURES + "] but was " + measures);
    }
    if (expectedIssues < 0) {
      throw new IllegalArgumentException("expectedIssues must not be negative");
    }
    this.measures = measures;
    int capacity = Math.max(16, expectedIssues);
    rowSlot = new int[capacity];
    rowFlags = new byte[capacity];
    rowValues = new float[capacity * measures];
    rowByIssue = new IssueRows(capacity);
    stride = CATEGORIES + 2 * measures;
    slotData = new double[16 * stride];
  }

  public int measures() {
    return measures;
  }

  /**
   * Adds a container node.
   *
   * @param key the node's stable key, unique (e.g. {@code project:10000}, {@code epic:10423})
   * @param parent the parent node's id, or -1 for a root (a portfolio)
   * @return the node's id
   * @throws IllegalArgumentException when the key exists or the parent is unknown
   */
  public int addNode(String key, int parent) {
    Objects.requireNonNull(key, "key");
    long stamp = lock.writeLock();
    try {
      if (nodeByKey.containsKey(key)) {
        throw new IllegalArgumentException("node exists: " + key);
      }
      if (parent < -1 || parent >= nodes) {
        throw new IllegalArgumentException("unknown parent node " + parent + " of " + key);
      }
      if (nodes == nodeParent.length) {
        int n = nodes * 2;
        nodeParent = Arrays.copyOf(nodeParent, n);
        nodeFirstSlot = Arrays.copyOf(nodeFirstSlot, n);
      }
      int node = nodes++;
      nodeParent[node] = parent;
      nodeFirstSlot[node] = -1;
      nodeByKey.put(key, node);
      return node;
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /** The id of the node with {@code key}, or -1. */
  public int node(String key) {
    long stamp = lock.readLock();
    try {
      return nodeByKey.getOrDefault(key, -1);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * Adds or replaces an issue.
   *
   * @param issueId the Jira issue id, at least 0
   * @param parent the node the issue hangs under (its epic, or its project)
   * @param bucket its visibility bucket, at least 0
   * @param status its status category
   * @param values one value per measure; {@code NaN} for "no value"
   */
  public void upsert(long issueId, int parent, int bucket, StatusCategory status, float[] values) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(values, "values");
    if (values.length != measures) {
      throw new IllegalArgumentException(
          "values must hold " + measures + " measures but held " + values.length);
    }
    if (bucket < 0) {
      throw new IllegalArgumentException("bucket must not be negative: " + bucket);
    }
    long stamp = lock.writeLock();
    try {
      if (parent < 0 || parent >= nodes) {
        throw new IllegalArgumentException("unknown parent node " + parent);
      }
      int row = rowByIssue.get(issueId);
      if (row >= 0) {
        addChain(row, -1);
      } else {
        row = newRow();
        rowByIssue.put(issueId, row);
      }
      rowSlot[row] = slotOf(parent, bucket);
      int flags = status.ordinal();
      for (int m = 0; m < measures; m++) {
        boolean valued = !Float.isNaN(values[m]);
        rowValues[row * measures + m] = valued ? values[m] : 0f;
        flags |= valued ? 1 << (2 + m) : 0;
      }
      rowFlags[row] = (byte) flags;
      addChain(row, +1);
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /** Removes an issue; returns whether it was indexed. */
  public boolean remove(long issueId) {
    long stamp = lock.writeLock();
    try {
      int row = rowByIssue.remove(issueId);
      if (row < 0) {
        return false;
      }
      addChain(row, -1);
      rowSlot[row] = -1;
      if (freeCount == freeRows.length) {
        freeRows = Arrays.copyOf(freeRows, freeCount * 2);
      }
      freeRows[freeCount++] = row;
      return true;
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /** The number of indexed issues. */
  public int issues() {
    long stamp = lock.readLock();
    try {
      return rowByIssue.size();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * The rollup of {@code node} as a viewer who may browse {@code visible} sees it: the totals of
   * the node's buckets the viewer may browse, and the count of the others' issues as hidden.
   */
  public Rollup rollup(int node, BucketFilter visible) {
    Objects.requireNonNull(visible, "visible");
    long stamp = lock.readLock();
    try {
      if (node < 0 || node >= nodes) {
        throw new IllegalArgumentException("unknown node " + node);
      }
      long[] counts = new long[CATEGORIES];
      double[] sums = new double[measures];
      long[] valued = new long[measures];
      long hidden = 0;
      for (int s = nodeFirstSlot[node]; s >= 0; s = slotNextOfNode[s]) {
        if (!visible.mayBrowse(slotBucket[s])) {
          for (int c = 0; c < CATEGORIES; c++) {
            hidden += (long) slotData[s * stride + c];
          }
          continue;
        }
        for (int c = 0; c < CATEGORIES; c++) {
          counts[c] += (long) slotData[s * stride + c];
        }
        for (int m = 0; m < measures; m++) {
          sums[m] += slotData[s * stride + CATEGORIES + m];
          valued[m] += (long) slotData[s * stride + CATEGORIES + measures + m];
        }
      }
      List<Double> sumList = new ArrayList<>(measures);
      List<Long> valuedList = new ArrayList<>(measures);
      for (int m = 0; m < measures; m++) {
        sumList.add(sums[m]);
        valuedList.add(valued[m]);
      }
      return new Rollup(
          counts[0] + counts[1] + counts[2],
          counts[StatusCategory.TO_DO.ordinal()],
          counts[StatusCategory.IN_PROGRESS.ordinal()],
          counts[StatusCategory.DONE.ordinal()],
          sumList,
          valuedList,
          hidden);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * Rebuilds every slot's totals from the issue rows: one streaming pass over the rows into their
   * own slots, then one pass over the slots, deepest first, adding each into the slot above. The
   * nightly reconcile and a benchmark's full rollup use it; it changes nothing when the index is
   * consistent.
   */
  public void recompute() {
    long stamp = lock.writeLock();
    try {
      Arrays.fill(slotData, 0, slots * stride, 0.0);
      accumulateRows();
      // Then each slot into the one above it, deepest first, so that a slot is complete before it
      // is added; slots are created after the slot above them, so walking them from the last one
      // created down is deepest-first along every chain.
      for (int s = slots - 1; s >= 0; s--) {
        int up = slotUp[s];
        if (up >= 0) {
          addSlot(s, up);
        }
      }
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /**
   * Reorders the rows by slot, so that the issues of one epic and bucket lie together and the next
   * {@link #recompute} reads and writes memory in order (the build does this once, the nightly
   * reconcile again). Free rows are dropped. O(issues) time and one temporary copy of the rows.
   * Updates in between leave rows in place; a re-parented or new issue is out of order until the
   * next clustering, which only slows the full pass, never changes its result.
   */
  public void cluster() {
    long stamp = lock.writeLock();
    try {
      int[] start = new int[slots + 1];
      for (int r = 0; r < rows; r++) {
        if (rowSlot[r] >= 0) {
          start[rowSlot[r] + 1]++;
        }
      }
      for (int i = 0; i < slots; i++) {
        start[i + 1] += start[i];
      }
      int live = start[slots];
      int[] moved = new int[rows];
      int[] newSlot = new int[Math.max(16, live)];
      byte[] newFlags = new byte[newSlot.length];
      float[] newValues = new float[newSlot.length * measures];
      for (int r = 0; r < rows; r++) {
        int slot = rowSlot[r];
        if (slot < 0) {
          moved[r] = -1;
          continue;
        }
        int to = start[slot]++;
        moved[r] = to;
        newSlot[to] = slot;
        newFlags[to] = rowFlags[r];
        System.arraycopy(rowValues, r * measures, newValues, to * measures, measures);
      }
      rowByIssue.remapValues(moved);
      rowSlot = newSlot;
      rowFlags = newFlags;
      rowValues = newValues;
      rows = live;
      freeCount = 0;
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /**
   * Bytes held by the index's arrays (rows, id map, slots, nodes); excludes the node-key map of the
   * containers.
   */
  public long bytes() {
    long stamp = lock.readLock();
    try {
      long rowsBytes = rowSlot.length * 4L + rowFlags.length + rowValues.length * 4L;
      long slotBytes = slotNode.length * 16L + slotData.length * 8L + slotByNodeBucket.bytes();
      long nodeBytes = nodeParent.length * 8L;
      return rowsBytes + rowByIssue.bytes() + freeRows.length * 4L + slotBytes + nodeBytes;
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * Adds every row into its own slot. Rows come in runs of one slot (all of them once {@link
   * #cluster} has run); each run is summed in locals and written to its slot once, so the pass is
   * not bound by a read-modify-write of the same slot per row.
   */
  private void accumulateRows() {
    int[] slotOfRow = rowSlot;
    int r = 0;
    while (r < rows) {
      int s = slotOfRow[r];
      int end = r + 1;
      while (end < rows && slotOfRow[end] == s) {
        end++;
      }
      if (s < 0) {
        // free rows: rare
      } else if (end - r == 1) {
        accumulateRow(s, r); // rows out of slot order (before the next cluster())
      } else {
        accumulateRun(s, r, end);
      }
      r = end;
    }
  }

  private void accumulateRow(int slot, int row) {
    int f = measures;
    int flags = rowFlags[row];
    int out = slot * stride;
    int base = row * f;
    slotData[out + (flags & 3)] += 1.0;
    for (int m = 0; m < f; m++) {
      slotData[out + CATEGORIES + m] += rowValues[base + m];
      slotData[out + CATEGORIES + f + m] += (flags >>> (2 + m)) & 1;
    }
  }

  private void accumulateRun(int slot, int from, int to) {
    int f = measures;
    byte[] flagsOfRow = rowFlags;
    float[] values = rowValues;
    // One local per measure (at most MAX_MEASURES), so the run's sums are independent register
    // chains; "has a value" flags are counted the same way.
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    int h0 = 0;
    int h1 = 0;
    int h2 = 0;
    int h3 = 0;
    int h4 = 0;
    int h5 = 0;
    int toDo = 0;
    int inProgress = 0;
    for (int r = from, i = from * f; r < to; r++, i += f) {
      int flags = flagsOfRow[r];
      int category = flags & 3;
      toDo += category == 0 ? 1 : 0;
      inProgress += category == 1 ? 1 : 0;
      s0 += values[i];
      h0 += (flags >>> 2) & 1;
      if (f > 1) {
        s1 += values[i + 1];
        h1 += (flags >>> 3) & 1;
      }
      if (f > 2) {
        s2 += values[i + 2];
        h2 += (flags >>> 4) & 1;
      }
      if (f > 3) {
        s3 += values[i + 3];
        h3 += (flags >>> 5) & 1;
      }
      if (f > 4) {
        s4 += values[i + 4];
        h4 += (flags >>> 6) & 1;
      }
      if (f > 5) {
        s5 += values[i + 5];
        h5 += (flags >>> 7) & 1;
      }
    }
    double[] data = slotData;
    int out = slot * stride;
    data[out] += toDo;
    data[out + 1] += inProgress;
    data[out + 2] += (to - from) - toDo - inProgress;
    addMeasure(out, 0, s0, h0);
    if (f > 1) {
      addMeasure(out, 1, s1, h1);
    }
    if (f > 2) {
      addMeasure(out, 2, s2, h2);
    }
    if (f > 3) {
      addMeasure(out, 3, s3, h3);
    }
    if (f > 4) {
      addMeasure(out, 4, s4, h4);
    }
    if (f > 5) {
      addMeasure(out, 5, s5, h5);
    }
  }

  private void addSlot(int from, int to) {
    for (int i = 0; i < stride; i++) {
      slotData[to * stride + i] += slotData[from * stride + i];
    }
  }

  private void addMeasure(int out, int measure, double sum, int withValue) {
    slotData[out + CATEGORIES + measure] += sum;
    slotData[out + CATEGORIES + measures + measure] += withValue;
  }

  /** Adds ({@code sign} +1) or subtracts (-1) a row's values along its slot chain. */
  private void addChain(int row, int sign) {
    int flags = rowFlags[row];
    int base = row * measures;
    for (int s = rowSlot[row]; s >= 0; s = slotUp[s]) {
      int out = s * stride;
      slotData[out + (flags & 3)] += sign;
      for (int m = 0; m < measures; m++) {
        slotData[out + CATEGORIES + m] += sign * (double) rowValues[base + m];
        slotData[out + CATEGORIES + measures + m] += sign * ((flags >>> (2 + m)) & 1);
      }
    }
  }

  /** The slot of (node, bucket), created with the chain above it when new. */
  private int slotOf(int node, int bucket) {
    long key = ((long) node << 32) | bucket;
    int slot = slotByNodeBucket.get(key);
    if (slot >= 0) {
      return slot;
    }
    int up = nodeParent[node] < 0 ? -1 : slotOf(nodeParent[node], bucket);
    if (slots == slotNode.length) {
      int n = slots * 2;
      slotNode = Arrays.copyOf(slotNode, n);
      slotBucket = Arrays.copyOf(slotBucket, n);
      slotUp = Arrays.copyOf(slotUp, n);
      slotNextOfNode = Arrays.copyOf(slotNextOfNode, n);
      slotData = Arrays.copyOf(slotData, n * stride);
    }
    slot = slots++;
    slotNode[slot] = node;
    slotBucket[slot] = bucket;
    slotUp[slot] = up;
    slotNextOfNode[slot] = nodeFirstSlot[node];
    nodeFirstSlot[node] = slot;
    slotByNodeBucket.put(key, slot);
    return slot;
  }

  private int newRow() {
    if (freeCount > 0) {
      return freeRows[--freeCount];
    }
    if (rows == rowSlot.length) {
      int n = rows + (rows >> 1);
      rowSlot = Arrays.copyOf(rowSlot, n);
      rowFlags = Arrays.copyOf(rowFlags, n);
      rowValues = Arrays.copyOf(rowValues, n * measures);
    }
    return rows++;
  }

  /** The status category of {@code ordinal}, for callers reading rows. */
  static StatusCategory category(int ordinal) {
    return CATEGORY[ordinal];
  }
}
