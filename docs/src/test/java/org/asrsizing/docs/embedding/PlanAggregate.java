package org.asrsizing.docs.embedding;

import org.asrsizing.api.Sizing;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;

/** Plans 220 machines that share 1536 GiB of churn a day, as `sizing plan --example` does. */
public class PlanAggregate {
  public static void main(String[] args) {
    Catalog catalog = Sizing.catalog("asr-classic");
    Workload workload = Workload.aggregate(220, 1536);

    Plan plan = Sizing.plan(workload, catalog, PlanOptions.defaults(), 0);

    for (PlannedServer s : plan.processServers()) {
      System.out.println(s.id() + " " + s.tier() + " carries " + s.machines() + " machines");
    }
    System.out.println("vCPUs: " + plan.summary().vcpus());
  }
}
