package io.lodestar.pmo.engine.risk.port;

import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.register.HeatMap;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.register.RegisterSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: a host's materialised index of its risks' assessments ({@code MaterialisedAssessment} and
 * {@code RegisterTally} per risk), maintained on every issue write and rebuilt when a project's
 * model or settings change, so that a register page costs O(page) and a heat map or summary O(cells
 * + bands) whatever the project's size. Every answer is permission-faithful for the viewer (null =
 * system, full visibility, hidden 0).
 *
 * <p>Every question names the {@code stamp} of the settings and model the caller resolved ({@code
 * AssessmentStamp}). An index that is not consistent for that stamp (never built, being rebuilt, or
 * built for other settings) answers empty and starts (or continues) its rebuild in the background;
 * the caller then answers the slow way. An index never answers from values of other settings.
 */
public interface AssessedRiskIndex {

  /**
   * Where the index of a project stands for {@code stamp}; starts a rebuild when it is not
   * consistent and none runs.
   */
  Progress progress(String projectKey, String stamp);

  /**
   * A token naming everything the viewer's answers about the project depend on besides the
   * request's own parameters: the index's version of the project's data (changed by every committed
   * write that can change any answer: an issue of the project, a link of one of its risks, the
   * linked issue) and the viewer's visibility class (what decides what they see). Equal tokens mean
   * equal answers for equal requests, so the caller may serve a remembered answer ({@code
   * RegisterAnswerCache}). The token is read from the host's store on every call (never
   * remembered), so that a write on any node changes it.
   *
   * @return empty when not consistent for {@code stamp}, or when the host offers no such token (the
   *     default: nothing is remembered)
   */
  default Optional<String> answerVersion(String viewerKey, String projectKey, String stamp) {
    return Optional.empty();
  }

  /**
   * The keys of one filtered, sorted window of the project's register, in register order ({@code
   * RegisterSort}: missing values last, ties by issue key), and the counts.
   *
   * @param filter which risks; never null
   * @param sort their order; never null
   * @param startAt 0-based first position
   * @param maxResults most keys to return
   * @return empty when not consistent for {@code stamp}
   */
  Optional<KeyWindow> window(
      String viewerKey,
      String projectKey,
      String stamp,
      RegisterFilter filter,
      RegisterSort sort,
      int startAt,
      int maxResults);

  /**
   * As {@link #window}, but with the window's records themselves, as the host's {@link RiskSource}
   * would read them for the viewer ({@code RiskSource.records}), kept materialised beside the
   * assessments: a page is then one read of the index. Hosts that keep no records answer empty (the
   * default) and the caller asks {@link #window} and the source.
   *
   * @return empty when not consistent for {@code stamp} or when the host keeps no records
   */
  default Optional<RecordWindow> recordWindow(
      String viewerKey,
      String projectKey,
      String stamp,
      RegisterFilter filter,
      RegisterSort sort,
      int startAt,
      int maxResults) {
    return Optional.empty();
  }

  /**
   * As {@link #topKeys}, with the records (see {@link #recordWindow}).
   *
   * @return empty when not consistent for {@code stamp} or when the host keeps no records
   */
  default Optional<List<RawRiskRecord>> topRecords(
      String viewerKey, String projectKey, String stamp, int n) {
    return Optional.empty();
  }

  /**
   * The keys of the project's {@code n} worst active rated risks in {@code RiskRanking.WORST_FIRST}
   * order.
   *
   * @return empty when not consistent for {@code stamp}
   */
  Optional<List<String>> topKeys(String viewerKey, String projectKey, String stamp, int n);

  /**
   * The project's heat map for a {@code rows × columns} matrix, and the hidden count.
   *
   * @return empty when not consistent for {@code stamp}
   */
  Optional<Tallied<HeatMap>> heatMap(
      String viewerKey, String projectKey, String stamp, int rows, int columns);

  /**
   * The project's summary on {@code asOf} without top risks ({@link #topKeys}), hidden included.
   *
   * @return empty when not consistent for {@code stamp}
   */
  Optional<RegisterSummary> summary(
      String viewerKey, String projectKey, String stamp, LocalDate asOf);

  /**
   * A window of keys.
   *
   * @param keys the keys in register order; never null
   * @param matched risks matching the filter
   * @param visible risks the viewer may browse
   * @param hidden risks the viewer may not browse
   */
  record KeyWindow(List<String> keys, long matched, long visible, long hidden) {
    public KeyWindow {
      keys = List.copyOf(keys);
    }
  }

  /**
   * A window of records.
   *
   * @param records the records in register order, as {@code RiskSource.records} reads them for the
   *     viewer; never null
   * @param matched risks matching the filter
   * @param visible risks the viewer may browse
   * @param hidden risks the viewer may not browse
   */
  record RecordWindow(List<RawRiskRecord> records, long matched, long visible, long hidden) {
    public RecordWindow {
      records = List.copyOf(records);
    }
  }

  /**
   * A tallied value with the hidden count.
   *
   * @param value the value; never null
   * @param hidden risks the viewer may not browse
   */
  record Tallied<T>(T value, long hidden) {
    public Tallied {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Where a project's index stands.
   *
   * @param consistent whether it answers for the stamp asked
   * @param done risks recomputed so far by the running rebuild (equals total when consistent)
   * @param total risks to recompute
   */
  record Progress(boolean consistent, long done, long total) {

    /** Consistent, nothing to do. */
    public static final Progress CONSISTENT = new Progress(true, 0, 0);

    /** Whole percent done, 0..100 (100 when consistent). */
    public int percent() {
      if (consistent) {
        return 100;
      }
      return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }
  }
}
