package org.asrsizing.format;

import java.util.List;
import org.asrsizing.model.Units;

/**
 * Horizontal bars, two per server: machines and churn as a percentage of the tier's published limit
 * (or, for a rebalance, the load before and after), with the limit (100 %) and the headroom line
 * (100 - headroom %) drawn across.
 */
final class UtilisationChart {

  /**
   * What the two bars of a server and the 100 % line stand for.
   *
   * @param first legend of the first bar
   * @param firstClass style class of the first bar
   * @param second legend of the second bar
   * @param secondClass style class of the second bar
   * @param limit legend of the 100 % line
   */
  record Series(String first, String firstClass, String second, String secondClass, String limit) {}

  /** Machines and churn against the published limits of the plan's tiers. */
  static final Series LOAD =
      new Series("machines", "machines", "churn", "churn", "published limit");

  /**
   * One server's bars.
   *
   * @param label the server, for example {@code ps-1 large}
   * @param machinePercent the first bar: machines, percent of the published machine limit
   * @param churnPercent the second bar: churn, percent of the published churn limit; {@code null}
   *     when the server has no churn limit
   */
  record Bar(String label, double machinePercent, Double churnPercent) {}

  private static final int WIDTH = 760;
  private static final int LEFT = 160;
  private static final int PLOT = 500;
  private static final int TOP = 34;
  private static final int ROW = 26;
  private static final int BAR = 10;

  private UtilisationChart() {}

  static Markup svg(String id, List<Bar> bars, double headroomPercent, String alternative) {
    return svg(id, bars, headroomPercent, alternative, LOAD);
  }

  static Markup svg(
      String id, List<Bar> bars, double headroomPercent, String alternative, Series series) {
    double max = 100;
    for (Bar b : bars) {
      max = Math.max(max, b.machinePercent());
      max = Math.max(max, b.churnPercent() == null ? 0 : b.churnPercent());
    }
    double scaleMax = Math.ceil(max / 20) * 20;
    int height = TOP + ROW * bars.size() + 44;
    Markup m = Svg.open(id, WIDTH, height, alternative);
    double bottom = TOP + ROW * bars.size();
    for (int tick = 0; tick <= scaleMax; tick += 20) {
      double x = x(tick, scaleMax);
      Svg.line(m, x, TOP - 4, x, bottom, "grid");
      Svg.text(m, x, TOP - 8, "middle", "tick", tick + " %");
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = TOP + ROW * i + 4;
      Svg.text(m, LEFT - 8, y + BAR + 4, "end", "label", b.label());
      bar(m, y, b.machinePercent(), scaleMax, series.firstClass());
      if (b.churnPercent() != null) {
        bar(m, y + BAR + 2, b.churnPercent(), scaleMax, series.secondClass());
      }
    }
    Svg.line(m, x(100, scaleMax), TOP - 4, x(100, scaleMax), bottom, "limit");
    if (headroomPercent > 0) {
      double h = x(100 - headroomPercent, scaleMax);
      Svg.line(m, h, TOP - 4, h, bottom, "headroom");
    }
    legend(m, bottom + 24, headroomPercent, series);
    return m.closeLine("svg");
  }

  private static void bar(Markup m, double y, double percent, double scaleMax, String cls) {
    double w = x(percent, scaleMax) - LEFT;
    Svg.rect(m, LEFT, y, Math.max(w, 1), BAR, cls);
    Svg.text(m, LEFT + w + 4, y + BAR - 2, "start", "value", Units.percent(percent));
  }

  private static void legend(Markup m, double y, double headroomPercent, Series series) {
    Svg.rect(m, LEFT, y - 10, 12, 12, series.firstClass());
    Svg.text(m, LEFT + 16, y, "start", "label", series.first());
    Svg.rect(m, LEFT + 100, y - 10, 12, 12, series.secondClass());
    Svg.text(m, LEFT + 116, y, "start", "label", series.second());
    Svg.line(m, LEFT + 190, y - 12, LEFT + 190, y + 2, "limit");
    Svg.text(m, LEFT + 196, y, "start", "label", series.limit());
    if (headroomPercent > 0) {
      Svg.line(m, LEFT + 330, y - 12, LEFT + 330, y + 2, "headroom");
      Svg.text(
          m,
          LEFT + 336,
          y,
          "start",
          "label",
          "headroom line (" + Units.percent(100 - headroomPercent) + ")");
    }
  }

  private static double x(double percent, double scaleMax) {
    return LEFT + PLOT * percent / scaleMax;
  }
}
