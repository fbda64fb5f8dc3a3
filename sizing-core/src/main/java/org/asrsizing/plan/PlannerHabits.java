package org.asrsizing.plan;

import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;
import org.asrsizing.model.Workload;

/**
 * The default plan keeps no margin: with growth and headroom both 0 every server may be filled to
 * 100 % of its tier's published limits. Architects who know the Deployment Planner expect its 30 %
 * growth factor and some headroom, so such a plan says so once and what those habits would cost,
 * planned a second time.
 */
public final class PlannerHabits {

  /** The Deployment Planner's default growth factor, percent. */
  public static final double GROWTH_PERCENT = 30;

  /** A headroom architects commonly keep on top of it, percent. */
  public static final double HEADROOM_PERCENT = 20;

  /**
   * The most machines costed a second time: above it the finding says how to see the cost, so that
   * the default plan of a large estate does not take twice as long.
   */
  public static final int MAX_COSTED_MACHINES = 100_000;

  private PlannerHabits() {}

  /**
   * {@code plan} with the {@link Rule#PLANNED_TO_LIMITS} finding last when {@code options} have no
   * growth and no headroom; {@code plan} itself otherwise.
   */
  public static Plan withMarginFinding(
      Plan plan, Workload workload, Catalog catalog, PlanOptions options) {
    // The plan's own assumptions, not the options: N+K planning may choose a headroom itself.
    if (plan.assumptions().growthPercent() != 0 || plan.assumptions().headroomPercent() != 0) {
      return plan;
    }
    // Growth adds machines that share the churn, which could make a machine that cannot be
    // protected look protectable: such a plan is not costed a second time.
    if (workload.machines().size() > MAX_COSTED_MACHINES) {
      return plan.withFindingsLast(List.of(finding(plan, null, false)));
    }
    Plan habits = plan.feasible() ? withHabits(workload, catalog, options) : null;
    return plan.withFindingsLast(List.of(finding(plan, habits, true)));
  }

  /**
   * The plan with the Deployment Planner's habits, or {@code null} when the catalog refuses them.
   */
  private static Plan withHabits(Workload workload, Catalog catalog, PlanOptions options) {
    try {
      return Planner.plan(
          workload,
          catalog,
          options.withGrowthPercent(GROWTH_PERCENT).withHeadroomPercent(HEADROOM_PERCENT));
    } catch (IllegalArgumentException e) {
      return null; // a custom catalog's smallest tier may leave no room at 20 % headroom
    }
  }

  static Finding finding(Plan plan, Plan habits) {
    return finding(plan, habits, true);
  }

  private static Finding finding(Plan plan, Plan habits, boolean costed) {
    return new Finding(
        Rule.PLANNED_TO_LIMITS,
        Severity.INFO,
        "growth and headroom are both 0 %: servers are planned up to 100 % of their tiers'"
            + " published limits, with no room for growth or peaks"
            + (costed ? cost(plan, habits) : notCosted()),
        "");
  }

  private static String notCosted() {
    return "; plan again with "
        + Units.percent(GROWTH_PERCENT)
        + " growth and "
        + Units.percent(HEADROOM_PERCENT)
        + " headroom (the Deployment Planner's habits) to see what they cost (not done here above "
        + MAX_COSTED_MACHINES
        + " machines)";
  }

  /** What the habits would cost, after a {@code ;}; empty for a plan that is not costed. */
  private static String cost(Plan plan, Plan habits) {
    if (!plan.feasible()) {
      return "";
    }
    if (habits == null) {
      return "; the catalog's tiers leave no room for "
          + Units.percent(HEADROOM_PERCENT)
          + " headroom";
    }
    String cost =
        "; with "
            + Units.percent(GROWTH_PERCENT)
            + " growth and "
            + Units.percent(HEADROOM_PERCENT)
            + " headroom (the Deployment Planner's habits) it would need "
            + (same(plan, habits) ? "the same " : "")
            + servers(habits)
            + " and "
            + habits.summary().vcpus()
            + " vCPU";
    if (!same(plan, habits)) {
      cost += " instead of " + servers(plan) + " and " + plan.summary().vcpus() + " vCPU";
    }
    int unprotected = habits.summary().unplacedMachines();
    if (unprotected > 0) {
      cost +=
          ", and "
              + unprotected
              + (unprotected == 1 ? " machine" : " machines")
              + " would exceed a tier's limits at that headroom";
    }
    return cost;
  }

  private static boolean same(Plan plan, Plan habits) {
    return servers(plan).equals(servers(habits))
        && plan.summary().vcpus() == habits.summary().vcpus();
  }

  private static String servers(Plan p) {
    int n = p.summary().configurationServers() + p.summary().processServers();
    return n + (n == 1 ? " server" : " servers");
  }
}
