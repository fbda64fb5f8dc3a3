package org.asrsizing.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailoverCheckTest {

  private static final Limits TEN = new Limits(10, 100);

  private static FailoverCheck.Member server(String id, int machines, double churnEach) {
    List<FailoverCheck.Unit> units = new ArrayList<>();
    for (int i = 0; i < machines; i++) {
      units.add(new FailoverCheck.Unit(id + "-vm" + i, 1, churnEach));
    }
    return new FailoverCheck.Member(id, TEN, units, true, true);
  }

  @Test
  void survivorsFilledExactlyToTheirLimitsAbsorbTheFailure() {
    List<FailoverCheck.Member> d = List.of(server("a", 5, 10), server("b", 5, 10));

    List<FailoverCheck.Failure> failures = FailoverCheck.all(d, 1);

    assertThat(failures).hasSize(2).allMatch(FailoverCheck.Failure::survived);
    assertThat(failures.get(0).takenBy()).containsExactly("b");
  }

  @Test
  void oneMachineAboveTheSurvivorsLimitsIsNotAbsorbed() {
    List<FailoverCheck.Member> d = List.of(server("a", 6, 10), server("b", 5, 10));

    List<FailoverCheck.Failure> failures = FailoverCheck.all(d, 1);

    assertThat(failures.get(0).survived()).isFalse();
    assertThat(failures.get(0).reason()).startsWith("if a fails, machine a-vm");
    assertThat(failures.get(1).survived()).isFalse();
    assertThat(FailoverCheck.survives(d, 1)).isFalse();
  }

  @Test
  void kServersFailTogetherAndAnEmptyOneCountsAsLostRoom() {
    FailoverCheck.Member spare = new FailoverCheck.Member("s", TEN, List.of(), true, true);
    List<FailoverCheck.Member> d = List.of(server("a", 5, 10), server("b", 5, 10), spare);

    assertThat(FailoverCheck.survives(d, 1)).isTrue();
    // a and the spare fail: b takes a's 5 machines and is exactly full.
    assertThat(FailoverCheck.survives(d, 2)).isTrue();
    assertThat(FailoverCheck.all(d, 2)).extracting(FailoverCheck.Failure::failed).hasSize(3);
    // all three fail at once: nobody is left.
    assertThat(FailoverCheck.survives(d, 3)).isFalse();
  }

  @Test
  void aServerThatMayNotFailIsNotFailedAndNoFailureLosesNothing() {
    FailoverCheck.Member manager =
        new FailoverCheck.Member("cs", new Limits(0, 0), List.of(), false, false);
    List<FailoverCheck.Member> d = List.of(manager, server("a", 5, 10), server("b", 5, 10));

    assertThat(FailoverCheck.all(d, 1))
        .extracting(f -> f.failed().get(0))
        .containsExactly("a", "b");
    assertThat(FailoverCheck.all(List.of(manager), 1)).isEmpty();
  }
}
