package org.asrsizing.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Rule;
import org.asrsizing.model.ServerRole;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Workload;
import org.asrsizing.operate.CurrentDeployment;
import org.asrsizing.operate.DeployedServer;
import org.asrsizing.operate.DeploymentException;
import org.asrsizing.operate.OperateText;
import org.asrsizing.operate.SparePlans;

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
  public static final String RULE = Rule.DEPLOYMENT.id();

  private DeploymentReader() {}

  /**
   * The deployment in {@code file}; the machines' churn comes from {@code inventory} when one is
   * given (machines it lists that no server replicates are new), else from the file.
   */
  public static CurrentDeployment read(Path file, Workload inventory) {
    FileDto dto = parse(file);
    String what = "deployment file " + file;
    return new Builder(what, dto, inventory).build();
  }

  private static FileDto parse(Path file) {
    String what = "deployment file " + file;
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    ObjectMapper mapper =
        (yaml ? YAMLMapper.builder() : JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DeploymentException(what + " does not exist", e);
    } catch (IOException e) {
      throw new DeploymentException(what + " cannot be read: " + e.getMessage(), e);
    }
    try {
      FileDto dto = mapper.readValue(bytes, FileDto.class);
      if (dto == null) {
        throw new DeploymentException(
            what + " is empty; it needs configurationServers or" + " processServers");
      }
      return dto;
    } catch (UnrecognizedPropertyException e) {
      throw new DeploymentException(
          what
              + keyLocation(bytes, e.getPropertyName()).orElse(JsonPaths.at(tokenLocation(e)))
              + ": unknown field '"
              + e.getPropertyName()
              + "' in "
              + parent(e)
              + "; see docs/operate.md for the fields a deployment has",
          e);
    } catch (JsonMappingException e) {
      throw new DeploymentException(
          what
              + JsonPaths.at(tokenLocation(e))
              + ": field '"
              + JsonPaths.of(e)
              + "' has the wrong type or value; "
              + expected(JsonPaths.of(e)),
          e);
    } catch (JacksonException e) {
      throw new DeploymentException(
          what
              + JsonPaths.at(e.getLocation())
              + " is not valid "
              + (yaml ? "YAML" : "JSON")
              + ": "
              + JsonPaths.firstLine(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new DeploymentException(what + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static String parent(JsonMappingException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    if (path.size() <= 1) {
      return "the top level";
    }
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : path.subList(0, path.size() - 1)) {
      if (ref.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String expected(String path) {
    path = path.replaceAll("\\[[0-9]+\\]$", "");
    if (path.equals("(top level)")) {
      return "expected an object with configurationServers and processServers";
    }
    if (path.endsWith("assignedMachines")) {
      return "expected a list of machine names";
    }
    if (path.endsWith("assignedChurnGiBPerDay")) {
      return "expected a list of numbers, GiB/day";
    }
    if (path.endsWith("replicates")) {
      return "expected true or false";
    }
    if (path.endsWith("vcpus") || path.endsWith("GiB")) {
      return "expected a whole number";
    }
    if (path.endsWith("Servers")) {
      return "expected a list of servers";
    }
    return "expected a text or a number as in docs/operate.md";
  }

  /**
   * Where the token being read starts: YAML parsers report the end of a value as the error's
   * location, which can be the next line.
   */
  private static JsonLocation tokenLocation(JsonMappingException e) {
    if (e.getProcessor() instanceof JsonParser p && p.currentTokenLocation() != null) {
      return p.currentTokenLocation();
    }
    return e.getLocation();
  }

  /**
   * Where key {@code name} first appears in the text, as " line L column C": Jackson locates an
   * unknown field of a record at the end of its object, which is less useful.
   */
  private static java.util.Optional<String> keyLocation(byte[] bytes, String name) {
    Pattern key = Pattern.compile("(^|[\\s{,\\-])\"?" + Pattern.quote(name) + "\"?\\s*:");
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = key.matcher(lines[i]);
      if (m.find()) {
        int column = m.start() + m.group(1).length() + 1;
        return Optional.of(" line " + (i + 1) + " column " + column);
      }
    }
    return Optional.empty();
  }

  /** Turns the parsed file and the inventory into a checked deployment. */
  private static final class Builder {
    private final String what;
    private final FileDto dto;
    private final Workload inventory;
    private final List<Finding> findings = new ArrayList<>();

    Builder(String what, FileDto dto, Workload inventory) {
      this.what = what;
      this.dto = dto;
      this.inventory = inventory;
    }

    CurrentDeployment build() {
      List<ServerDto> css =
          dto.configurationServers() == null ? List.of() : dto.configurationServers();
      List<ServerDto> pss = dto.processServers() == null ? List.of() : dto.processServers();
      if (css.isEmpty() && pss.isEmpty()) {
        throw new DeploymentException(
            what + " lists no servers; it needs configurationServers or processServers");
      }
      List<DeployedServer> servers = new ArrayList<>();
      Map<String, String> ids = new HashMap<>();
      for (int i = 0; i < css.size(); i++) {
        servers.add(server(css.get(i), "configurationServers[" + i + "]", false, ids));
      }
      List<String> csIds =
          servers.stream()
              .filter(s -> s.role() == ServerRole.CONFIGURATION_SERVER)
              .map(DeployedServer::id)
              .toList();
      for (int i = 0; i < pss.size(); i++) {
        DeployedServer ps = server(pss.get(i), "processServers[" + i + "]", true, ids);
        servers.add(registered(ps, "processServers[" + i + "]", csIds));
      }
      Map<String, String> serverOf = new LinkedHashMap<>();
      Map<String, Double> fileChurn = new HashMap<>();
      Map<String, String> siteOf = new HashMap<>();
      for (int i = 0; i < css.size() + pss.size(); i++) {
        ServerDto s = i < css.size() ? css.get(i) : pss.get(i - css.size());
        DeployedServer d = servers.get(i);
        List<Double> churn =
            s.assignedChurnGiBPerDay() == null ? List.of() : s.assignedChurnGiBPerDay();
        for (int k = 0; k < d.assignedMachines().size(); k++) {
          String m = d.assignedMachines().get(k);
          String before = serverOf.putIfAbsent(m, d.id());
          if (d.id().equals(before)) {
            throw new DeploymentException(
                what + ": machine " + m + " is listed twice on " + d.id());
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
          siteOf.put(m, d.site());
          if (!churn.isEmpty()) {
            fileChurn.put(m, churn.get(k));
          }
        }
      }
      List<Machine> machines = machines(serverOf, fileChurn, siteOf);
      String catalogId = dto.catalog();
      Double headroom = null;
      Integer csLimit = null;
      if (dto.assumptions() != null) {
        catalogId = catalogId == null ? dto.assumptions().catalogId() : catalogId;
        headroom = dto.assumptions().headroomPercent();
        csLimit = dto.assumptions().configurationServerMachineLimit();
      }
      return new CurrentDeployment(
          servers, machines, serverOf, Map.of(), catalogId, headroom, csLimit, findings);
    }

    private DeployedServer server(
        ServerDto s, String where, boolean processServer, Map<String, String> ids) {
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
      List<String> assigned = s.assignedMachines() == null ? List.of() : s.assignedMachines();
      for (String m : assigned) {
        if (m == null || m.isBlank()) {
          throw new DeploymentException(what + ": " + here + " lists a blank machine name");
        }
      }
      List<Double> churn =
          s.assignedChurnGiBPerDay() == null ? List.of() : s.assignedChurnGiBPerDay();
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

    private ServerRole role(ServerDto s, String here, boolean processServer) {
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

    /**
     * The machines a saved plan could not protect, which are still to be protected: they come back
     * as new machines.
     */
    private List<Machine> unplacedOfPlan(Map<String, String> serverOf) {
      List<Machine> out = new ArrayList<>();
      JsonNode unplaced = dto.unplaced();
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
                RULE,
                Severity.INFO,
                out.size()
                    + " machine(s) the saved plan could not protect are placed as new machines",
                ""));
      }
      return out;
    }

    /** Every machine with its churn now: the inventory's, else the file's. */
    private List<Machine> machines(
        Map<String, String> serverOf, Map<String, Double> fileChurn, Map<String, String> siteOf) {
      List<Machine> machines = new ArrayList<>();
      if (inventory == null) {
        for (String m : serverOf.keySet()) {
          Double churn = fileChurn.get(m);
          if (churn == null) {
            throw new DeploymentException(
                what
                    + ": machine "
                    + m
                    + " on "
                    + serverOf.get(m)
                    + " has no churn; give assignedChurnGiBPerDay or the machines' churn with"
                    + " --inventory");
          }
          machines.add(new Machine(m, churn, null, siteOf.get(m), null, null));
        }
        machines.addAll(unplacedOfPlan(serverOf));
        return machines;
      }
      Map<String, Machine> listed = new LinkedHashMap<>();
      inventory.machines().forEach(m -> listed.put(m.name(), m));
      List<String> kept = new ArrayList<>();
      for (String m : serverOf.keySet()) {
        Machine now = listed.remove(m);
        if (now == null) {
          Double churn = fileChurn.get(m);
          if (churn == null) {
            throw new DeploymentException(
                what
                    + ": machine "
                    + m
                    + " on "
                    + serverOf.get(m)
                    + " is not in the inventory and the deployment gives no churn for it");
          }
          kept.add(m);
          now = new Machine(m, churn, null, siteOf.get(m), null, null);
        } else if (!now.site().equals(siteOf.get(m))) {
          findings.add(
              new Finding(
                  RULE,
                  Severity.WARNING,
                  "machine "
                      + m
                      + " is on site "
                      + now.site()
                      + " in the inventory but replicates through "
                      + serverOf.get(m)
                      + " on site "
                      + siteOf.get(m)
                      + "; it is kept on "
                      + siteOf.get(m),
                  ""));
          now =
              new Machine(
                  m,
                  now.churnGiBPerDay(),
                  now.dataDisks(),
                  siteOf.get(m),
                  now.group(),
                  now.peakChurnMBps(),
                  now.churnP95GiBPerDay());
        }
        machines.add(now);
      }
      if (!kept.isEmpty()) {
        findings.add(
            new Finding(
                RULE,
                Severity.WARNING,
                kept.size()
                    + " machine(s) the deployment assigns are not in the inventory and keep the"
                    + " churn the deployment gives: "
                    + OperateText.names(kept),
                ""));
      }
      machines.addAll(listed.values());
      if (!listed.isEmpty()) {
        findings.add(
            new Finding(
                RULE,
                Severity.INFO,
                listed.size()
                    + " machine(s) of the inventory are not replicated yet and are placed as new"
                    + " machines",
                ""));
      }
      return machines;
    }
  }

  /** The file: the server part of a plan, and the plan's other parts, which are not used. */
  record FileDto(
      Integer schemaVersion,
      String catalog,
      JsonNode summary,
      List<ServerDto> configurationServers,
      List<ServerDto> processServers,
      JsonNode unplaced,
      JsonNode findings,
      JsonNode alternatives,
      AssumptionsDto assumptions) {}

  /** A server as a plan writes it; the load fields of a plan are recomputed, not read. */
  record ServerDto(
      String id,
      String role,
      String site,
      String configurationServer,
      String tier,
      Integer vcpus,
      Integer memoryGiB,
      Integer cacheDiskGiB,
      Boolean replicates,
      JsonNode machines,
      JsonNode churnGiBPerDay,
      JsonNode limitMachines,
      JsonNode limitChurnGiBPerDay,
      JsonNode machineUtilisationPercent,
      JsonNode churnUtilisationPercent,
      JsonNode bindingLimit,
      List<String> assignedMachines,
      List<Double> assignedChurnGiBPerDay) {}

  /** The assumptions of a saved plan that a rebalance keeps by default. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AssumptionsDto(
      String catalogId, Double headroomPercent, Integer configurationServerMachineLimit) {}
}
