package io.lodestar.pmo.engine.risk.exposure;

import java.util.SplittableRandom;

/**
 * Draws standard normal variates with a 256-layer ziggurat (Marsaglia and Tsang's rejection scheme,
 * implemented from its description), used by the Gamma draws behind {@link PertSampler}.
 *
 * <p>Every layer of the ziggurat has the same area, so a layer is chosen with 8 random bits; about
 * 99 % of draws are accepted on that fast path with a single {@code nextLong}, one multiplication
 * and one comparison. The rest fall back to an exact wedge test against the density, or to
 * Marsaglia's exponential sampler for the tail beyond {@link #R}.
 */
final class StandardNormal {

  private static final int LAYERS = 256;

  /** The right edge of the base layer; beyond it lies the tail. */
  static final double R = 3.6541528853610088;

  /** The area of each layer under f(x) = exp(−x²/2): base strip plus tail. */
  static final double LAYER_AREA;

  /**
   * EDGE[i] is the right edge of layer i (layer 0 is the base strip, given the virtual width
   * LAYER_AREA / f(R) so that it has the common area); EDGE[LAYERS] = 0 is the peak.
   */
  private static final double[] EDGE = new double[LAYERS + 1];

  /** DENSITY[i] = f(EDGE[i]). */
  private static final double[] DENSITY = new double[LAYERS + 1];

  /** EDGE[i + 1] / EDGE[i]: below this fraction of its width a point is inside the curve. */
  private static final double[] INNER_FRACTION = new double[LAYERS];

  /** The layer widths with a sign: entry i + 256·s is (−1)^s · EDGE[i], so no branch on sign. */
  private static final double[] SIGNED_EDGE = new double[2 * LAYERS];

  static {
    double fR = density(R);
    LAYER_AREA = fR * (R + upperTailMillsRatio(R));
    EDGE[0] = LAYER_AREA / fR;
    EDGE[1] = R;
    for (int i = 1; i < LAYERS - 1; i++) {
      // The next edge up is where the curve reaches the top of this layer: f(x) = f(EDGE[i]) + A/EDGE[i].
      EDGE[i + 1] = Math.sqrt(-2.0 * Math.log(density(EDGE[i]) + LAYER_AREA / EDGE[i]));
    }
    EDGE[LAYERS] = 0.0;
    for (int i = 0; i <= LAYERS; i++) {
      DENSITY[i] = density(EDGE[i]);
    }
    for (int i = 0; i < LAYERS; i++) {
      INNER_FRACTION[i] = EDGE[i + 1] / EDGE[i];
      SIGNED_EDGE[i] = EDGE[i];
      SIGNED_EDGE[i + LAYERS] = -EDGE[i];
    }
  }

  private StandardNormal() {}

  /** Draws one N(0, 1) variate from {@code random}. */
  static double sample(SplittableRandom random) {
    while (true) {
      long bits = random.nextLong();
      int layerAndSign = (int) bits & (2 * LAYERS - 1); // bits 0..8
      int layer = layerAndSign & (LAYERS - 1);
      double u = (bits >>> 11) * 0x1.0p-53; // bits 11..63, independent of the layer and sign
      double x = u * SIGNED_EDGE[layerAndSign];
      if (u < INNER_FRACTION[layer]) {
        return x;
      }
      if (layer == 0) {
        double tail = R + tailExcess(random);
        return x < 0.0 ? -tail : tail;
      }
      double y = DENSITY[layer] + random.nextDouble() * (DENSITY[layer + 1] - DENSITY[layer]);
      if (y < density(x)) {
        return x;
      }
    }
  }

  /** The area of the top layer, which the recurrence does not fix; equal to LAYER_AREA if sound. */
  static double topLayerArea() {
    return EDGE[LAYERS - 1] * (1.0 - DENSITY[LAYERS - 1]);
  }

  /** Draws x − R for x from the normal tail beyond R (Marsaglia's exponential rejection). */
  private static double tailExcess(SplittableRandom random) {
    while (true) {
      double e1 = -Math.log(1.0 - random.nextDouble()) / R;
      double e2 = -Math.log(1.0 - random.nextDouble());
      if (e2 + e2 >= e1 * e1) {
        return e1;
      }
    }
  }

  private static double density(double x) {
    return Math.exp(-0.5 * x * x);
  }

  /**
   * The Mills ratio ∫ₓ^∞ f / f(x) of the unnormalised normal, by its continued fraction 1/(x + 1/(x
   * + 2/(x + 3/(x + …)))), which converges quickly for x ≥ 3.
   */
  private static double upperTailMillsRatio(double x) {
    double t = x;
    for (int k = 200; k >= 1; k--) {
      t = x + k / t;
    }
    return 1.0 / t;
  }
}
