package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.model.Alternative;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Totals;

/** The plan with the other preference, as a count of servers by tier and its totals. */
final class Alternatives {

  private final Catalog catalog;

  Alternatives(Catalog catalog) {
    this.catalog = catalog;
  }

  /** What the servers of {@code outcomes} have and cost together. */
  Totals totals(List<SiteOutcome> outcomes) {
    Totals total = Totals.ZERO;
    for (SiteOutcome o : outcomes) {
      total = total.plus(totalsOf(o));
    }
    return total;
  }

  private Totals totalsOf(SiteOutcome o) {
    Totals t = Totals.ZERO;
    for (Bin b : o.replicating()) {
      t = t.plus(of(b, 1, 0));
    }
    ManagementServer m = catalog.managementServer();
    t = t.plus(processServers(o.registered()));
    for (List<Bin> group : o.managedGroups()) {
      t = t.plus(new Totals(1, 0, m.vcpus(), m.memoryGiB(), m.cacheDiskGiB()));
      t = t.plus(processServers(group));
    }
    return t;
  }

  private static Totals processServers(List<Bin> bins) {
    Totals t = Totals.ZERO;
    for (Bin b : bins) {
      t = t.plus(of(b, 0, 1));
    }
    return t;
  }

  /** One server of {@code b}'s tier, counted as configuration or process server. */
  private static Totals of(Bin b, int configurationServers, int processServers) {
    return new Totals(
        configurationServers,
        processServers,
        b.capacity.tier().vcpus(),
        b.capacity.tier().memoryGiB(),
        b.capacity.tier().cacheDiskGiB());
  }

  /** The alternative of {@code outcomes}, planned with preference {@code p}. */
  Alternative of(Preference p, List<SiteOutcome> outcomes, Totals totals) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SiteOutcome o : outcomes) {
      String role = catalog.hasScaleOutProcessServers() ? "configuration server " : "appliance ";
      for (Bin b : o.replicating()) {
        counts.merge(role + b.capacity.tier().name(), 1, Integer::sum);
      }
      if (!o.managedGroups().isEmpty()) {
        counts.merge(
            "configuration server (management only)", o.managedGroups().size(), Integer::sum);
      }
      List<Bin> processServers = new ArrayList<>(o.registered());
      o.managedGroups().forEach(processServers::addAll);
      for (Bin b : processServers) {
        counts.merge("process server " + b.capacity.tier().name(), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(v + " x " + k));
    String description =
        String.join(" + ", parts)
            + ": "
            + totals.servers()
            + " servers, "
            + totals.vcpus()
            + " vCPU, "
            + totals.memoryGiB()
            + " GiB memory, "
            + totals.cacheDiskGiB()
            + " GiB cache disk";
    return new Alternative(p, description, totals, parts);
  }
}
