package org.asrsizing.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.runbook.ServerSteps;

/**
 * What to do with a plan once it is bought: the install line of each server, in the runbook's order
 * and wording ({@link ServerSteps}), and where the full steps come from. The table, Markdown and
 * HTML writers show the same lines.
 */
final class NextSteps {

  /** Where every step of every server is written out, named without a front end's syntax. */
  static final String FULL_RUNBOOK =
      "The runbook of this plan gives each server's full steps, each with its source:"
          + " prerequisites, download, the unattended install command line, proxy, registration,"
          + " checks, upgrade order and decommissioning.";

  /** The most install lines the HTML shows open; a longer list is collapsed behind its count. */
  static final int OPEN_STEPS = 10;

  private NextSteps() {}

  /**
   * One line per kind of install, configuration servers before their process servers: servers whose
   * install lines differ only in their id share one line with their count and ids (see {@link
   * ServerSteps#install(List)}), so a fleet of hundreds of servers gives a few lines; the servers
   * table and the runbook list every server.
   */
  static List<String> lines(Plan plan) {
    Map<String, List<DeployedServer>> alike = new LinkedHashMap<>();
    for (PlannedServer s : ServerOrder.of(plan)) {
      DeployedServer built = s.asBuilt();
      alike.computeIfAbsent(ServerSteps.installKind(built), k -> new ArrayList<>()).add(built);
    }
    return alike.values().stream().map(ServerSteps::installCited).toList();
  }

  /** The table section, or nothing when the plan has no server. */
  static void table(StringBuilder sb, Plan plan) {
    List<String> lines = lines(plan);
    if (lines.isEmpty()) {
      return;
    }
    sb.append("\nNext steps\n");
    for (int i = 0; i < lines.size(); i++) {
      sb.append("  ").append(i + 1).append(". ").append(lines.get(i)).append('\n');
    }
    sb.append("  ").append(FULL_RUNBOOK).append('\n');
  }

  /** The Markdown section, or nothing when the plan has no server. */
  static void markdown(StringBuilder sb, Plan plan) {
    List<String> lines = lines(plan);
    if (lines.isEmpty()) {
      return;
    }
    sb.append("\n## Next steps\n\n");
    for (int i = 0; i < lines.size(); i++) {
      sb.append(i + 1).append(". ").append(lines.get(i)).append('\n');
    }
    sb.append('\n').append(FULL_RUNBOOK).append('\n');
  }

  /** The HTML section, empty when the plan has no server. */
  static Markup html(Plan plan) {
    List<String> lines = lines(plan);
    Markup m = new Markup();
    if (lines.isEmpty()) {
      return m;
    }
    Markup list = new Markup().open("ol").line();
    for (String line : lines) {
      list.element("li", line).line();
    }
    list.closeLine("ol");
    m.append(HtmlDetails.section("next-steps", "Next steps"));
    if (lines.size() > OPEN_STEPS) {
      // A large fleet's list would fill pages of the printed report: collapsed behind its count.
      m.open("details")
          .element(
              "summary",
              "Install "
                  + Labels.count(ServerOrder.of(plan).size(), "server")
                  + " in "
                  + Labels.count(lines.size(), "step"))
          .line()
          .append(list)
          .closeLine("details");
    } else {
      m.append(list);
    }
    m.element("p", FULL_RUNBOOK).line();
    return m.closeLine("section");
  }
}
