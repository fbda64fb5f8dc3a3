package org.asrsizing.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.asrsizing.model.CurrentDeployment;
import org.junit.jupiter.api.Test;

class OperateModeTest {

  @Test
  void aDrainNamesTheServersToDrainAndNoOtherModeNamesAny() {
    assertThatThrownBy(() -> new OperateOptions(0, null, Set.of(), 0, OperateMode.DRAIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a drain names the servers to drain");
    assertThatThrownBy(() -> new OperateOptions(0, null, Set.of("ps-1"), 0, OperateMode.HEALTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only a drain names servers to drain");
    assertThat(new OperateOptions(0, null, Set.of("ps-1"), 0, OperateMode.DRAIN).drain())
        .containsExactly("ps-1");
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
            Rebalancer.run(
                    d,
                    Deployments.CLASSIC,
                    new OperateOptions(0, null, Set.of(), 0, OperateMode.HEALTH))
                .command())
        .isEqualTo(OperateMode.HEALTH.command())
        .isEqualTo("health");
  }
}
