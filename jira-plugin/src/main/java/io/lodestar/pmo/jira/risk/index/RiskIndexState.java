package io.lodestar.pmo.jira.risk.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the search index of one project's risk issues stands, stored cluster-wide ({@link
 * RiskIndexStates}): the stamp the issues were last completely re-indexed with, and the rebuild
 * that is wanted or running.
 *
 * @param built the {@code AssessmentStamp} of the last completed re-index; null when never built
 * @param target the stamp a rebuild was requested or runs for; null when none
 * @param done risk issues re-indexed so far by the running (or last) rebuild
 * @param total risk issues the running (or last) rebuild has to re-index
 * @param running whether a rebuild runs ({@link #heartbeat} says since when it was last heard of)
 * @param requestedAt when a rebuild was last requested (epoch millis; 0 = never)
 * @param heartbeat when the running rebuild last reported (epoch millis; 0 = never)
 * @param failedAt when the last rebuild failed (epoch millis; 0 = it did not)
 */
public record RiskIndexState(
    String built,
    String target,
    long done,
    long total,
    boolean running,
    long requestedAt,
    long heartbeat,
    long failedAt) {

  /** Nothing built, nothing requested. */
  public static final RiskIndexState NONE = new RiskIndexState(null, null, 0, 0, false, 0, 0, 0);

  private static final Pattern STAMP = Pattern.compile("[0-9a-f]{64}");

  public RiskIndexState {
    if (built != null && !STAMP.matcher(built).matches()
        || target != null && !STAMP.matcher(target).matches()) {
      throw new IllegalArgumentException("stamps are 64 lower-case hex digits");
    }
    if (done < 0 || total < 0) {
      throw new IllegalArgumentException("done and total must be >= 0");
    }
  }

  /** Whether the index answers for {@code stamp}. */
  public boolean consistentFor(String stamp) {
    return stamp.equals(built);
  }

  /** A rebuild for {@code stamp} is wanted, at {@code now}. */
  public RiskIndexState requested(String stamp, long now) {
    boolean same = stamp.equals(target);
    return new RiskIndexState(
        built, stamp, same ? done : 0, same ? total : 0, same && running, now, heartbeat, failedAt);
  }

  /** A rebuild for {@code stamp} of {@code total} issues starts at {@code now}. */
  public RiskIndexState started(String stamp, long total, long now) {
    return new RiskIndexState(built, stamp, 0, total, true, requestedAt, now, 0);
  }

  /** The running rebuild re-indexed {@code done} issues by {@code now}. */
  public RiskIndexState progressed(long done, long now) {
    return new RiskIndexState(
        built, target, done, Math.max(total, done), true, requestedAt, now, failedAt);
  }

  /** The running rebuild completed: its target is the built stamp. */
  public RiskIndexState completed(long now) {
    return new RiskIndexState(target, target, done, done, false, requestedAt, now, 0);
  }

  /** The running rebuild stopped without completing (cancelled, or settings changed meanwhile). */
  public RiskIndexState stopped(long now) {
    return new RiskIndexState(built, target, done, total, false, requestedAt, now, failedAt);
  }

  /** The running rebuild failed at {@code now}; the built stamp stays what it was. */
  public RiskIndexState failed(long now) {
    return new RiskIndexState(built, target, done, total, false, requestedAt, now, now);
  }

  /** The stored text: {@code name=value} pairs separated by {@code ;}. */
  String encode() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("built", built == null ? "" : built);
    values.put("target", target == null ? "" : target);
    values.put("done", done);
    values.put("total", total);
    values.put("running", running);
    values.put("requestedAt", requestedAt);
    values.put("heartbeat", heartbeat);
    values.put("failedAt", failedAt);
    StringBuilder text = new StringBuilder();
    values.forEach(
        (k, v) -> text.append(text.length() == 0 ? "" : ";").append(k).append('=').append(v));
    return text.toString();
  }

  /**
   * The state of a stored text; {@link #NONE} for null.
   *
   * @throws IllegalArgumentException when the text is not one {@link #encode} wrote
   */
  static RiskIndexState decode(String text) {
    if (text == null || text.isEmpty()) {
      return NONE;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : text.split(";")) {
      int eq = pair.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("not a risk index state: " + text);
      }
      values.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    try {
      return new RiskIndexState(
          emptyToNull(values.get("built")),
          emptyToNull(values.get("target")),
          Long.parseLong(values.getOrDefault("done", "0")),
          Long.parseLong(values.getOrDefault("total", "0")),
          Boolean.parseBoolean(values.get("running")),
          Long.parseLong(values.getOrDefault("requestedAt", "0")),
          Long.parseLong(values.getOrDefault("heartbeat", "0")),
          Long.parseLong(values.getOrDefault("failedAt", "0")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a risk index state: " + text, e);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
