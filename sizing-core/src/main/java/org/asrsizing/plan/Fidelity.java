package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Choice;
import org.asrsizing.catalog.DiskChurnLimit;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Units;
import org.asrsizing.model.Workload;
import org.asrsizing.placement.CheapestTier;
import org.asrsizing.rules.MachineRules;

/**
 * The published worked examples and table edges of the pages the classic catalog cites, each
 * re-computed by this planner: the page's numbers, ours, and "same" or the catalog choice that
 * explains the difference. docs/fidelity.md is this list, checked by the docs tests.
 */
public final class Fidelity {

  /** The word of a check whose numbers agree. */
  public static final String SAME = "same";

  /**
   * One published number and ours.
   *
   * @param example what was checked
   * @param source the page and its date
   * @param published what the page gives
   * @param ours what this planner gives, computed now
   * @param verdict {@link #SAME}, or the difference and the catalog choice that explains it
   */
  public record Check(
      String example, String source, String published, String ours, String verdict) {

    /** Whether the numbers agree (a verdict of "same", perhaps with a remark in brackets). */
    public boolean same() {
      return verdict.equals(SAME) || verdict.startsWith(SAME + " (");
    }
  }

  private final Catalog catalog;
  private final List<Check> checks = new ArrayList<>();

  private Fidelity(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Every check against {@code classic}, the bundled asr-classic catalog. */
  public static List<Check> of(Catalog classic) {
    Fidelity f = new Fidelity(classic);
    f.example2017();
    f.example2021();
    f.configurationServerEdges();
    f.processServerEdges();
    f.scaleOutEdges();
    f.managementLimits();
    f.machineCeiling();
    f.diskTable();
    return List.copyOf(f.checks);
  }

  private void add(String example, String source, String published, String ours, String verdict) {
    checks.add(new Check(example, catalog.cite(source), published, ours, verdict));
  }

  private Plan plan(int machines, double churn, PlanOptions options) {
    return Planner.plan(Workload.aggregate(machines, churn), catalog, options);
  }

  private static String shape(Plan p) {
    StringBuilder sb = new StringBuilder();
    for (PlannedServer s : p.configurationServers()) {
      sb.append(sb.isEmpty() ? "" : " + ")
          .append(s.replicates() ? "CS " + s.tier() : "CS")
          .append(" ")
          .append(s.vcpus());
    }
    for (PlannedServer s : p.processServers()) {
      sb.append(" + PS ").append(s.tier()).append(" ").append(s.vcpus());
    }
    return sb + " = " + p.summary().vcpus() + " vCPU";
  }

  private void example2017() {
    Plan p = plan(220, 1536, PlanOptions.defaults());
    int paired = p.summary().vcpus();
    for (PlannedServer cs : p.configurationServers()) {
      paired += cs.replicates() ? 0 : Guidance.pairedVcpus(catalog, p, cs) - cs.vcpus();
    }
    Choice size = choice(Guidance.MANAGEMENT_SERVER_SIZE);
    add(
        "220 machines, 1.5 TB/day, scale-up",
        "plan-capacity-2017",
        "CS 12 vCPU / 18 GB + PS large 12 = 24 vCPU",
        shape(p) + "; with the 2017 pairing " + paired + " vCPU",
        paired == 24 && p.summary().vcpus() == 20
            ? "differs by the choice "
                + size.id()
                + ": a managing CS is "
                + size.value()
                + " ("
                + catalog.cite(size.source())
                + ")"
            : "UNEXPECTED");
    Tier small = tier(catalog.processServerTiers(), "small");
    Tier medium = tier(catalog.processServerTiers(), "medium");
    int mgmt = catalog.managementServer().vcpus();
    boolean fits = medium.maxMachines() >= 135 && small.maxMachines() >= 85;
    int shapeVcpus = 2 * mgmt + medium.vcpus() + small.vcpus();
    add(
        "220 machines, scale-out: 135 + 85 machines",
        "plan-capacity-2017",
        "2 CS 8 vCPU / 16 GB + PS medium 8 + PS small 4 = 28 vCPU",
        "the same servers fit our limits ("
            + (fits ? "135 <= " + medium.maxMachines() + ", 85 <= " + small.maxMachines() : "no")
            + "): "
            + shapeVcpus
            + " vCPU; our plan above needs "
            + p.summary().vcpus(),
        fits && shapeVcpus == 28
            ? SAME
                + " (our planner prefers the cheaper large PS; the small PS holds its 85 machines"
                + " only if they change at most "
                + Units.churn(small.maxChurnGiBPerDay())
                + ")"
            : "UNEXPECTED");
  }

  private void example2021() {
    Plan up = plan(200, 1536, PlanOptions.defaults());
    add(
        "200 machines, 1.5 TB/day, scale-up",
        "plan-capacity-2021",
        "one large server carries everything (scale-up)",
        shape(up),
        up.configurationServers().size() == 1
                && up.processServers().isEmpty()
                && "large".equals(up.configurationServers().get(0).tier())
            ? SAME
            : "UNEXPECTED");
    Tier medium = tier(catalog.processServerTiers(), "medium");
    boolean fits = medium.maxMachines() >= 100 && medium.maxChurnGiBPerDay() >= 768;
    add(
        "200 machines, 1.5 TB/day, scale-out",
        "plan-capacity-2021",
        "two medium process servers (100 machines, 768 GB/day each)",
        "each within PS medium's "
            + medium.maxMachines()
            + " machines and "
            + Units.churn(medium.maxChurnGiBPerDay())
            + ": "
            + (catalog.managementServer().vcpus() + 2 * medium.vcpus())
            + " vCPU with the managing CS",
        fits ? SAME : "UNEXPECTED");
  }

  private void configurationServerEdges() {
    edges(
        "CS",
        catalog.configurationServerTiers(),
        "scale-out",
        (machines, t) -> csTier(plan(machines, t.maxChurnGiBPerDay(), PlanOptions.defaults())));
  }

  /**
   * Each tier at its bounds and one machine above: {@code ours} names the tier the planner picks
   * for that many machines at the tier's churn limit, {@code beyond} the answer above the last.
   */
  private void edges(
      String role, List<Tier> tiers, String beyond, BiFunction<Integer, Tier, String> ours) {
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      String next = i + 1 < tiers.size() ? tiers.get(i + 1).name() : beyond;
      int n = t.maxMachines();
      edge(role + " " + t.name() + " at its bounds", t, t.name(), n, ours.apply(n, t));
      edge(role + " " + t.name() + ", one machine more", t, next, n + 1, ours.apply(n + 1, t));
    }
  }

  private void edge(String example, Tier t, String expected, int machines, String ours) {
    add(
        example,
        t.source(),
        machines + " machines, " + Units.churn(t.maxChurnGiBPerDay()) + ": " + expected,
        ours,
        expected.equals(ours) ? SAME : "UNEXPECTED");
  }

  private static String csTier(Plan p) {
    if (!p.processServers().isEmpty()) {
      return "scale-out";
    }
    return p.configurationServers().get(0).tier();
  }

  private void processServerEdges() {
    edges("PS", catalog.processServerTiers(), "no one server", this::psTier);
  }

  private String psTier(int machines, Tier t) {
    Tier holding =
        CheapestTier.holding(catalog.processServerTiers(), 1, machines, t.maxChurnGiBPerDay());
    return holding == null ? "no one server" : holding.name();
  }

  private void scaleOutEdges() {
    var s = catalog.scaleOut();
    boolean atBound =
        plan(s.maxMachines(), s.maxChurnGiBPerDay(), PlanOptions.defaults())
            .processServers()
            .isEmpty();
    boolean above =
        !plan(s.maxMachines() + 1, 100, PlanOptions.defaults()).processServers().isEmpty();
    boolean churnAbove =
        !plan(10, s.maxChurnGiBPerDay() + 1, PlanOptions.defaults()).processServers().isEmpty();
    add(
        "scale-out threshold",
        s.source(),
        "scale out beyond "
            + s.maxMachines()
            + " machines or "
            + Units.churn(s.maxChurnGiBPerDay()),
        "at the bounds: "
            + (atBound ? "one CS" : "scale-out")
            + "; one machine more: "
            + (above ? "scale-out" : "one CS")
            + "; 1 GiB/day more: "
            + (churnAbove ? "scale-out" : "one CS"),
        atBound && above && churnAbove ? SAME : "UNEXPECTED");
  }

  private void managementLimits() {
    var m = catalog.managementServer();
    int at = plan(m.maxMachines(), 1000, PlanOptions.defaults()).configurationServers().size();
    int above =
        plan(m.maxMachines() + 1, 1000, PlanOptions.defaults()).configurationServers().size();
    Choice c = choice("management-server-machines");
    add(
        "machines per managing CS",
        m.source(),
        "up to " + m.maxMachines() + " machines",
        m.maxMachines()
            + " machines: "
            + at
            + " CS; "
            + (m.maxMachines() + 1)
            + ": "
            + above
            + " CS",
        at == 1 && above == 2 ? SAME : "UNEXPECTED");
    for (var a : m.alternatives()) {
      int alt =
          plan(a.maxMachines(), 1000, new PlanOptions(0, 0, Preference.VCPUS, a.maxMachines()))
              .configurationServers()
              .size();
      add(
          "machines per managing CS (other page)",
          a.source(),
          "another CS above " + a.maxMachines() + " machines",
          a.maxMachines() + " machines with that limit selected: " + alt + " CS",
          alt == 1
              ? "differs by the choice " + c.id() + ": " + c.value() + " unless selected"
              : "UNEXPECTED");
    }
  }

  private void machineCeiling() {
    double ceiling = catalog.machineLimits().maxChurnGiBPerDay();
    boolean at = unprotectable(ceiling);
    boolean above = unprotectable(ceiling + 0.01);
    add(
        "churn of one machine (Deployment Planner: churn per day > 2 TB is incompatible)",
        catalog.machineLimits().source(),
        "at most 2 TB/day",
        Units.churn(ceiling)
            + ": "
            + (at ? "refused" : "protected")
            + "; 0.01 GiB/day more: "
            + (above ? "refused" : "protected"),
        !at && above ? SAME : "UNEXPECTED");
  }

  private boolean unprotectable(double churn) {
    Machine m = new Machine("m", churn, null, Machine.DEFAULT_SITE, null, null);
    return MachineRules.unprotectableReason(m, catalog, Double.MAX_VALUE, 0).isPresent();
  }

  private void diskTable() {
    Choice c = choice("disk-churn-per-day");
    for (DiskChurnLimit d : catalog.diskChurnLimits()) {
      double converted = d.maxChurnMBps() * 86_400 / 1_024;
      boolean same = Math.abs(converted - d.maxChurnGiBPerDay()) < 1e-9;
      add(
          "per-disk churn, " + d.targetStorage() + ", " + d.averageIoSize(),
          d.source(),
          Units.number(d.maxChurnMBps(), 2)
              + " MB/s = "
              + Units.number(d.maxChurnGiBPerDay(), 2)
              + " GB/day",
          Units.number(d.maxChurnMBps(), 2)
              + " MB/s x 86,400 / 1,024 = "
              + Units.number(converted, 3)
              + " GiB/day",
          same
              ? SAME
              : "the page rounds down by "
                  + Units.number(converted - d.maxChurnGiBPerDay(), 3)
                  + " GiB/day; the choice "
                  + c.id()
                  + " keeps the printed figure");
    }
  }

  private Choice choice(String id) {
    Optional<Choice> c = catalog.choices().stream().filter(x -> x.id().equals(id)).findFirst();
    return c.orElseThrow(() -> new IllegalStateException("catalog has no choice " + id));
  }

  private static Tier tier(List<Tier> tiers, String name) {
    return tiers.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }
}
