package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/**
 * The deployment month by month while the workload grows: machine count and churn each grow by
 * their own rate per year, compounded monthly as (1 + g)^(m/12), machine counts rounded up. Each
 * month is planned afresh; events mark the months where the deployment must change.
 *
 * @param machineGrowthPercentPerYear growth of the machine count, percent per year
 * @param churnGrowthPercentPerYear growth of the total churn, percent per year
 * @param horizonMonths the last month planned
 * @param months months 0 to the horizon
 * @param events changes of the deployment, in month order
 */
public record Timeline(
    double machineGrowthPercentPerYear,
    double churnGrowthPercentPerYear,
    int horizonMonths,
    List<TimelineMonth> months,
    List<TimelineEvent> events) {

  /** The longest horizon, months (25 years). */
  public static final int MAX_HORIZON_MONTHS = 300;

  /** The largest growth rate, percent per year. */
  public static final double MAX_GROWTH_PERCENT = 1000;

  public Timeline {
    months = List.copyOf(months);
    events = List.copyOf(events);
  }

  /**
   * Plans {@code workload} for every month from 0 to {@code horizonMonths}. The options' own growth
   * must be 0: the timeline's rates replace it.
   */
  public static Timeline compute(
      Workload workload,
      Catalog catalog,
      PlanOptions options,
      double machineGrowthPercentPerYear,
      double churnGrowthPercentPerYear,
      int horizonMonths) {
    checkGrowth(machineGrowthPercentPerYear);
    checkGrowth(churnGrowthPercentPerYear);
    checkHorizon(horizonMonths);
    if (options.growthPercent() != 0) {
      throw new IllegalArgumentException("a timeline sets growth itself; plan options need 0");
    }
    List<TimelineMonth> months = new ArrayList<>();
    for (int m = 0; m <= horizonMonths; m++) {
      double fm = WorkloadGrowth.factor(machineGrowthPercentPerYear, m);
      double fc = WorkloadGrowth.factor(churnGrowthPercentPerYear, m);
      Workload grown = WorkloadGrowth.grow(workload, fm, fc);
      months.add(
          new TimelineMonth(m, fm, fc, Deployment.of(Planner.plan(grown, catalog, options))));
    }
    return new Timeline(
        machineGrowthPercentPerYear,
        churnGrowthPercentPerYear,
        horizonMonths,
        months,
        TimelineEvents.between(months));
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
