package org.asrsizing.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the initial replication batches on random sites. */
class ReplicationBatchesProperties {

  @Property(tries = 300)
  void everyMachineOnceNoBatchOverTheGoalUnlessAloneAndNoFewerBatchesThanTheData(
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0.1, max = 5000) Double> sizes,
      @ForAll @DoubleRange(min = 5, max = 1000) double linkMbps) {
    Map<String, Double> byName = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      names.add("m" + i);
      byName.put("m" + i, sizes.get(i));
    }
    SiteRpo site =
        new SiteRpo(
            "s",
            names.size(),
            0,
            null,
            null,
            linkMbps / 4,
            0,
            List.of(),
            linkMbps,
            null,
            List.of());

    SiteInitialReplication s =
        ReplicationBatches.site(site, names, new InitialCopy(byName, Map.of(), null, 24));

    List<String> batched =
        s.batches().stream().flatMap(b -> b.machines().stream()).sorted().toList();
    assertThat(batched).containsExactlyElementsOf(names.stream().sorted().toList());
    double capacity = Bandwidth.transferableGiB(s.availableMbps(), 24);
    for (ReplicationBatch b : s.batches()) {
      assertThat(b.overGoal()).isEqualTo(b.dataGiB() > capacity);
      if (b.overGoal()) {
        assertThat(b.machines()).hasSize(1);
      }
    }
    long alone = s.batches().stream().filter(ReplicationBatch::overGoal).count();
    double rest =
        s.batches().stream()
            .filter(b -> !b.overGoal())
            .mapToDouble(ReplicationBatch::dataGiB)
            .sum();
    assertThat((long) s.batches().size())
        .isGreaterThanOrEqualTo(alone + (long) Math.ceil(rest / capacity - 1e-9));
    assertThat(s.hours())
        .isCloseTo(
            s.batches().stream().mapToDouble(ReplicationBatch::hours).sum(),
            org.assertj.core.api.Assertions.within(1e-6));
  }
}
