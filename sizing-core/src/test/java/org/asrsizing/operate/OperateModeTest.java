package org.asrsizing.operate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OperateModeTest {

  @Test
  void optionsThatMoveNothingAskForHealthEvenWithServersNamed() {
    assertThat(new OperateOptions(0, null, Set.of(), 0, false).mode())
        .isEqualTo(OperateMode.HEALTH);
    assertThat(new OperateOptions(0, null, Set.of("ps-1"), 0, false).mode())
        .isEqualTo(OperateMode.HEALTH);
  }

  @Test
  void optionsThatMoveAskForADrainWhenServersAreNamedAndElseARebalance() {
    assertThat(new OperateOptions(0, null, Set.of("ps-1"), 0, true).mode())
        .isEqualTo(OperateMode.DRAIN);
    assertThat(new OperateOptions(0, null, Set.of(), 1, true).mode())
        .isEqualTo(OperateMode.REBALANCE);
  }

  @Test
  void onlyHealthLeavesEveryMachineWhereItIs() {
    assertThat(OperateMode.HEALTH.movesMachines()).isFalse();
    assertThat(OperateMode.REBALANCE.movesMachines()).isTrue();
    assertThat(OperateMode.DRAIN.movesMachines()).isTrue();
  }

  @Test
  void theReportNamesTheCommandOfItsMode() {
    CurrentDeployment d = Deployments.classic().psMany("ps-1", "medium", 10, 5).build();

    assertThat(Rebalancer.run(d, Deployments.CLASSIC, Deployments.rebalance()).command())
        .isEqualTo(OperateMode.REBALANCE.command())
        .isEqualTo("rebalance");
    assertThat(
            Rebalancer.run(d, Deployments.CLASSIC, new OperateOptions(0, null, Set.of(), 0, false))
                .command())
        .isEqualTo(OperateMode.HEALTH.command())
        .isEqualTo("health");
  }
}
