package org.asrsizing.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.asrsizing.model.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InstanceGeneratorTest {

  private static String csv(InstanceSpec spec) throws IOException {
    StringWriter w = new StringWriter();
    InstanceCsv.write(InstanceGenerator.generate(spec), w);
    return w.toString();
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    InstanceSpec spec = InstanceSpec.parse("pareto-churn-n2000-s7");
    assertThat(csv(spec)).isEqualTo(csv(spec));
  }

  @Test
  void anotherSeedGivesAnotherFleet() throws IOException {
    assertThat(csv(InstanceSpec.parse("lognormal-both-n500-s1")))
        .isNotEqualTo(csv(InstanceSpec.parse("lognormal-both-n500-s2")));
  }

  @Test
  void theNameSpellsOutTheParametersAndParsesBack() {
    InstanceSpec spec = new InstanceSpec(ChurnDistribution.BIMODAL, Regime.COUNT, 100_000, 7);
    assertThat(spec.name()).isEqualTo("bimodal-count-n100000-s7");
    assertThat(InstanceSpec.parse(spec.name())).isEqualTo(spec);
  }

  @Test
  void aMalformedNameIsRejected() {
    assertThatThrownBy(() -> InstanceSpec.parse("lognormal-100"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCsvHasAHeaderAndOneLinePerMachineWithPlainDecimals() throws IOException {
    String[] lines = csv(InstanceSpec.parse("lognormal-count-n100-s3")).split("\n");
    assertThat(lines).hasSize(101);
    assertThat(lines[0]).isEqualTo("name,churnGiBPerDay");
    assertThat(lines[1]).matches("vm-0000001,[0-9]+(\\.[0-9]{1,3})?");
  }

  @ParameterizedTest
  @EnumSource(ChurnDistribution.class)
  void everyRegimeHitsItsMeanRangeAndStaysUnderTheClip(ChurnDistribution d) {
    for (Regime r : Regime.values()) {
      List<Machine> fleet = InstanceGenerator.generate(new InstanceSpec(d, r, 20_000, 11));
      DescriptiveStatistics stats = new DescriptiveStatistics();
      fleet.forEach(m -> stats.addValue(m.churnGiBPerDay()));
      // Sampling noise of 20,000 draws; the heavy Pareto tail gets a wider margin.
      double slack = d == ChurnDistribution.PARETO ? 0.15 : 0.05;
      assertThat(stats.getMean())
          .as("%s %s mean", d, r)
          .isBetween(r.minMeanGiBPerDay() * (1 - slack), r.maxMeanGiBPerDay() * (1 + slack));
      assertThat(stats.getMax()).isLessThanOrEqualTo(InstanceGenerator.MAX_CHURN_GIB_PER_DAY);
      assertThat(stats.getMin()).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void theSyntheticCatalogPassesTheCoreValidation() {
    assertThat(BenchCatalogs.load(BenchCatalogs.SYNTHETIC).configurationServerTiers()).hasSize(4);
  }

  @Test
  void aGeneratedInstancePlansCompletely() {
    List<Machine> fleet = InstanceGenerator.generate(InstanceSpec.parse("bimodal-both-n3000-s5"));
    for (String id : BenchCatalogs.ALL) {
      PlanMeasurement m =
          PlanMeasurement.measure(id, BenchCatalogs.load(id), "bimodal-both-n3000-s5", fleet);
      assertThat(m.unplaced()).as(id).isZero();
      assertThat(m.vcpus()).as(id).isGreaterThanOrEqualTo(m.lowerBoundVcpus());
    }
  }
}
