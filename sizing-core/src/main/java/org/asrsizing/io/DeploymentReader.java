package org.asrsizing.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Setting;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.DeploymentException;

/**
 * Reads a running deployment from JSON or YAML ({@code .yaml} or {@code .yml}). The format is the
 * server part of a saved JSON plan, so a plan written with {@code --format json} is a deployment as
 * it stands; a hand-written file needs only what it knows:
 *
 * <pre>
 * catalog: asr-classic
 * configurationServers:
 *   - id: cs-1
 * processServers:
 *   - id: ps-1
 *     tier: medium              # or vcpus, memoryGiB and cacheDiskGiB
 *     assignedMachines: [vm-1, vm-2]
 *     assignedChurnGiBPerDay: [120, 80]   # or churn from an inventory
 * </pre>
 */
public final class DeploymentReader {

  /** Rule id of what reading a deployment noticed. */
  public static final Rule RULE = Rule.DEPLOYMENT;

  /** The fields of a deployment are documented, not listed: a plan has many it does not need. */
  /** Where the messages send a reader for the fields and values a deployment file may have. */
  private static final Hint FORMAT = Hint.of(Setting.DEPLOYMENT_FORMAT);

  private static final StructuredFile.Sentences SENTENCES =
      new StructuredFile.Sentences() {
        @Override
        public String unknownField(String what, FileProblem p) {
          return what
              + p.at()
              + ": unknown field '"
              + p.field()
              + "' in "
              + p.parent()
              + "; see "
              + FORMAT.phrase()
              + " for the fields a deployment has";
        }

        @Override
        public String expected(FileProblem p) {
          return DeploymentReader.expected(p.path());
        }
      };

  private DeploymentReader() {}

  /**
   * The deployment in {@code file}; the machines' churn comes from {@code inventory} when one is
   * given (machines it lists that no server replicates are new), else from the file.
   */
  public static CurrentDeployment read(Path file, Workload inventory) {
    String what = "deployment file " + file;
    return build(what, parse(file, what), inventory);
  }

  private static DeploymentFile parse(Path file, String what) {
    StructuredFile.Syntax syntax = StructuredFile.Syntax.of(file, StructuredFile.Syntax.JSON);
    var mapper =
        syntax
            .mapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    DeploymentFile read =
        new StructuredFile(what, syntax, mapper, SENTENCES, DeploymentReader::failure)
            .read(file, DeploymentFile.class);
    if (read == null) {
      throw new DeploymentException(
          what + " is empty; it needs configurationServers or processServers");
    }
    return read;
  }

  /** What a field at {@code path} holds, for a person. */
  private static String expected(String path) {
    path = path.replaceAll("\\[[0-9]+\\]$", "");
    if (path.equals("(top level)")) {
      return "an object with configurationServers and processServers";
    }
    if (path.endsWith("assignedMachines")) {
      return "a list of machine names";
    }
    if (path.endsWith("assignedChurnGiBPerDay")) {
      return "a list of numbers, GiB/day";
    }
    if (path.endsWith("replicates")) {
      return "true or false";
    }
    if (path.endsWith("vcpus") || path.endsWith("GiB")) {
      return "a whole number";
    }
    if (path.endsWith("Servers")) {
      return "a list of servers";
    }
    return "a text or a number as in " + FORMAT.phrase();
  }

  private static DeploymentException failure(String message, Throwable cause) {
    return message.contains(FORMAT.phrase())
        ? new DeploymentException(message, FORMAT, cause)
        : new DeploymentException(message, cause);
  }

  /** The parsed file and the inventory as a checked deployment. */
  private static CurrentDeployment build(String what, DeploymentFile file, Workload inventory) {
    List<DeploymentFile.Server> css =
        file.configurationServers() == null ? List.of() : file.configurationServers();
    List<DeploymentFile.Server> pss =
        file.processServers() == null ? List.of() : file.processServers();
    if (css.isEmpty() && pss.isEmpty()) {
      throw new DeploymentException(
          what + " lists no servers; it needs configurationServers or processServers");
    }
    List<DeployedServer> servers = new DeploymentServers(what).of(css, pss);
    List<DeploymentFile.Server> written = new ArrayList<>(css);
    written.addAll(pss);
    DeploymentMachines.Assignments assignments = assignments(what, written, servers);
    List<Finding> findings = new ArrayList<>();
    List<Machine> machines =
        new DeploymentMachines(what, inventory, findings).of(assignments, file.unplaced());
    String catalogId = file.catalog();
    Double headroom = null;
    Integer csLimit = null;
    if (file.assumptions() != null) {
      catalogId = catalogId == null ? file.assumptions().catalogId() : catalogId;
      headroom = file.assumptions().headroomPercent();
      csLimit = file.assumptions().configurationServerMachineLimit();
    }
    return new CurrentDeployment(
        servers,
        machines,
        assignments.serverOf(),
        Map.of(),
        catalogId,
        headroom,
        csLimit,
        findings);
  }

  /** Which server each machine replicates through; a machine is on one server, once. */
  private static DeploymentMachines.Assignments assignments(
      String what, List<DeploymentFile.Server> written, List<DeployedServer> servers) {
    // Sized for every machine at once: a million machines would rehash each map many times.
    int machines = servers.stream().mapToInt(d -> d.assignedMachines().size()).sum();
    int capacity = machines * 4 / 3 + 1;
    Map<String, String> serverOf = new LinkedHashMap<>(capacity);
    Map<String, Double> fileChurn = new HashMap<>(capacity);
    Map<String, String> siteOfServer = new HashMap<>();
    for (int i = 0; i < written.size(); i++) {
      DeployedServer d = servers.get(i);
      List<Double> churn = written.get(i).assignedChurn();
      siteOfServer.put(d.id(), d.site());
      for (int k = 0; k < d.assignedMachines().size(); k++) {
        String m = d.assignedMachines().get(k);
        String before = serverOf.putIfAbsent(m, d.id());
        if (d.id().equals(before)) {
          throw new DeploymentException(what + ": machine " + m + " is listed twice on " + d.id());
        }
        if (before != null) {
          throw new DeploymentException(
              what
                  + ": machine "
                  + m
                  + " is assigned to both "
                  + before
                  + " and "
                  + d.id()
                  + "; a machine uses exactly one process server");
        }
        if (!churn.isEmpty()) {
          fileChurn.put(m, churn.get(k));
        }
      }
    }
    return new DeploymentMachines.Assignments(serverOf, fileChurn, siteOfServer);
  }
}
