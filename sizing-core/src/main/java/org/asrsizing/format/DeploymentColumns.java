package org.asrsizing.format;

import org.asrsizing.model.Units;
import org.asrsizing.whatif.Deployment;

/** The columns every what-if table uses for a deployment, after its own leading columns. */
final class DeploymentColumns {

  private DeploymentColumns() {}

  static TextTable table(String... leading) {
    String[] deployment = {
      ">machines",
      ">churn GiB/day",
      "scale-out",
      "CS tiers",
      "PS tiers",
      ">vCPU",
      ">RAM GiB",
      ">cache GiB",
      ">unplaced"
    };
    String[] all = new String[leading.length + deployment.length];
    System.arraycopy(leading, 0, all, 0, leading.length);
    System.arraycopy(deployment, 0, all, leading.length, deployment.length);
    return new TextTable(all);
  }

  static void row(TextTable table, Deployment d, Object... leading) {
    Object[] cells = {
      d.machines(),
      Units.number(d.churnGiBPerDay(), 2),
      d.scaleOutRequired() ? "yes" : "no",
      d.configurationServerTiers(),
      d.processServerTiers(),
      d.vcpus(),
      d.memoryGiB(),
      d.cacheDiskGiB(),
      d.unplacedMachines()
    };
    Object[] all = new Object[leading.length + cells.length];
    System.arraycopy(leading, 0, all, 0, leading.length);
    System.arraycopy(cells, 0, all, leading.length, cells.length);
    table.row(all);
  }
}
