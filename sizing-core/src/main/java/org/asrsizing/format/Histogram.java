package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Units;

/**
 * How many machines fall in each band of daily churn: vertical bars over bands of one round width
 * (1, 2 or 5 times a power of ten), at most {@value #MAX_BINS} of them.
 */
final class Histogram {

  /**
   * One band, {@code from} inclusive to {@code to} exclusive (the last one inclusive).
   *
   * @param from lower end, GiB/day
   * @param to upper end, GiB/day
   * @param machines machines whose churn falls in it
   */
  record Bin(double from, double to, int machines) {
    String range() {
      return Units.number(from, 2) + "–" + Units.number(to, 2);
    }
  }

  static final int MAX_BINS = 12;
  private static final int WIDTH = 760;
  private static final int LEFT = 60;
  private static final int PLOT_W = 680;
  private static final int TOP = 34;
  private static final int PLOT_H = 200;
  private static final int MAX_SLOT = 90;

  private Histogram() {}

  /** The bands of {@code churn}; empty when there is no machine. */
  static List<Bin> bins(List<Double> churn) {
    if (churn.isEmpty()) {
      return List.of();
    }
    double max = churn.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double min = churn.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double width = roundWidth((max - min) / (MAX_BINS - 2));
    // Bands start at a multiple of their width below the smallest churn, so equal machines (an
    // aggregate) make one band rather than a row of empty ones from zero.
    long first = (long) Math.floor(min / width);
    int count = (int) Math.min(MAX_BINS, (long) Math.floor(max / width) - first + 1);
    int[] counts = new int[count];
    for (double c : churn) {
      counts[(int) Math.max(0, Math.min(count - 1, (long) Math.floor(c / width) - first))]++;
    }
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      bins.add(new Bin((first + i) * width, (first + i + 1) * width, counts[i]));
    }
    return bins;
  }

  static Markup svg(String id, List<Bin> bins, String alternative) {
    int most = 1;
    for (Bin b : bins) {
      most = Math.max(most, b.machines());
    }
    Markup m = Svg.open(id, WIDTH, TOP + PLOT_H + 50, alternative);
    double bottom = TOP + PLOT_H;
    Svg.line(m, LEFT, bottom, LEFT + PLOT_W, bottom, "axis");
    Svg.text(m, LEFT - 6, TOP + 4, "end", "tick", most);
    Svg.text(m, LEFT - 6, bottom, "end", "tick", 0);
    // A few bands keep a bar's width; they do not stretch across the whole chart.
    double slot = Math.min(MAX_SLOT, (double) PLOT_W / Math.max(1, bins.size()));
    for (int i = 0; i < bins.size(); i++) {
      Bin b = bins.get(i);
      double h = (double) PLOT_H * b.machines() / most;
      double x = LEFT + slot * i;
      Svg.rect(m, x + 2, bottom - h, slot - 4, h, "machines");
      Svg.text(m, x + slot / 2, bottom - h - 4, "middle", "value", b.machines());
      Svg.text(m, x, bottom + 16, "middle", "tick", Units.number(b.from(), 2));
    }
    if (!bins.isEmpty()) {
      Svg.text(
          m,
          LEFT + slot * bins.size(),
          bottom + 16,
          "middle",
          "tick",
          Units.number(bins.get(bins.size() - 1).to(), 2));
    }
    Svg.text(m, LEFT + PLOT_W / 2.0, bottom + 40, "middle", "label", "daily churn, GiB/day");
    Svg.text(m, 4, TOP - 20, "start", "label", "machines");
    return m.closeLine("svg");
  }

  /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code raw}. */
  static double roundWidth(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power >= raw * (1 - 1e-9)) {
        return step * power;
      }
    }
    return 10 * power;
  }
}
