package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;
import org.asrsizing.plan.Planner;

/** Small plans that together use every part of the plan model, for the writer and reader tests. */
public final class SamplePlans {

  /** A machine name that runs a program when a spreadsheet evaluates it as a formula. */
  public static final String FORMULA = "=cmd|' /C calc'!A0";

  private SamplePlans() {}

  /** Three identical machines on one small configuration server. */
  public static Plan small() {
    return classic(Workload.aggregate(3, 30), PlanOptions.defaults());
  }

  /**
   * Three busy machines: beyond 2 TiB/day, so process servers carry them, and the fewest-servers
   * deployment differs from the fewest-vCPU one (an alternative).
   */
  public static Plan scaleOut() {
    return classic(
        Workload.of(
            List.of(
                Machine.of("app-01", 700), Machine.of("db-01", 900), Machine.of("web-01", 600))),
        PlanOptions.defaults());
  }

  /**
   * Two sites; a machine beyond the 2 TiB/day ceiling (not protectable); names that a spreadsheet
   * would run as formulas, and names with a pipe, a comma and quotes.
   */
  public static Plan mixed() {
    List<Machine> machines = new ArrayList<>();
    machines.add(site(FORMULA, 12.5, "paris"));
    machines.add(site("+SUM(A1)", 20, "paris"));
    machines.add(site("-2+3", 7.25, "paris"));
    machines.add(site("@import", 3, "paris"));
    machines.add(site("\tTAB", 1, "paris"));
    machines.add(site("pipe|name", 40, "lyon"));
    machines.add(site("comma, \"quoted\"", 15.5, "lyon"));
    machines.add(site("huge-db", 2500, "lyon"));
    return classic(Workload.of(machines), PlanOptions.defaults());
  }

  /**
   * 250 machines, 300 GiB/day: three small process servers use the fewest vCPUs, two medium ones
   * are the fewest servers (the alternative).
   */
  public static Plan withAlternative() {
    return classic(Workload.aggregate(250, 300), PlanOptions.defaults());
  }

  /** Growth, headroom and scale-up preference. */
  public static Plan grownWithHeadroom() {
    return classic(Workload.aggregate(5, 100), new PlanOptions(30, 10, Preference.SERVERS, null));
  }

  /** The modernized architecture: replication appliances. */
  public static Plan appliances() {
    return Planner.plan(
        Workload.aggregate(250, 2500),
        CatalogLoader.builtIn("asr-modernized"),
        PlanOptions.defaults());
  }

  /** Every sample, by name. */
  public static List<Named> all() {
    return List.of(
        new Named("small", small()),
        new Named("scale-out", scaleOut()),
        new Named("mixed", mixed()),
        new Named("grown", grownWithHeadroom()),
        new Named("alternative", withAlternative()),
        new Named("appliances", appliances()));
  }

  public record Named(String name, Plan plan) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Machine site(String name, double churn, String site) {
    return new Machine(name, churn, null, site, null, null);
  }

  private static Plan classic(Workload w, PlanOptions options) {
    return Planner.plan(w, CatalogLoader.builtIn("asr-classic"), options);
  }
}
