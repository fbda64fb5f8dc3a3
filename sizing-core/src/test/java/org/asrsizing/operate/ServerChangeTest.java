package org.asrsizing.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import org.asrsizing.model.CurrentDeployment;
import org.junit.jupiter.api.Test;

class ServerChangeTest {

  @Test
  void eachChangePrintsTheWordTheReportsAndTheJsonHaveAlwaysUsed() {
    assertThat(Arrays.stream(ServerChange.values()).map(ServerChange::label))
        .containsExactly("kept", "added", "drained", "spare");
  }

  @Test
  void aDrainedServerIsReportedAsDrainedAndTheOthersAsKept() {
    CurrentDeployment d =
        Deployments.classic()
            .psMany("ps-1", "medium", 10, 5)
            .psMany("ps-2", "medium", 10, 5)
            .build();

    Rebalance r = Rebalancer.run(d, Deployments.CLASSIC, Deployments.drain("ps-1"));

    assertThat(r.servers())
        .filteredOn(s -> s.id().startsWith("ps-"))
        .extracting(ServerReport::id, ServerReport::change)
        .contains(tuple("ps-1", "drained"), tuple("ps-2", "kept"));
  }
}
