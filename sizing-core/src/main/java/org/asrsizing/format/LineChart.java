package org.asrsizing.format;

import java.util.List;
import org.asrsizing.model.Units;

/**
 * Lines of points on round scales, with labelled horizontal reference lines (a target RPO) and
 * vertical ones (the given link), as inline SVG.
 */
final class LineChart {

  private static final int WIDTH = 760;
  private static final int LEFT = 60;
  private static final int PLOT_W = 660;
  private static final int TOP = 30;
  private static final int PLOT_H = 220;

  /** One line: its legend, CSS class and points (x and y of the same length). */
  record Series(String name, String cls, double[] x, double[] y) {}

  /** A reference line at {@code value} with its label. */
  record Reference(double value, String label) {}

  /** A tick on the x axis. */
  record Tick(double x, String label) {}

  private LineChart() {}

  static Markup svg(
      String id,
      String alternative,
      String xLabel,
      String yLabel,
      List<Series> series,
      List<Tick> xTicks,
      List<Reference> horizontal,
      List<Reference> vertical) {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMax = 0;
    for (Series s : series) {
      for (int i = 0; i < s.x().length; i++) {
        xMin = Math.min(xMin, s.x()[i]);
        xMax = Math.max(xMax, s.x()[i]);
        yMax = Math.max(yMax, s.y()[i]);
      }
    }
    for (Reference r : horizontal) {
      yMax = Math.max(yMax, r.value());
    }
    if (!(xMax > xMin)) {
      xMin = xMin == Double.POSITIVE_INFINITY ? 0 : xMin;
      xMax = xMin + 1;
    }
    double yStep = Histogram.roundWidth(Math.max(yMax, 1e-9) / 4);
    double top = yStep * Math.max(1, Math.ceil(yMax / yStep - 1e-9));
    Scale sx = new Scale(xMin, xMax, LEFT, LEFT + PLOT_W);
    double bottom = TOP + PLOT_H;
    Markup m = Svg.open(id, WIDTH, TOP + PLOT_H + 64, alternative);
    for (double v = 0; v <= top + 1e-9; v += yStep) {
      double y = bottom - PLOT_H * v / top;
      Svg.line(m, LEFT, y, LEFT + PLOT_W, y, "grid");
      Svg.text(m, LEFT - 6, y + 4, "end", "tick", Units.number(v, yStep < 1 ? 1 : 0));
    }
    Svg.line(m, LEFT, bottom, LEFT + PLOT_W, bottom, "axis");
    Svg.line(m, LEFT, TOP, LEFT, bottom, "axis");
    Svg.text(m, LEFT - 50, TOP - 12, "start", "label", yLabel);
    for (Tick t : xTicks) {
      Svg.text(m, sx.at(t.x()), bottom + 16, "middle", "tick", t.label());
    }
    Svg.text(m, LEFT + PLOT_W / 2.0, bottom + 36, "middle", "label", xLabel);
    for (Reference r : horizontal) {
      double y = bottom - PLOT_H * r.value() / top;
      Svg.line(m, LEFT, y, LEFT + PLOT_W, y, "limit");
      Svg.text(m, LEFT + PLOT_W - 4, y - 4, "end", "value", r.label());
    }
    for (Reference r : vertical) {
      double x = sx.at(r.value());
      Svg.line(m, x, TOP, x, bottom, "event");
      Svg.text(m, x + 4, TOP + 12, "start", "value", r.label());
    }
    for (Series s : series) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < s.x().length; i++) {
        points
            .append(Svg.at(sx.at(s.x()[i])))
            .append(',')
            .append(Svg.at(bottom - PLOT_H * s.y()[i] / top))
            .append(' ');
      }
      m.empty("polyline", "points", points.toString().trim(), "class", s.cls(), "fill", "none")
          .line();
    }
    double lx = LEFT;
    double ly = bottom + 56;
    for (Series s : series) {
      Svg.line(m, lx, ly - 4, lx + 24, ly - 4, s.cls());
      Svg.text(m, lx + 30, ly, "start", "label", s.name());
      lx += 40 + 7 * s.name().length();
    }
    return m.closeLine("svg");
  }

  /** A linear map from data to user units. */
  private record Scale(double min, double max, double from, double to) {
    double at(double v) {
      return from + (to - from) * (v - min) / (max - min);
    }
  }
}
