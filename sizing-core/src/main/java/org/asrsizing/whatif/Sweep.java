package org.asrsizing.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/**
 * One input varied over a range, the rest fixed.
 *
 * @param variable what was varied
 * @param unit the unit of its values: {@code x} for multipliers, {@code %} for percentages
 * @param rows one per value, from {@code from} to {@code to}
 */
public record Sweep(String variable, String unit, List<SweepRow> rows) {

  /** The most values one sweep plans. */
  public static final int MAX_STEPS = 500;

  /** What a sweep can vary. */
  public enum Variable {
    /** Multiplier of the total churn. */
    CHURN("x"),
    /** Multiplier of the machine count (rounded up). */
    MACHINES("x"),
    /** The planner's growth, percent. */
    GROWTH("%"),
    /** The planner's headroom, percent. */
    HEADROOM("%");

    final String unit;

    Variable(String unit) {
      this.unit = unit;
    }
  }

  /**
   * One row.
   *
   * @param value the varied input's value
   * @param deployment what it needs
   */
  public record SweepRow(double value, Deployment deployment) {}

  public Sweep {
    rows = List.copyOf(rows);
  }

  /** The values from {@code from} to {@code to} by {@code step}, exactly in decimal. */
  public static List<BigDecimal> values(BigDecimal from, BigDecimal to, BigDecimal step) {
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("the step must be above 0");
    }
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException("the end of the range must not be below its start");
    }
    List<BigDecimal> values = new ArrayList<>();
    for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
      if (values.size() == MAX_STEPS) {
        throw new IllegalArgumentException("the range has more than " + MAX_STEPS + " steps");
      }
      values.add(v);
    }
    return values;
  }

  public static Sweep run(
      Workload workload,
      Catalog catalog,
      PlanOptions options,
      Variable variable,
      List<BigDecimal> values) {
    List<SweepRow> rows = new ArrayList<>();
    for (BigDecimal value : values) {
      double v = value.doubleValue();
      Workload w = workload;
      PlanOptions o = options;
      switch (variable) {
        case CHURN -> w = WorkloadGrowth.grow(workload, 1, positive(v));
        case MACHINES -> w = WorkloadGrowth.grow(workload, positive(v), 1);
        case GROWTH -> o = options.withGrowthPercent(v);
        case HEADROOM -> o = options.withHeadroomPercent(v);
        default -> throw new IllegalStateException(variable.name());
      }
      rows.add(new SweepRow(v, Deployment.of(Planner.plan(w, catalog, o))));
    }
    return new Sweep(variable.name().toLowerCase(java.util.Locale.ROOT), variable.unit, rows);
  }

  private static double positive(double multiplier) {
    if (!(multiplier > 0)) {
      throw new IllegalArgumentException("multipliers must be above 0");
    }
    return multiplier;
  }
}
