package io.lodestar.pmo.app.shared.host;

/**
 * How far a risk's mitigation work has got.
 *
 * @param done linked mitigation issues in a done status; 0 ≤ done ≤ total
 * @param total linked mitigation issues the viewer may see
 * @param hidden linked issues the viewer may not see (not counted in total)
 */
public record MitigationProgress(int done, int total, int hidden) {
  public MitigationProgress {
    if (done < 0 || total < 0 || hidden < 0 || done > total) {
      throw new IllegalArgumentException(
          "need 0 <= done <= total and hidden >= 0: " + done + ", " + total + ", " + hidden);
    }
  }

  /**
   * @return whole percent done, rounded down; 0 when there is no mitigation work
   */
  public int percentDone() {
    return total == 0 ? 0 : done * 100 / total;
  }
}
