package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;

/**
 * The findings that explain a site's plan: why scale-out, why each tier, why this many
 * configuration servers, each with the rule's id and its source document.
 */
final class SiteFindings {

  static final Rule SCALE_OUT = Rule.SCALE_OUT_THRESHOLD;
  static final Rule CS_TIER = Rule.CONFIGURATION_SERVER_TIER;
  static final Rule CS_COUNT = Rule.CONFIGURATION_SERVER_COUNT;
  static final Rule PS_TIERS = Rule.PROCESS_SERVER_TIERS;
  static final Rule GROUP_TOO_LARGE = Rule.GROUP_TOO_LARGE;

  private final Catalog catalog;
  private final PlanOptions options;
  private final Preference preference;
  private final String prefix;
  private final List<Capacity> scaleOutTiers;
  private final int managementLimit;

  SiteFindings(
      Catalog catalog,
      PlanOptions options,
      Preference preference,
      String prefix,
      List<Capacity> scaleOutTiers,
      int managementLimit) {
    this.catalog = catalog;
    this.options = options;
    this.preference = preference;
    this.prefix = prefix;
    this.scaleOutTiers = scaleOutTiers;
    this.managementLimit = managementLimit;
  }

  private String role() {
    return catalog.hasScaleOutProcessServers() ? "configuration server" : "replication appliance";
  }

  Finding scaleOut(
      int n,
      double churn,
      int maxMachines,
      double maxChurn,
      boolean overMachines,
      boolean overChurn) {
    String load = n + " machines and " + Units.churn(churn);
    String limits = maxMachines + " machines and " + Units.churn(maxChurn);
    String headroom =
        options.headroomPercent() > 0
            ? " (" + Units.percent(options.headroomPercent()) + " headroom applied)"
            : "";
    String message;
    if (!overMachines && !overChurn) {
      message =
          load
              + " are within the "
              + limits
              + headroom
              + " one "
              + role()
              + " carries: no scale-out needed";
    } else {
      String which =
          overMachines && overChurn
              ? "both the machine count and the churn exceed"
              : overMachines ? "the machine count exceeds" : "the churn exceeds";
      message =
          "scale-out required: "
              + load
              + "; "
              + which
              + " the "
              + limits
              + headroom
              + " one "
              + role()
              + " carries"
              + (catalog.hasScaleOutProcessServers()
                  ? ", so scale-out process servers carry every machine and configuration servers"
                      + " only manage them"
                  : ", so the machines are spread over several appliances");
    }
    return new Finding(
        SCALE_OUT, Severity.INFO, prefix + message, catalog.cite(catalog.scaleOut().source()));
  }

  /** Why a server has its tier: which limit of the next smaller tier its load exceeds. */
  static String binding(List<Capacity> tiers, Capacity tier, int machines, double churn) {
    if (tier.index() == 0) {
      return "none";
    }
    Capacity below = tiers.get(tier.index() - 1);
    boolean m = machines > below.maxMachines();
    boolean c = !Capacity.withinChurn(churn, below.maxChurnGiBPerDay());
    return m && c ? "machines and churn" : m ? "machines" : c ? "churn" : "none";
  }

  Finding tier(Rule rule, List<Capacity> tiers, Capacity tier, int n, double churn, String what) {
    String bind = binding(tiers, tier, n, churn);
    StringBuilder sb = new StringBuilder();
    sb.append(prefix)
        .append(what)
        .append(" tier ")
        .append(tier.tier().name())
        .append(" (")
        .append(tier.tier().vcpus())
        .append(" vCPU, ")
        .append(tier.tier().memoryGiB())
        .append(" GiB memory, ")
        .append(tier.tier().cacheDiskGiB())
        .append(" GiB cache disk) carries ")
        .append(n)
        .append(" machines and ")
        .append(Units.churn(churn))
        .append(" (limits as planned: ")
        .append(tier.maxMachines())
        .append(" machines, ")
        .append(Units.churn(tier.maxChurnGiBPerDay()))
        .append(")");
    if (!"none".equals(bind)) {
      Capacity below = tiers.get(tier.index() - 1);
      sb.append("; the smaller tier ")
          .append(below.tier().name())
          .append(" carries ")
          .append(below.maxMachines())
          .append(" machines and ")
          .append(Units.churn(below.maxChurnGiBPerDay()))
          .append(", so the binding limit is ")
          .append(bind);
    } else {
      sb.append("; it is the smallest tier that does");
    }
    return new Finding(rule, Severity.INFO, sb.toString(), catalog.cite(tier.tier().source()));
  }

  Finding mix(List<Bin> bins, int n, double churn, boolean uniform) {
    Map<String, Integer> byTier = new LinkedHashMap<>();
    Map<String, String> why = new LinkedHashMap<>();
    List<Bin> sorted = new ArrayList<>(bins);
    sorted.sort(Comparator.comparingInt((Bin b) -> b.capacity.index()).reversed());
    for (Bin b : sorted) {
      String name = b.capacity.tier().name();
      byTier.merge(name, 1, Integer::sum);
      String bind = binding(scaleOutTiers, b.capacity, b.machines, b.churn);
      if (!"none".equals(bind)) {
        why.putIfAbsent(name, bind);
      }
    }
    StringBuilder sb = new StringBuilder(prefix);
    String what = catalog.hasScaleOutProcessServers() ? "process server" : "appliance";
    List<String> parts = new ArrayList<>();
    byTier.forEach((tier, count) -> parts.add(count + " x " + tier));
    sb.append(String.join(" + ", parts))
        .append(" ")
        .append(what)
        .append(bins.size() == 1 ? " carries " : "s carry ")
        .append(n)
        .append(" machines and ")
        .append(Units.churn(churn))
        .append(", the cheapest set of ")
        .append(what)
        .append(" tiers that does (")
        .append(preference == Preference.SERVERS ? "fewest servers first" : "fewest vCPUs first")
        .append(uniform ? "; exact optimum for machines of equal churn" : "")
        .append(")");
    if (!why.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      why.forEach(
          (tier, bind) ->
              reasons.add(tier + " because a smaller tier's " + bind + " limit would be exceeded"));
      sb.append("; ").append(String.join(", ", reasons));
    }
    return new Finding(
        PS_TIERS,
        Severity.INFO,
        sb.toString(),
        catalog.cite(catalog.scaleOutTiers().get(0).source()));
  }

  Finding count(int groups, int n, boolean uniform) {
    ManagementServer m = catalog.managementServer();
    long minimum = TierMixSolver.ceilDiv((long) n, managementLimit);
    String message =
        groups
            + (groups == 1 ? " configuration server (" : " configuration servers (")
            + m.vcpus()
            + " vCPU, "
            + m.memoryGiB()
            + " GiB memory, "
            + m.cacheDiskGiB()
            + " GiB cache disk"
            + (groups == 1 ? ") manages" : " each) manage")
            + " the process servers: at most "
            + managementLimit
            + " machines each"
            + (options.headroomPercent() > 0 ? " as planned" : "")
            + ", and "
            + n
            + " machines need at least "
            + minimum;
    if (groups > minimum) {
      message +=
          "; "
              + (groups - minimum)
              + " more than that minimum because "
              + (uniform
                  ? "filling every configuration server to its limit would need more process"
                      + " server vCPUs than the extra configuration servers cost"
                  : "the process servers' machine counts do not pack under fewer (first fit"
                      + " decreasing)");
    }
    return new Finding(CS_COUNT, Severity.INFO, prefix + message, catalog.cite(m.source()));
  }
}
