package org.asrsizing.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.asrsizing.catalog.Tier;
import org.junit.jupiter.api.Test;

class LimitsTest {

  /** The classic catalog's small scale-out process server: 85 machines, 250 GiB/day. */
  private static final Tier SMALL = tier(85, 250);

  private static Tier tier(int machines, double churn) {
    return new Tier("small", 4, 2, 2, 8, 300, churn, machines, "test");
  }

  @Test
  void aSmallProcessServerHolds85MachinesButNot86() {
    Limits l = Limits.of(SMALL, 0);
    assertThat(l).isEqualTo(new Limits(85, 250));
    assertThat(l.holds(85, 0)).isTrue();
    assertThat(l.holds(86, 0)).isFalse();
  }

  @Test
  void itsChurnLimitHolds250GiBButNot250Point01AtNoHeadroom() {
    Limits l = Limits.of(SMALL, 0);
    assertThat(l.holds(1, 250)).isTrue();
    assertThat(l.holds(1, 250.01)).isFalse();
  }

  @Test
  void twentyPercentHeadroomLeaves68MachinesAnd200GiB() {
    Limits l = Limits.of(SMALL, 20);
    assertThat(l.machines()).isEqualTo(68);
    assertThat(l.churnGiBPerDay()).isEqualTo(250 * 0.8);
    assertThat(l.holds(68, 200)).isTrue();
    assertThat(l.holds(69, 0)).isFalse();
    assertThat(l.holds(1, 200.01)).isFalse();
    assertThat(l.holds(1, 250)).isFalse();
  }

  @Test
  void theMachineLimitUnderHeadroomIsRoundedDown() {
    assertThat(Limits.of(SMALL, 10).machines()).isEqualTo(76); // 76.5
    assertThat(Limits.of(tier(225, 2048), 10).machines()).isEqualTo(202); // 202.5
  }

  @Test
  void theMachineLimitIsNotLostToFloatingPointRounding() {
    // 650 * 0.7 is 454.99999999999994 in doubles, 150 * 0.1 is 14.999999999999996.
    assertThat(Limits.of(tier(650, 1000), 30).machines()).isEqualTo(455);
    assertThat(Limits.of(tier(150, 1024), 90).machines()).isEqualTo(15);
    assertThat(Limits.machineLimit(200, Limits.usableFraction(90))).isEqualTo(20);
  }

  @Test
  void ofTakesAHeadroomAndOfUsableTheShareLeft() {
    assertThat(Limits.of(SMALL, 20)).isEqualTo(Limits.ofUsable(SMALL, 0.8));
    assertThat(Limits.usableFraction(10)).isEqualTo(1 - 10.0 / 100);
  }

  @Test
  void churnThatEqualsTheLimitUpToRoundingFits() {
    double sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += 25.1; // 251.00000000000003 or so, not exactly 251
    }
    assertThat(Limits.withinChurn(sum, 251)).isTrue();
    assertThat(Limits.withinChurn(251 * (1 + 2 * Limits.TOLERANCE), 251)).isFalse();
  }

  @Test
  void theToleranceIsAbsoluteBelowOneGiBAndRelativeAbove() {
    assertThat(Limits.withinChurn(0.5 + 0.9e-9, 0.5)).isTrue();
    assertThat(Limits.exceedsRelative(0.5 + 0.9e-9, 0.5)).isTrue();
    assertThat(Limits.withinChurn(1000 + 0.9e-6, 1000)).isTrue();
    assertThat(Limits.exceedsRelative(1000 + 0.9e-6, 1000)).isFalse();
    assertThat(Limits.withinChurn(1000 + 1.1e-6, 1000)).isFalse();
    assertThat(Limits.exceedsRelative(1000 + 1.1e-6, 1000)).isTrue();
  }

  @Test
  void utilisationIsTheHigherOfTheTwoRatios() {
    Limits l = Limits.of(SMALL, 0);
    assertThat(l.utilisation(17, 25)).isEqualTo(0.2);
    assertThat(l.utilisation(17, 125)).isEqualTo(0.5);
    assertThat(l.utilisation(85, 250)).isEqualTo(1.0);
    assertThat(l.plainUtilisation(17, 125)).isEqualTo(0.5);
  }

  @Test
  void utilisationOverAZeroLimitIsInfiniteUnlessTheLoadIsEmpty() {
    Limits zero = new Limits(0, 0);
    assertThat(zero.utilisation(0, 0)).isEqualTo(0.0);
    assertThat(zero.utilisation(1, 0)).isInfinite();
    assertThat(zero.utilisation(0, 1)).isInfinite();
  }

  @Test
  void atTheTierLimitsNoHeadroomIsTakenAndNothingIsRounded() {
    Limits l = Limits.atTierLimits(tier(85, 250.5));
    assertThat(l).isEqualTo(new Limits(85, 250.5));
    assertThat(l).isEqualTo(Limits.of(tier(85, 250.5), 0));
    assertThat(l.holds(85, 250.5)).isTrue();
    assertThat(l.holds(86, 0)).isFalse();
  }
}
