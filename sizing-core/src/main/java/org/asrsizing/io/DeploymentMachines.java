package org.asrsizing.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Setting;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.DeploymentException;
import org.asrsizing.operate.OperateText;

/**
 * The machines of a deployment with their churn now: the inventory's when one is given, else the
 * file's; what was noticed on the way goes into {@code findings}.
 */
final class DeploymentMachines {

  private final String what;
  private final Workload inventory;
  private final List<Finding> findings;

  /**
   * Where each machine replicates, its churn as the file gives it, and each server's site: a
   * machine's site is its server's, so a map by server holds what a map by machine would, in a few
   * entries instead of a million.
   */
  record Assignments(
      Map<String, String> serverOf,
      Map<String, Double> fileChurn,
      Map<String, String> siteOfServer) {

    /** The site of the server machine {@code m} replicates through. */
    String siteOf(String m) {
      return siteOfServer.get(serverOf.get(m));
    }
  }

  DeploymentMachines(String what, Workload inventory, List<Finding> findings) {
    this.what = what;
    this.inventory = inventory;
    this.findings = findings;
  }

  /** Every machine with its churn now; {@code unplaced} is the saved plan's list, if any. */
  List<Machine> of(Assignments a, JsonNode unplaced) {
    if (inventory == null) {
      List<Machine> machines = new ArrayList<>();
      Hint hint = Hint.of(Setting.INVENTORY);
      String noChurn =
          " has no churn; give assignedChurnGiBPerDay or the machines' churn with " + hint.phrase();
      for (String m : a.serverOf().keySet()) {
        machines.add(withFileChurn(a, m, noChurn, hint));
      }
      machines.addAll(unplacedOfPlan(a.serverOf(), unplaced));
      return machines;
    }
    return withInventory(a);
  }

  /**
   * The inventory's machines in its order, each looked up once by name (a million lookups cost more
   * than the rest of reading), then those the deployment assigns and the inventory lacks.
   */
  private List<Machine> withInventory(Assignments a) {
    Map<String, String> serverOf = a.serverOf();
    List<Machine> machines = new ArrayList<>(inventory.machineCount());
    Map<String, Machine> elsewhere = new HashMap<>();
    int replicating = 0;
    for (Machine now : inventory.machines()) {
      String server = serverOf.get(now.name());
      if (server != null) {
        replicating++;
        String site = a.siteOfServer().get(server);
        if (!now.site().equals(site)) {
          elsewhere.put(now.name(), now);
          now = onItsServersSite(now, site);
        }
      }
      machines.add(now);
    }
    List<String> kept = new ArrayList<>();
    boolean someNotListed = replicating < serverOf.size();
    if (someNotListed || !elsewhere.isEmpty()) {
      // In the deployment's order, as the warnings have always been listed.
      Set<String> listed = someNotListed ? inventoryNames() : Set.of();
      for (String m : serverOf.keySet()) {
        Machine moved = elsewhere.get(m);
        if (moved != null) {
          noteKeptOnItsServersSite(moved, a.siteOf(m), serverOf.get(m));
        } else if (someNotListed && !listed.contains(m)) {
          machines.add(
              withFileChurn(
                  a, m, " is not in the inventory and the deployment gives no churn for it", null));
          kept.add(m);
        }
      }
    }
    noteInventoryDifferences(kept, inventory.machineCount() - replicating);
    return machines;
  }

  private Set<String> inventoryNames() {
    Set<String> names = new HashSet<>(inventory.machineCount() * 4 / 3 + 1);
    inventory.machines().forEach(m -> names.add(m.name()));
    return names;
  }

  /**
   * Machine {@code m} with the churn the file gives it, on its server's site; without one, {@code
   * noChurn} ends the sentence that says so (with {@code hint}, if not null).
   */
  private Machine withFileChurn(Assignments a, String m, String noChurn, Hint hint) {
    Double churn = a.fileChurn().get(m);
    if (churn == null) {
      String sentence = what + ": machine " + m + " on " + a.serverOf().get(m) + noChurn;
      throw hint == null
          ? new DeploymentException(sentence)
          : new DeploymentException(sentence, hint);
    }
    return new Machine(m, churn, null, a.siteOf(m), null, null);
  }

  /**
   * A machine the inventory places on another site than its server's: its server's site wins, and
   * what the inventory says of its operating system and disks is kept for the support matrix.
   */
  private static Machine onItsServersSite(Machine now, String site) {
    return new Machine(
        now.name(),
        now.churnGiBPerDay(),
        now.dataDisks(),
        site,
        now.group(),
        now.peakChurnMBps(),
        now.churnP95GiBPerDay(),
        now.profile());
  }

  private void noteKeptOnItsServersSite(Machine now, String site, String server) {
    findings.add(
        new Finding(
            DeploymentReader.RULE,
            Severity.WARNING,
            "machine "
                + now.name()
                + " is on site "
                + now.site()
                + " in the inventory but replicates through "
                + server
                + " on site "
                + site
                + "; it is kept on "
                + site,
            ""));
  }

  /** Machines the deployment has and the inventory lacks, and the other way round. */
  private void noteInventoryDifferences(List<String> kept, int notReplicated) {
    if (!kept.isEmpty()) {
      findings.add(
          new Finding(
              DeploymentReader.RULE,
              Severity.WARNING,
              kept.size()
                  + " machine(s) the deployment assigns are not in the inventory and keep the"
                  + " churn the deployment gives: "
                  + OperateText.names(kept),
              ""));
    }
    if (notReplicated > 0) {
      findings.add(
          new Finding(
              DeploymentReader.RULE,
              Severity.INFO,
              OperateText.notReplicatedYet(notReplicated),
              ""));
    }
  }

  /**
   * The machines a saved plan could not protect, which are still to be protected: they come back as
   * new machines.
   */
  private List<Machine> unplacedOfPlan(Map<String, String> serverOf, JsonNode unplaced) {
    List<Machine> out = new ArrayList<>();
    if (unplaced == null || !unplaced.isArray()) {
      return out;
    }
    for (JsonNode u : unplaced) {
      JsonNode name = u.get("machine");
      JsonNode churn = u.get("churnGiBPerDay");
      if (name == null
          || !name.isTextual()
          || churn == null
          || !churn.isNumber()
          || serverOf.containsKey(name.asText())) {
        continue;
      }
      JsonNode site = u.get("site");
      out.add(
          new Machine(
              name.asText(),
              churn.asDouble(),
              null,
              site == null || !site.isTextual() ? null : site.asText(),
              null,
              null));
    }
    if (!out.isEmpty()) {
      findings.add(
          new Finding(
              DeploymentReader.RULE,
              Severity.INFO,
              OperateText.notProtectedByThePlan(out.size()),
              ""));
    }
    return out;
  }
}
