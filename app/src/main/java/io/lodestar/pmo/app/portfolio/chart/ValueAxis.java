package io.lodestar.pmo.app.portfolio.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear value axis from 0 to a "nice" maximum (1, 2, 2.5 or 5 times a power of ten per step,
 * about five steps), mapped onto pixel rows from {@code bottom} (0) up to {@code top} (the
 * maximum).
 *
 * @param max the axis maximum, a whole number of steps, positive
 * @param step the distance between ticks, positive
 * @param bottom pixel row of 0
 * @param top pixel row of {@code max}, above {@code bottom}
 */
record ValueAxis(double max, double step, double bottom, double top) {

  private static final double[] NICE = {1, 2, 2.5, 5, 10};

  /** An axis that shows {@code largest} (0 or less gives the axis 0..1). */
  static ValueAxis covering(double largest, double bottom, double top) {
    if (!(largest > 0)) {
      return new ValueAxis(1, 0.2, bottom, top);
    }
    double rough = largest / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    double step = magnitude * 10;
    for (double n : NICE) {
      if (n * magnitude >= rough) {
        step = n * magnitude;
        break;
      }
    }
    double max = Math.ceil(largest / step - 1e-9) * step;
    return new ValueAxis(max, step, bottom, top);
  }

  /** The pixel row of {@code value}. */
  double y(double value) {
    return bottom - (bottom - top) * value / max;
  }

  /** The tick values, 0 to {@link #max}. */
  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    int n = (int) Math.round(max / step);
    for (int i = 0; i <= n; i++) {
      ticks.add(i * step);
    }
    return ticks;
  }
}
