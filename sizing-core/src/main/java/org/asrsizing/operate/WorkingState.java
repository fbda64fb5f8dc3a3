package org.asrsizing.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Unplaced;
import org.asrsizing.placement.CheapestTier;
import org.asrsizing.placement.Limits;

/**
 * The deployment while a change is worked out: the servers with their units, the domains they form,
 * the new machines, and what the phases have found so far. Only the phases of one run change it;
 * {@link OutcomeSnapshot} turns it into the immutable {@link Outcome}.
 */
final class WorkingState {

  /** How messages about the deployment name it. */
  static final String WHAT = "deployment";

  final CurrentDeployment deployment;
  final Catalog catalog;
  final OperateOptions options;
  final List<Tier> scaleOutTiers;

  /** The same by name, so that the cheapest of tiers alike goes by name. */
  private final List<Tier> scaleOutTiersByName;

  /** Machines one configuration server manages as given (0 when not known). */
  final int csLimit;

  /** The same with headroom applied; no limit when not known. */
  final int csCap;

  /** Every server, deployed ones by id, then added ones in the order they were added. */
  final List<Node> nodes = new ArrayList<>();

  final Map<String, Node> byId = new LinkedHashMap<>();
  final Map<String, Domain> domains = new TreeMap<>();

  /** Machines that replicate nowhere yet, largest first. */
  final List<Unit> newUnits = new ArrayList<>();

  final List<Unplaced> unplaced = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();

  /** Server ids in use, so that added servers get new ones. */
  private final Set<String> ids = new HashSet<>();

  /** The number of the last id {@link #nextId} gave, by prefix. */
  private final Map<String, Integer> lastNumber = new HashMap<>();

  /** The fewest machines any change moves. */
  int lowerBound;

  /** Machines of the deployment that no server replicates yet, counted as the intake reads them. */
  int newMachines;

  WorkingState(CurrentDeployment deployment, Catalog catalog, OperateOptions options) {
    this.deployment = deployment;
    this.catalog = catalog;
    this.options = options;
    this.scaleOutTiers = catalog.scaleOutTiers();
    this.scaleOutTiersByName =
        scaleOutTiers.stream().sorted(Comparator.comparing(Tier::name)).toList();
    Integer limit = options.configurationServerMachineLimit();
    if (limit == null && catalog.managementServer() != null) {
      limit = catalog.managementServer().maxMachines();
    }
    this.csLimit = limit == null ? 0 : limit;
    this.csCap =
        limit == null ? Integer.MAX_VALUE : Limits.machineLimit(limit, options.usableFraction());
  }

  /**
   * The hub whose configuration servers manage {@code site}'s process servers, when {@code site} is
   * a branch: it has no configuration server of its own and a process server on it is registered to
   * one on another site (the first such server by id). {@code null} for any other site.
   */
  String hubOf(String site) {
    String hub = null;
    for (Node n : nodes) {
      if (!n.site().equals(site)) {
        continue;
      }
      Node cs = n.domain.configurationServer;
      if (cs == n || cs == null) {
        return null;
      }
      if (hub == null && !cs.site().equals(site)) {
        hub = cs.site();
      }
    }
    return hub;
  }

  double usable() {
    return options.usableFraction();
  }

  /** Marks {@code id} as taken by a deployed server. */
  void reserveId(String id) {
    ids.add(id);
  }

  boolean idTaken(String id) {
    return ids.contains(id);
  }

  /** The first of {@code prefix}1, {@code prefix}2, ... that no server has. */
  String nextId(String prefix) {
    // Ids are never given back, so the numbers below the last one given stay taken: start there
    // instead of trying every number from 1 again for each server added.
    for (int i = lastNumber.getOrDefault(prefix, 1); ; i++) {
      String id = prefix + i;
      if (ids.add(id)) {
        lastNumber.put(prefix, i);
        return id;
      }
    }
  }

  /** The servers that carry machines and may take more, domain by domain. */
  List<Node> receivers() {
    List<Node> receivers = new ArrayList<>();
    for (Domain d : domains.values()) {
      d.members.stream().filter(n -> n.receives).forEach(receivers::add);
    }
    return receivers;
  }

  /** The cheapest scale-out tier that holds {@code count} machines and {@code churn}, or null. */
  Tier cheapestHolding(int count, double churn) {
    return CheapestTier.holding(scaleOutTiersByName, usable(), count, churn);
  }

  Tier largestTier() {
    return scaleOutTiers.stream()
        .max(
            Comparator.comparingDouble(Tier::maxChurnGiBPerDay).thenComparingInt(Tier::maxMachines))
        .orElseThrow();
  }

  /** The churn the largest scale-out tier carries, headroom applied. */
  double largestChurn() {
    return Limits.churnLimit(
        scaleOutTiers.stream().mapToDouble(Tier::maxChurnGiBPerDay).max().orElse(0), usable());
  }
}
