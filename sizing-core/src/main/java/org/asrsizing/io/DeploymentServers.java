package org.asrsizing.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Machine;
import org.asrsizing.model.ServerRole;
import org.asrsizing.operate.DeploymentException;
import org.asrsizing.operate.SparePlans;

/**
 * The servers of a deployment file, checked one by one: ids unique, roles known, assignments
 * consistent, each process server registered with a configuration server the file lists.
 */
final class DeploymentServers {

  private final String what;
  private final Map<String, String> ids = new HashMap<>();

  DeploymentServers(String what) {
    this.what = what;
  }

  /** The configuration servers, then the process servers, in the file's order. */
  List<DeployedServer> of(List<DeploymentFile.Server> css, List<DeploymentFile.Server> pss) {
    List<DeployedServer> servers = new ArrayList<>();
    for (int i = 0; i < css.size(); i++) {
      servers.add(server(css.get(i), "configurationServers[" + i + "]", false));
    }
    List<String> csIds =
        servers.stream()
            .filter(s -> s.role() == ServerRole.CONFIGURATION_SERVER)
            .map(DeployedServer::id)
            .toList();
    for (int i = 0; i < pss.size(); i++) {
      DeployedServer ps = server(pss.get(i), "processServers[" + i + "]", true);
      servers.add(registered(ps, "processServers[" + i + "]", csIds));
    }
    return servers;
  }

  private DeployedServer server(DeploymentFile.Server s, String where, boolean processServer) {
    if (s == null || s.id() == null || s.id().isBlank()) {
      throw new DeploymentException(what + ": " + where + " has no id");
    }
    String before = ids.putIfAbsent(s.id(), where);
    if (before != null) {
      throw new DeploymentException(
          what + ": " + where + " and " + before + " have the same id " + s.id());
    }
    String here = where + " (" + s.id() + ")";
    if (s.machines() != null && s.machines().isArray()) {
      throw new DeploymentException(
          what
              + ": "
              + here
              + " field 'machines' is a count; list the machine names in 'assignedMachines'");
    }
    ServerRole role = role(s, here, processServer);
    List<String> assigned = s.assigned();
    checkAssignments(s, here);
    boolean replicates =
        role != ServerRole.CONFIGURATION_SERVER
            || (s.replicates() == null ? !assigned.isEmpty() : s.replicates());
    if (!replicates && !assigned.isEmpty()) {
      throw new DeploymentException(
          what
              + ": "
              + here
              + " has replicates: false but lists assignedMachines; a configuration server that"
              + " carries machines replicates");
    }
    if (s.tier() == null
        && (s.vcpus() == null || s.memoryGiB() == null || s.cacheDiskGiB() == null)
        && replicates) {
      throw new DeploymentException(
          what + ": " + here + " needs its tier, or vcpus, memoryGiB and cacheDiskGiB");
    }
    String site = s.site() == null || s.site().isBlank() ? Machine.DEFAULT_SITE : s.site();
    return new DeployedServer(
        s.id(),
        role,
        site,
        processServer ? s.configurationServer() : null,
        s.tier(),
        nonNegative(s.vcpus(), here, "vcpus"),
        nonNegative(s.memoryGiB(), here, "memoryGiB"),
        nonNegative(s.cacheDiskGiB(), here, "cacheDiskGiB"),
        replicates,
        assigned,
        s.bindingLimit() != null && SparePlans.SPARE.equals(s.bindingLimit().asText()));
  }

  /** Machine names not blank, and one churn value for each machine or none. */
  private void checkAssignments(DeploymentFile.Server s, String here) {
    List<String> assigned = s.assigned();
    for (String m : assigned) {
      if (m == null || m.isBlank()) {
        throw new DeploymentException(what + ": " + here + " lists a blank machine name");
      }
    }
    List<Double> churn = s.assignedChurn();
    if (!churn.isEmpty() && churn.size() != assigned.size()) {
      throw new DeploymentException(
          what
              + ": "
              + here
              + " lists "
              + assigned.size()
              + " machines but "
              + churn.size()
              + " values in assignedChurnGiBPerDay; give one per machine or none");
    }
    for (int k = 0; k < churn.size(); k++) {
      Double c = churn.get(k);
      if (c == null || !Double.isFinite(c) || c < 0) {
        throw new DeploymentException(
            what
                + ": "
                + here
                + " assignedChurnGiBPerDay["
                + k
                + "] is not a number of 0 or more GiB/day");
      }
    }
  }

  private int nonNegative(Integer value, String here, String field) {
    if (value == null) {
      return 0;
    }
    if (value < 0) {
      throw new DeploymentException(
          what + ": " + here + " field '" + field + "' is negative; expected 0 or more");
    }
    return value;
  }

  private ServerRole role(DeploymentFile.Server s, String here, boolean processServer) {
    if (processServer) {
      if (s.role() != null && !normalise(s.role()).equals("PROCESS_SERVER")) {
        throw new DeploymentException(
            what + ": " + here + " has role " + s.role() + "; processServers are PROCESS_SERVER");
      }
      return ServerRole.PROCESS_SERVER;
    }
    if (s.role() == null) {
      return ServerRole.CONFIGURATION_SERVER;
    }
    String r = normalise(s.role());
    if (r.equals("CONFIGURATION_SERVER")) {
      return ServerRole.CONFIGURATION_SERVER;
    }
    if (r.equals("APPLIANCE")) {
      return ServerRole.APPLIANCE;
    }
    throw new DeploymentException(
        what
            + ": "
            + here
            + " has role "
            + s.role()
            + "; expected CONFIGURATION_SERVER or APPLIANCE");
  }

  private static String normalise(String role) {
    return role.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  /** A process server with its configuration server named and checked. */
  private DeployedServer registered(DeployedServer ps, String where, List<String> csIds) {
    String cs = ps.configurationServer();
    if (cs == null) {
      if (csIds.size() > 1) {
        throw new DeploymentException(
            what
                + ": "
                + where
                + " ("
                + ps.id()
                + ") does not name its configurationServer; the deployment has "
                + csIds.size());
      }
      cs = csIds.isEmpty() ? null : csIds.get(0);
    } else if (!csIds.contains(cs)) {
      throw new DeploymentException(
          what
              + ": "
              + where
              + " ("
              + ps.id()
              + ") names configurationServer "
              + cs
              + ", which the deployment does not list");
    }
    return new DeployedServer(
        ps.id(),
        ps.role(),
        ps.site(),
        cs,
        ps.tier(),
        ps.vcpus(),
        ps.memoryGiB(),
        ps.cacheDiskGiB(),
        true,
        ps.assignedMachines(),
        ps.spare());
  }
}
