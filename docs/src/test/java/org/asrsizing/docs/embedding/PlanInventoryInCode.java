package org.asrsizing.docs.embedding;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.api.Sizing;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Preference;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;

/** Plans machines listed in code, with 20 % headroom, fewest servers first. */
public class PlanInventoryInCode {
  public static void main(String[] args) {
    // name, churn in GiB per day, data disks (null: not known), site, group (null: none),
    // peak write rate in MB/s (null: not known)
    List<Machine> machines =
        List.of(
            new Machine("web01", 120, 2, "london", null, null),
            new Machine("web02", 80, 1, "london", null, null),
            new Machine("db01", 512, 4, "london", "billing", 45.0),
            new Machine("db02", 300, 4, "london", "billing", null),
            Machine.of("app01", 60)); // site "default"
    PlanOptions options =
        PlanOptions.defaults().withHeadroomPercent(20).withPreference(Preference.SERVERS);

    Plan plan = Sizing.plan(Workload.of(machines), Sizing.catalog("asr-classic"), options, 0);

    List<PlannedServer> servers = new ArrayList<>(plan.configurationServers());
    servers.addAll(plan.processServers());
    for (PlannedServer s : servers) {
      System.out.println(s.id() + " " + s.site() + " " + s.tier() + " " + s.assignedMachines());
    }
  }
}
