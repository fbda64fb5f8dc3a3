package org.asrsizing.whatif;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.WriteSeries;

/**
 * The RPO side of a bandwidth report: for each site's WAN link and each server, the bandwidth each
 * target RPO needs, and with a given link the RPO it gets; from the profiled write rates when the
 * inventory has them, from daily averages times a peak factor when not.
 *
 * @param series whether profiled write rates were simulated ({@code false}: daily averages only)
 * @param rpoTargetsMinutes the target RPOs, minutes
 * @param peakFactor the busiest hours' rate as a multiple of the daily average, used only without a
 *     series
 * @param throttles the daily throttle windows applied to every link
 * @param sites each site's link
 * @param servers each server that carries machines (empty without a series)
 */
public record RpoReport(
    boolean series,
    List<Double> rpoTargetsMinutes,
    double peakFactor,
    List<Throttle> throttles,
    List<SiteRpo> sites,
    List<ServerRpo> servers) {

  /** The Deployment Planner's default desired RPO, minutes. */
  public static final double DEFAULT_RPO_MINUTES = 15;

  /**
   * The peak factor without a series: an assumption, about the 54 MB/s peak a machine may write
   * against the 25 MB/s average the 2019 support matrix listed per machine.
   */
  public static final double DEFAULT_PEAK_FACTOR = 2;

  /** A cache disk with less than this share free puts a process server in Warning health. */
  static final double CACHE_WARNING_USED_PERCENT = 70;

  public RpoReport {
    rpoTargetsMinutes = List.copyOf(rpoTargetsMinutes);
    throttles = List.copyOf(throttles);
    sites = List.copyOf(sites);
    servers = List.copyOf(servers);
  }

  /**
   * What to simulate.
   *
   * @param rpoMinutes target RPOs, minutes, each above 0
   * @param links each site's link, or {@link SiteLinks#NONE}
   * @param throttles daily throttle windows
   * @param compressionPercent share compression removes, 0 to below 100
   * @param peakFactor multiple of the average for the estimate without a series, at least 1
   */
  public record Options(
      List<Double> rpoMinutes,
      SiteLinks links,
      List<Throttle> throttles,
      double compressionPercent,
      double peakFactor) {

    public Options {
      rpoMinutes = List.copyOf(new TreeSet<>(rpoMinutes));
      throttles = List.copyOf(throttles);
      if (rpoMinutes.isEmpty()) {
        throw new IllegalArgumentException("give at least one target RPO");
      }
      for (double r : rpoMinutes) {
        if (!(r > 0) || !Double.isFinite(r)) {
          throw new IllegalArgumentException("a target RPO must be a duration above 0");
        }
      }
      if (!(peakFactor >= 1) || !Double.isFinite(peakFactor)) {
        throw new IllegalArgumentException("the peak factor must be a number of at least 1");
      }
    }
  }

  /** The RPO figures of {@code plan}'s protectable machines, with {@code series} if any. */
  public static RpoReport of(Plan plan, List<WriteSeries> series, Options o) {
    List<PlannedServer> carrying = carrying(plan);
    Map<String, List<PlannedServer>> bySite = new LinkedHashMap<>();
    for (PlannedServer s : carrying) {
      if (s.machines() == 0) {
        continue;
      }
      bySite.computeIfAbsent(s.site(), k -> new ArrayList<>()).add(s);
    }
    o.links().check(bySite.keySet());
    Map<String, WriteSeries> byMachine = new HashMap<>();
    series.forEach(s -> byMachine.put(s.machine(), s));
    boolean simulated = !series.isEmpty();
    long[] breaks = breaks(o.throttles());
    List<Double> targets = o.rpoMinutes().stream().map(m -> m * 60).toList();
    List<SiteRpo> sites = new ArrayList<>();
    List<ServerRpo> servers = new ArrayList<>();
    for (Map.Entry<String, List<PlannedServer>> e : bySite.entrySet()) {
      String site = e.getKey();
      Double link = o.links().of(site);
      int machines = e.getValue().stream().mapToInt(PlannedServer::machines).sum();
      if (!simulated) {
        double churn = e.getValue().stream().mapToDouble(PlannedServer::churnGiBPerDay).sum();
        double avg = Bandwidth.egressMbps(Bandwidth.mbps(churn), o.compressionPercent());
        sites.add(
            new SiteRpo(
                site,
                machines,
                0,
                null,
                null,
                avg,
                avg * o.peakFactor(),
                List.of(),
                link,
                null,
                List.of()));
        continue;
      }
      LoadSeries load = LoadSeries.of(machinesOf(e.getValue(), byMachine), breaks);
      sites.add(site(site, machines, load, link, targets, o));
      double siteMean = load.meanMiBps();
      for (PlannedServer s : e.getValue()) {
        if (s.assignedMachines().isEmpty()) {
          continue;
        }
        LoadSeries own = LoadSeries.of(machinesOf(List.of(s), byMachine), breaks);
        double share = link == null || siteMean == 0 ? 1 : own.meanMiBps() / siteMean;
        servers.add(server(s, own, link, share, targets, o));
      }
    }
    return new RpoReport(simulated, o.rpoMinutes(), o.peakFactor(), o.throttles(), sites, servers);
  }

  /** The findings of this report, one sentence each, with the rule and source of each. */
  public List<Finding> findings(double compressionPercent) {
    return RpoFindings.of(this, compressionPercent);
  }

  private static SiteRpo site(
      String site, int machines, LoadSeries load, Double link, List<Double> targets, Options o) {
    List<RequiredBandwidth> required = new ArrayList<>();
    for (double t : targets) {
      required.add(RequiredBandwidth.of(load, t, o.throttles(), o.compressionPercent()));
    }
    AchievedRpo achieved = null;
    if (link != null) {
      double[] cap =
          BacklogSimulation.capacity(load, link, o.throttles(), o.compressionPercent(), 1);
      achieved = AchievedRpo.of(load, link, cap, targets);
    }
    double mean = BacklogSimulation.linkMbps(load.meanMiBps(), o.compressionPercent());
    double peak = BacklogSimulation.linkMbps(load.peakMiBps(), o.compressionPercent());
    return new SiteRpo(
        site,
        machines,
        load.samples,
        time(load.bounds[0]),
        time(load.bounds[load.bounds.length - 1]),
        mean,
        peak,
        required,
        link,
        achieved,
        curve(load, link != null ? link : reference(required, peak), targets.get(0), o));
  }

  /** Multiples of the reference bandwidth the curve of bandwidth against RPO is drawn at. */
  private static final double[] CURVE = {0.5, 0.75, 1, 1.25, 1.5, 2, 3};

  /** What the first target needs in every interval, or the peak upload when out of reach. */
  private static double reference(List<RequiredBandwidth> required, double peakMbps) {
    Double first = required.get(0).mbpsAt100Percent();
    return first != null && first > 0 ? first : Math.max(peakMbps, 0.01);
  }

  private static List<SiteRpo.RpoAtBandwidth> curve(
      LoadSeries load, double reference, double targetSeconds, Options o) {
    List<SiteRpo.RpoAtBandwidth> points = new ArrayList<>();
    for (double k : CURVE) {
      double mbps = reference * k;
      double[] cap =
          BacklogSimulation.capacity(load, mbps, o.throttles(), o.compressionPercent(), 1);
      BacklogSimulation.Outcome run = BacklogSimulation.run(load, cap, targetSeconds);
      points.add(
          new SiteRpo.RpoAtBandwidth(
              mbps, run.worstRpoSeconds() / 60, run.percentileSeconds(0.90) / 60));
    }
    return points;
  }

  private static ServerRpo server(
      PlannedServer s, LoadSeries own, Double link, double share, List<Double> targets, Options o) {
    List<RequiredBandwidth> required = new ArrayList<>();
    for (double t : targets) {
      required.add(RequiredBandwidth.of(own, t, o.throttles(), o.compressionPercent()));
    }
    Double at = link == null ? required.get(0).mbpsAt100Percent() : link * share;
    Double worst = null;
    double backlog = 0;
    if (at != null) {
      // a share of a site link: the throttle windows are shared in the same proportion
      double scale = link == null ? 1 : share;
      double base = link == null ? at : link;
      double[] cap =
          BacklogSimulation.capacity(own, base, o.throttles(), o.compressionPercent(), scale);
      BacklogSimulation.Outcome run = BacklogSimulation.run(own, cap, targets.get(0));
      worst = run.worstRpoSeconds() / 60;
      backlog = run.peakBacklogMiB() / 1024;
    }
    return new ServerRpo(
        s.id(),
        s.site(),
        s.tier(),
        s.machines(),
        required,
        at,
        worst,
        backlog,
        s.cacheDiskGiB(),
        s.cacheDiskGiB() == 0 ? 0 : backlog / s.cacheDiskGiB() * 100);
  }

  static List<PlannedServer> carrying(Plan plan) {
    List<PlannedServer> carrying = new ArrayList<>();
    plan.configurationServers().stream().filter(PlannedServer::replicates).forEach(carrying::add);
    carrying.addAll(plan.processServers());
    return carrying;
  }

  private static List<WriteSeries> machinesOf(
      List<PlannedServer> servers, Map<String, WriteSeries> byMachine) {
    List<WriteSeries> list = new ArrayList<>();
    for (PlannedServer s : servers) {
      for (String m : s.assignedMachines()) {
        WriteSeries w = byMachine.get(m);
        if (w == null) {
          throw new IllegalArgumentException("machine " + m + " has no profiled write rates");
        }
        list.add(w);
      }
    }
    return list;
  }

  private static long[] breaks(List<Throttle> throttles) {
    TreeSet<Long> set = new TreeSet<>();
    for (Throttle t : throttles) {
      set.add((long) t.from().toSecondOfDay());
      set.add((long) t.to().toSecondOfDay());
    }
    return set.stream().mapToLong(Long::longValue).toArray();
  }

  private static LocalDateTime time(long epochSecond) {
    return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
  }
}
