package org.asrsizing.format;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Unplaced;

/**
 * One machine of a plan and where it runs, as the CSV and the workbook list them: the placed
 * machines server by server (each configuration server, then its process servers), in name order on
 * each server, then the machines that cannot be protected. Text is raw here; each writer makes it
 * safe for its format.
 *
 * @param machine the machine's name
 * @param site its site; {@code null} when the plan does not say (unplaced machines of old plans)
 * @param server the id of the server that carries it, {@code null} when unplaced
 * @param serverRole that server's role, {@code null} when unplaced
 * @param configurationServer the configuration server (or appliance) it is registered with
 * @param tier the tier of the server that carries it
 * @param churnGiBPerDay its daily churn, GiB/day; {@code null} when the plan does not say
 * @param reason why it cannot be protected; {@code null} when placed
 */
record MachineRow(
    String machine,
    String site,
    String server,
    ServerRole serverRole,
    String configurationServer,
    String tier,
    Double churnGiBPerDay,
    String reason) {

  /** The column names, with units, in order. */
  static final List<String> COLUMNS =
      List.of(
          "machine",
          "site",
          "server",
          "serverRole",
          "configurationServer",
          "tier",
          "churnGiBPerDay",
          "reason");

  /** Calls {@code sink} with every machine of {@code plan}, in the order described above. */
  static void forEach(Plan plan, Consumer<MachineRow> sink) {
    Set<String> done = new HashSet<>();
    for (PlannedServer cs : plan.configurationServers()) {
      placed(cs, cs.id(), sink);
      for (PlannedServer ps : plan.processServers()) {
        if (cs.id().equals(ps.configurationServer()) && done.add(ps.id())) {
          placed(ps, cs.id(), sink);
        }
      }
    }
    // A plan read from a file may name a configuration server it does not list: keep its machines.
    for (PlannedServer ps : plan.processServers()) {
      if (done.add(ps.id())) {
        placed(ps, ps.configurationServer(), sink);
      }
    }
    for (Unplaced u : plan.unplaced()) {
      sink.accept(
          new MachineRow(
              u.machine(), u.site(), null, null, null, null, u.churnGiBPerDay(), u.reason()));
    }
  }

  private static void placed(PlannedServer s, String parent, Consumer<MachineRow> sink) {
    List<String> names = s.assignedMachines();
    List<Double> churn = s.assignedChurnGiBPerDay();
    for (int i = 0; i < names.size(); i++) {
      sink.accept(
          new MachineRow(
              names.get(i),
              s.site(),
              s.id(),
              s.role(),
              parent,
              s.tier(),
              churn.isEmpty() ? null : churn.get(i),
              null));
    }
  }
}
