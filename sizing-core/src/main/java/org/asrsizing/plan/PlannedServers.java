package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.ManagementServer;
import org.asrsizing.model.Machine;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Totals;
import org.asrsizing.model.Units;
import org.asrsizing.placement.Limits;

/**
 * The servers of a plan, site by site, with their ids: configuration servers (cs-1, ...) and
 * process servers (ps-1, ...), each with the machines it carries in name order.
 */
final class PlannedServers {

  private final Catalog catalog;
  private final double usableFraction;
  private final List<Capacity> scaleOutTiers;
  private final List<Capacity> csTiers;
  private final List<PlannedServer> configurationServers = new ArrayList<>();
  private final List<PlannedServer> processServers = new ArrayList<>();

  PlannedServers(
      Catalog catalog,
      double usableFraction,
      List<Capacity> scaleOutTiers,
      List<Capacity> csTiers) {
    this.catalog = catalog;
    this.usableFraction = usableFraction;
    this.scaleOutTiers = scaleOutTiers;
    this.csTiers = csTiers;
  }

  List<PlannedServer> configurationServers() {
    return configurationServers;
  }

  List<PlannedServer> processServers() {
    return processServers;
  }

  /** Adds the servers of one site. */
  void add(SiteOutcome o) {
    String firstReplicating = null;
    for (Bin bin : o.replicating()) {
      String id = "cs-" + (configurationServers.size() + 1);
      firstReplicating = firstReplicating == null ? id : firstReplicating;
      configurationServers.add(
          server(
              id,
              catalog.hasScaleOutProcessServers()
                  ? ServerRole.CONFIGURATION_SERVER
                  : ServerRole.APPLIANCE,
              o,
              null,
              bin));
    }
    if (!o.registered().isEmpty()) {
      processServers.addAll(processServers(o, o.registered(), firstReplicating));
    }
    for (List<Bin> group : o.managedGroups()) {
      String csId = "cs-" + (configurationServers.size() + 1);
      List<PlannedServer> children = processServers(o, group, csId);
      configurationServers.add(managementServer(csId, o.site(), children));
      processServers.addAll(children);
    }
  }

  /**
   * The process servers of {@code group}, registered to {@code csId}: those on the configuration
   * server's own site first, then site by site, each site's largest tier and most machines first.
   */
  private List<PlannedServer> processServers(SiteOutcome o, List<Bin> group, String csId) {
    List<PlannedServer> children = new ArrayList<>();
    List<Bin> ordered = new ArrayList<>(group);
    ordered.sort(
        Comparator.comparing((Bin b) -> o.siteOf(b) != o)
            .thenComparing(b -> o.siteOf(b).site())
            .thenComparing(Comparator.comparingInt((Bin b) -> b.capacity.index()).reversed())
            .thenComparing(Comparator.comparingInt((Bin b) -> b.machines).reversed()));
    for (Bin bin : ordered) {
      children.add(
          server(
              "ps-" + (processServers.size() + children.size() + 1),
              ServerRole.PROCESS_SERVER,
              o.siteOf(bin),
              csId,
              bin));
    }
    return children;
  }

  /** What the servers added so far have and cost. */
  Totals totals() {
    int vcpus = 0;
    long memory = 0;
    long cache = 0;
    for (PlannedServer s : configurationServers) {
      vcpus += s.vcpus();
      memory += s.memoryGiB();
      cache += s.cacheDiskGiB();
    }
    for (PlannedServer s : processServers) {
      vcpus += s.vcpus();
      memory += s.memoryGiB();
      cache += s.cacheDiskGiB();
    }
    return new Totals(configurationServers.size(), processServers.size(), vcpus, memory, cache);
  }

  private PlannedServer server(String id, ServerRole role, SiteOutcome o, String parent, Bin bin) {
    // A site's machines are in name order, so sorting their positions sorts their names.
    int[] positions = new int[bin.machines];
    int k = 0;
    for (Item item : bin.items) {
      for (int i : item.machines()) {
        positions[k++] = i;
      }
    }
    Arrays.sort(positions);
    // Arrays made into lists by List.of, which PlannedServer's List.copyOf then keeps as they are
    // (from an ArrayList it would copy every name of the plan twice over).
    String[] names = new String[positions.length];
    Double[] churns = new Double[positions.length];
    for (int j = 0; j < positions.length; j++) {
      Machine m = o.machines().get(positions[j]);
      names[j] = m.name();
      churns[j] = Units.roundChurn(m.churnGiBPerDay());
    }
    List<Capacity> tiers = role == ServerRole.PROCESS_SERVER ? scaleOutTiers : csTiers;
    Capacity c = bin.capacity;
    return new PlannedServer(
        id,
        role,
        o.site(),
        parent,
        c.tier().name(),
        c.tier().vcpus(),
        c.tier().memoryGiB(),
        c.tier().cacheDiskGiB(),
        true,
        bin.machines,
        Units.roundChurn(bin.churn),
        c.maxMachines(),
        c.maxChurnGiBPerDay(),
        SiteFindings.binding(tiers, c, bin.machines, bin.churn),
        List.of(names),
        List.of(churns));
  }

  private PlannedServer managementServer(String id, String site, List<PlannedServer> children) {
    ManagementServer m = catalog.managementServer();
    int machines = children.stream().mapToInt(PlannedServer::machines).sum();
    double churn = children.stream().mapToDouble(PlannedServer::churnGiBPerDay).sum();
    int limit = Limits.machineLimit(m.maxMachines(), usableFraction);
    return new PlannedServer(
        id,
        ServerRole.CONFIGURATION_SERVER,
        site,
        null,
        "management",
        m.vcpus(),
        m.memoryGiB(),
        m.cacheDiskGiB(),
        false,
        machines,
        Units.roundChurn(churn),
        limit,
        0,
        "none",
        List.of(),
        List.of());
  }
}
