package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.catalog.Tier;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;

/** Changes to the catalog that can only help never make the plan dearer. */
class CatalogChangeProperties {

  @Provide
  Arbitrary<Workload> fleets() {
    return Fleets.plainFleets();
  }

  /** A process server tier that fits between two published ones, or above the largest. */
  @Provide
  Arbitrary<Tier> extraTiers() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 16),
            Arbitraries.integers().between(10, 300),
            Arbitraries.doubles().between(100, 2048).ofScale(0))
        .as(
            (vcpus, machines, churn) ->
                new Tier(
                    "extra", vcpus, null, null, 10, 500, churn, machines, "scale-out-ps-2017"));
  }

  static Catalog withExtraTier(Catalog c, Tier extra) {
    List<Tier> tiers = new ArrayList<>(c.processServerTiers());
    int at = 0;
    while (at < tiers.size()
        && tiers.get(at).maxMachines() <= extra.maxMachines()
        && tiers.get(at).maxChurnGiBPerDay() <= extra.maxChurnGiBPerDay()) {
      at++;
    }
    boolean ordered =
        at == tiers.size()
            || tiers.get(at).maxMachines() >= extra.maxMachines()
                && tiers.get(at).maxChurnGiBPerDay() >= extra.maxChurnGiBPerDay();
    if (!ordered
        || (at > 0
            && tiers.get(at - 1).maxMachines() == extra.maxMachines()
            && tiers.get(at - 1).maxChurnGiBPerDay() == extra.maxChurnGiBPerDay())) {
      return null;
    }
    tiers.add(at, extra);
    if (extra.maxMachines() > c.managementServer().maxMachines()) {
      return null;
    }
    return new Catalog(
        c.schemaVersion(),
        c.id(),
        c.version() + "+extra",
        c.title(),
        c.boundSemantics(),
        c.sources(),
        c.configurationServerTiers(),
        tiers,
        c.managementServer(),
        c.scaleOut(),
        c.machineLimits(),
        c.diskChurnLimits(),
        c.healthThresholds(),
        c.choices());
  }

  @Property(tries = 150)
  void addingATierNeverRaisesTheCost(
      @ForAll("fleets") Workload fleet, @ForAll("extraTiers") Tier extra) {
    Catalog bigger = withExtraTier(Fixtures.CLASSIC, extra);
    // A tier out of the published order would be rejected by the validator.
    Assume.that(bigger != null);
    Plan before = Planner.plan(fleet, Fixtures.CLASSIC, PlanOptions.defaults());
    Plan after = Planner.plan(fleet, bigger, PlanOptions.defaults());
    assertThat(after.summary().vcpus()).isLessThanOrEqualTo(before.summary().vcpus());
  }
}
