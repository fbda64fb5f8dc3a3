package org.asrsizing.docs.embedding;

import java.nio.file.Path;
import java.util.Set;
import org.asrsizing.api.Sizing;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.operate.Move;
import org.asrsizing.operate.OperateMode;
import org.asrsizing.operate.OperateOptions;
import org.asrsizing.operate.Rebalance;

/**
 * The fewest machine moves that bring a running deployment within its limits, as `sizing
 * rebalance`.
 */
public class RebalanceDeployment {
  public static void main(String[] args) {
    CurrentDeployment deployment =
        Sizing.deployment(Path.of("docs/examples/operate/deployment.yaml"));
    Catalog catalog = Sizing.catalog("asr-classic");
    // headroom 20 %, the catalog's configuration server limit, no server to drain, no spare
    OperateOptions options = new OperateOptions(20, null, Set.of(), 0, OperateMode.REBALANCE);

    Rebalance result = Sizing.operate(deployment, catalog, options);

    for (Move m : result.moves()) {
      System.out.println("move " + m.machine() + " from " + m.from() + " to " + m.to());
    }
    System.out.println(
        "servers over a limit: "
            + result.summary().serversOverLimitBefore()
            + " before, "
            + result.summary().serversOverLimitAfter()
            + " after");
    // RebalanceTableWriter.toText(result) is the command's table, Json.toJson(result) its JSON
  }
}
