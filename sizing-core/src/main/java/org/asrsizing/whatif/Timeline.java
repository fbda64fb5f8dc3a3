package org.asrsizing.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Units;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.OperateMode;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.SavedDeployment;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/**
 * The deployment month by month while the workload grows: machine count and churn each grow by
 * their own rate per year, compounded monthly as (1 + g)^(m/12), machine counts rounded up. Month 0
 * is planned; every later month starts from the servers bought by the month before and changes them
 * as little as the limits allow (a purchase path: nothing bought is thrown away), and is compared
 * with planning that month afresh and with its lower bound. Events say what to buy or change in
 * which month, why, and which machines move.
 *
 * @param machineGrowthPercentPerYear growth of the machine count, percent per year
 * @param churnGrowthPercentPerYear growth of the total churn, percent per year
 * @param horizonMonths the last month planned
 * @param change how a month that needs more room gets it: adding servers, resizing, or the cheaper
 * @param allowRetire whether the path may drain and retire a process server it bought when that
 *     makes the month cheaper (otherwise nothing bought is removed)
 * @param start the month 0 is, {@code YYYY-MM}, or {@code null} when months are only counted
 * @param months months 0 to the horizon
 * @param events changes of the deployment, in month order
 */
@JsonPropertyOrder({
  "machineGrowthPercentPerYear",
  "churnGrowthPercentPerYear",
  "horizonMonths",
  "change",
  "allowRetire",
  "start",
  "months",
  "events"
})
public record Timeline(
    double machineGrowthPercentPerYear,
    double churnGrowthPercentPerYear,
    int horizonMonths,
    PathChange change,
    boolean allowRetire,
    @JsonInclude(JsonInclude.Include.NON_NULL) String start,
    List<TimelineMonth> months,
    List<TimelineEvent> events) {

  /** The longest horizon, months (25 years). */
  public static final int MAX_HORIZON_MONTHS = 300;

  /** The largest growth rate, percent per year. */
  public static final double MAX_GROWTH_PERCENT = 1000;

  /**
   * The most machine-months a timeline follows: every month's machines added up, months 0 to the
   * horizon. Each month is planned afresh and the path changed over all its machines, so the time a
   * timeline takes grows with this sum; 60 months of 10^5 machines growing 20 % a year are 9.97
   * million (about 40 s on two cores, docs/benchmarks.md).
   */
  public static final long MAX_MACHINE_MONTHS = 10_000_000;

  public Timeline {
    months = List.copyOf(months);
    events = List.copyOf(events);
  }

  /** The timeline taking the cheaper change each month, months counted from now. */
  public static Timeline compute(
      Workload workload,
      Catalog catalog,
      PlanOptions options,
      double machineGrowthPercentPerYear,
      double churnGrowthPercentPerYear,
      int horizonMonths) {
    return compute(
        workload,
        catalog,
        options,
        new Growth(machineGrowthPercentPerYear, churnGrowthPercentPerYear, horizonMonths, null),
        PathChange.CHEAPEST);
  }

  /**
   * How a timeline's workload grows and over which months.
   *
   * @param machinesPercentPerYear growth of the machine count, percent per year
   * @param churnPercentPerYear growth of the total churn, percent per year
   * @param horizonMonths the last month
   * @param start the calendar month of month 0, or {@code null}
   */
  public record Growth(
      double machinesPercentPerYear,
      double churnPercentPerYear,
      int horizonMonths,
      YearMonth start) {

    public Growth {
      checkGrowth(machinesPercentPerYear);
      checkGrowth(churnPercentPerYear);
      checkHorizon(horizonMonths);
    }

    String date(int month) {
      return start == null ? null : start.plusMonths(month).toString();
    }
  }

  /**
   * Plans {@code workload} for month 0 and follows it month by month to the horizon. The options'
   * own growth must be 0: the timeline's rates replace it.
   */
  public static Timeline compute(
      Workload workload, Catalog catalog, PlanOptions options, Growth growth, PathChange change) {
    return compute(workload, catalog, options, growth, change, false);
  }

  /**
   * The same; with {@code allowRetire} the path may also drain and retire a process server it
   * bought when that makes a month cheaper.
   */
  public static Timeline compute(
      Workload workload,
      Catalog catalog,
      PlanOptions options,
      Growth growth,
      PathChange change,
      boolean allowRetire) {
    if (options.growthPercent() != 0) {
      throw new IllegalArgumentException("a timeline sets growth itself; plan options need 0");
    }
    checkFollowed(workload.machines().size(), workload.aggregate(), growth);
    GrowthPath path =
        new GrowthPath(
            catalog,
            new OperateOptions(
                options.headroomPercent(),
                options.configurationServerMachineLimit(),
                Set.of(),
                options.spares(),
                OperateMode.REBALANCE,
                options.failoverHeadroomPercent()),
            change,
            allowRetire);
    List<TimelineMonth> months = new ArrayList<>();
    TimelineEvents events = null;
    SavedDeployment bought = null;
    for (int m = 0; m <= growth.horizonMonths(); m++) {
      double fm = WorkloadGrowth.factor(growth.machinesPercentPerYear(), m);
      double fc = WorkloadGrowth.factor(growth.churnPercentPerYear(), m);
      Workload grown = WorkloadGrowth.grow(workload, fm, fc);
      Plan afresh = Planner.plan(grown, catalog, options);
      GrowthPath.Step step =
          bought == null
              ? path.start(afresh, grown.machines())
              : path.next(bought, grown.machines(), afresh);
      bought = step.taken().change().deploymentAfter();
      Deployment now = Deployment.of(bought, afresh);
      if (events == null) {
        events = new TimelineEvents(now);
      } else {
        events.month(m, growth.date(m), step, now);
      }
      months.add(
          new TimelineMonth(
              m,
              growth.date(m),
              fm,
              fc,
              now,
              Deployment.of(afresh),
              afresh.summary().lowerBoundVcpus(),
              step.taken().moves() + step.taken().machinesGivenUp(),
              bought));
    }
    return new Timeline(
        growth.machinesPercentPerYear(),
        growth.churnPercentPerYear(),
        growth.horizonMonths(),
        change,
        allowRetire,
        growth.date(0),
        months,
        events.events());
  }

  /**
   * Machines of every month from 0 to the horizon added up, for {@code machines} today; {@link
   * Long#MAX_VALUE} when more.
   */
  public static long machineMonths(int machines, Growth growth) {
    long total = 0;
    for (int m = 0; m <= growth.horizonMonths(); m++) {
      long n = grown(machines, growth, m);
      total = n > Long.MAX_VALUE - total ? Long.MAX_VALUE : total + n;
    }
    return total;
  }

  /**
   * Checks that {@code machines} growing by {@code growth} can be followed: no month has more
   * machines than a plan may have (an aggregate's limit when {@code aggregate}), and the months add
   * up to at most {@value #MAX_MACHINE_MONTHS} machine-months. The message names the horizon that
   * could be followed. Checked before the first month is planned, so a timeline too large is
   * refused at once rather than after minutes.
   */
  public static void checkFollowed(int machines, boolean aggregate, Growth growth) {
    int cap = aggregate ? Workload.MAX_AGGREGATE_MACHINES : Workload.MAX_PLANNED_MACHINES;
    String who =
        machines
            + " machines"
            + (growth.machinesPercentPerYear() > 0
                ? " growing " + Units.percent(growth.machinesPercentPerYear()) + "/year"
                : "");
    long total = 0;
    for (int m = 0; m <= growth.horizonMonths(); m++) {
      long n = grown(machines, growth, m);
      if (n > cap) {
        throw new IllegalArgumentException(
            who
                + " pass the "
                + cap
                + " a plan may have in month "
                + m
                + " ("
                + n
                + "); shorten the horizon to "
                + (m - 1)
                + " months");
      }
      if (total + n > MAX_MACHINE_MONTHS) {
        throw new IllegalArgumentException(
            who
                + " over a horizon of "
                + growth.horizonMonths()
                + " months pass the "
                + MAX_MACHINE_MONTHS
                + " machine-months a timeline follows (every month's machines added up) in month "
                + m
                + ", with "
                + (total + n)
                + "; shorten the horizon to "
                + (m - 1)
                + " months");
      }
      total += n;
    }
  }

  private static long grown(int machines, Growth growth, int month) {
    return WorkloadGrowth.grownCount(
        machines, WorkloadGrowth.factor(growth.machinesPercentPerYear(), month));
  }

  /** Checks a growth rate: a percentage per year from 0 to {@value #MAX_GROWTH_PERCENT}. */
  public static double checkGrowth(double percentPerYear) {
    if (!Double.isFinite(percentPerYear)
        || percentPerYear < 0
        || percentPerYear > MAX_GROWTH_PERCENT) {
      throw new IllegalArgumentException(
          "growth must be a percentage per year from 0 to " + (int) MAX_GROWTH_PERCENT);
    }
    return percentPerYear;
  }

  /** Checks a horizon: 0 to {@value #MAX_HORIZON_MONTHS} months. */
  public static int checkHorizon(int months) {
    if (months < 0 || months > MAX_HORIZON_MONTHS) {
      throw new IllegalArgumentException(
          "the horizon must be a whole number of months from 0 to " + MAX_HORIZON_MONTHS);
    }
    return months;
  }
}
