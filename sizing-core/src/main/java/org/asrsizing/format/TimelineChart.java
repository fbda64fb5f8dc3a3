package org.asrsizing.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.TimelineEvent;
import org.asrsizing.whatif.TimelineMonth;

/**
 * vCPUs (left scale) and servers (right scale) month by month as step lines, with each month in
 * which the deployment changes marked by a dashed line and the numbers of its events.
 */
final class TimelineChart {

  private static final int WIDTH = 760;
  private static final int LEFT = 60;
  private static final int PLOT_W = 630;
  private static final int TOP = 40;
  private static final int PLOT_H = 220;

  private TimelineChart() {}

  static Markup svg(
      String id, List<TimelineMonth> months, List<TimelineEvent> events, String alternative) {
    int horizon = months.isEmpty() ? 0 : months.get(months.size() - 1).month();
    double vcpuMax = 1;
    double serverMax = 1;
    for (TimelineMonth m : months) {
      vcpuMax = Math.max(vcpuMax, m.deployment().vcpus());
      serverMax = Math.max(serverMax, servers(m));
    }
    // Round scales: four steps of 1, 2 or 5 times a power of ten; whole servers on the right.
    double vcpuStep = Histogram.roundWidth(vcpuMax / 4);
    vcpuMax = vcpuStep * Math.ceil(vcpuMax / vcpuStep);
    double serverStep = Math.max(1, Histogram.roundWidth(serverMax / 4));
    serverMax = serverStep * Math.ceil(serverMax / serverStep);
    Markup m = Svg.open(id, WIDTH, TOP + PLOT_H + 60, alternative);
    double bottom = TOP + PLOT_H;
    for (double v = 0; v <= vcpuMax + 1e-9; v += vcpuStep) {
      double y = bottom - PLOT_H * v / vcpuMax;
      Svg.line(m, LEFT, y, LEFT + PLOT_W, y, "grid");
      Svg.text(m, LEFT - 6, y + 4, "end", "tick", Units.number(v, 0));
    }
    for (double v = 0; v <= serverMax + 1e-9; v += serverStep) {
      double y = bottom - PLOT_H * v / serverMax;
      Svg.text(m, LEFT + PLOT_W + 6, y + 4, "start", "tick", Units.number(v, 0));
    }
    Svg.line(m, LEFT, bottom, LEFT + PLOT_W, bottom, "axis");
    Svg.line(m, LEFT, TOP, LEFT, bottom, "axis");
    Svg.line(m, LEFT + PLOT_W, TOP, LEFT + PLOT_W, bottom, "axis");
    Svg.text(m, LEFT - 50, TOP - 14, "start", "label", "vCPU");
    Svg.text(m, LEFT + PLOT_W + 40, TOP - 14, "end", "label", "servers");
    int step = Math.max(1, (int) Math.ceil(horizon / 12.0));
    for (int month = 0; month <= horizon; month += step) {
      Svg.text(m, x(month, horizon), bottom + 16, "middle", "tick", month);
    }
    Svg.text(m, LEFT + PLOT_W / 2.0, bottom + 36, "middle", "label", "month");
    markEvents(m, events, horizon, bottom);
    step(m, months, horizon, bottom, vcpuMax, true);
    step(m, months, horizon, bottom, serverMax, false);
    double ly = bottom + 54;
    Svg.line(m, LEFT, ly - 4, LEFT + 24, ly - 4, "series-vcpu");
    Svg.text(m, LEFT + 30, ly, "start", "label", "vCPU (left scale)");
    Svg.line(m, LEFT + 170, ly - 4, LEFT + 194, ly - 4, "series-servers");
    Svg.text(m, LEFT + 200, ly, "start", "label", "servers (right scale)");
    Svg.line(m, LEFT + 360, ly - 10, LEFT + 360, ly + 2, "event");
    Svg.text(m, LEFT + 366, ly, "start", "label", "deployment changes (event numbers)");
    return m.closeLine("svg");
  }

  /** Each month with events: a dashed line and the 1-based numbers of its events above it. */
  private static void markEvents(Markup m, List<TimelineEvent> events, int horizon, double bottom) {
    Map<Integer, List<String>> byMonth = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      byMonth
          .computeIfAbsent(events.get(i).month(), k -> new ArrayList<>())
          .add(String.valueOf(i + 1));
    }
    int row = 0;
    for (Map.Entry<Integer, List<String>> e : byMonth.entrySet()) {
      double x = x(e.getKey(), horizon);
      Svg.line(m, x, TOP - 4, x, bottom, "event");
      // Alternate two heights so numbers of neighbouring months do not overprint.
      Svg.text(m, x, TOP - 8 - 12 * (row++ % 2), "middle", "value", String.join(",", e.getValue()));
    }
  }

  private static void step(
      Markup m, List<TimelineMonth> months, int horizon, double bottom, double max, boolean vcpu) {
    StringBuilder points = new StringBuilder();
    Double last = null;
    for (TimelineMonth month : months) {
      double value = vcpu ? month.deployment().vcpus() : servers(month);
      double x = x(month.month(), horizon);
      double y = bottom - PLOT_H * value / max;
      if (last != null) {
        points.append(Svg.at(x)).append(',').append(Svg.at(last)).append(' ');
      }
      points.append(Svg.at(x)).append(',').append(Svg.at(y)).append(' ');
      last = y;
    }
    m.empty(
            "polyline",
            "points",
            points.toString().trim(),
            "class",
            vcpu ? "series-vcpu" : "series-servers",
            "fill",
            "none")
        .line();
  }

  private static int servers(TimelineMonth m) {
    return m.deployment().configurationServers() + m.deployment().processServers();
  }

  private static double x(int month, int horizon) {
    return LEFT + (horizon == 0 ? PLOT_W / 2.0 : (double) PLOT_W * month / horizon);
  }
}
