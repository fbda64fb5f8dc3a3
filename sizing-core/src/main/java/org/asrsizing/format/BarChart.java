package org.asrsizing.format;

import java.util.List;

/** Horizontal bars of amounts, one per category, each labelled with a note (its amount). */
final class BarChart {

  /**
   * One bar.
   *
   * @param label the category, for example {@code process server large}
   * @param amount its length, in any unit (a count, Mbps), at least 0
   * @param note text after the bar, for example {@code 3 servers, 36 vCPU}
   * @param cls the style class of the bar
   */
  record Bar(String label, double amount, String note, String cls) {}

  private static final int WIDTH = 760;
  private static final int LEFT = 220;
  private static final int PLOT = 380;
  private static final int ROW = 26;

  private BarChart() {}

  static Markup svg(String id, List<Bar> bars, String alternative) {
    double max = 0;
    for (Bar b : bars) {
      max = Math.max(max, b.amount());
    }
    if (!(max > 0)) {
      max = 1;
    }
    int height = ROW * bars.size() + 12;
    Markup m = Svg.open(id, WIDTH, height, alternative);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = 6 + ROW * i;
      double w = Math.max(1, PLOT * b.amount() / max);
      Svg.text(m, LEFT - 8, y + 14, "end", "label", b.label());
      Svg.rect(m, LEFT, y, w, ROW - 8, b.cls());
      Svg.text(m, LEFT + w + 6, y + 14, "start", "value", b.note());
    }
    return m.closeLine("svg");
  }
}
