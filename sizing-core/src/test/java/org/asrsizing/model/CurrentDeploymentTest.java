package org.asrsizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurrentDeploymentTest {

  private static CurrentDeployment deployment(Map<String, String> serverOf) {
    return new CurrentDeployment(
        List.of(),
        List.of(new Machine("vm-1", 10, null, null, null, null)),
        serverOf,
        Map.of(),
        null,
        null,
        null,
        List.of());
  }

  @Test
  void aCopyWithFindingsOrMetricsSharesTheMachinesMapInsteadOfCopyingAMillionEntries() {
    CurrentDeployment d = deployment(Map.of("vm-1", "ps-1"));
    Finding f = new Finding(Rule.DEPLOYMENT, Severity.INFO, "noted", "");

    assertThat(d.withFindings(List.of(f)).serverOf()).isSameAs(d.serverOf());
    assertThat(d.withMetrics(Map.of()).serverOf()).isSameAs(d.serverOf());
  }

  @Test
  void theMachinesMapIsACopyThatNoOneCanChange() {
    Map<String, String> given = new HashMap<>(Map.of("vm-1", "ps-1"));
    CurrentDeployment d = deployment(given);
    given.put("vm-2", "ps-2");

    assertThat(d.serverOf()).isEqualTo(Map.of("vm-1", "ps-1")).isNotSameAs(given);
    assertThat(d.serverOf().get("vm-1")).isEqualTo("ps-1");
    assertThat(d.serverOf().containsKey("vm-2")).isFalse();
    assertThatThrownBy(() -> d.serverOf().put("vm-3", "ps-1"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.serverOf().keySet().remove("vm-1"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.serverOf().entrySet().iterator().next().setValue("ps-9"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
