package org.asrsizing.format;

import java.util.List;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.InitialCopy;
import org.asrsizing.whatif.ReplicationBatch;
import org.asrsizing.whatif.SiteInitialReplication;

/** Writes each site's initial replication batches as text: one row per batch, then its machines. */
final class InitialBatchesWriter {

  private InitialBatchesWriter() {}

  static void append(StringBuilder sb, List<SiteInitialReplication> sites) {
    if (sites.isEmpty()) {
      return;
    }
    sb.append(
        "\nInitial replication per site (each machine's own data; largest first; batches run one"
            + " after another at the link left after delta replication; uncompressed data / rate)\n");
    TextTable t =
        new TextTable(
            "site",
            ">link Mbps",
            ">delta Mbps",
            ">left Mbps",
            ">machines",
            ">data GiB",
            ">hours",
            ">batches",
            ">goal h");
    for (SiteInitialReplication s : sites) {
      t.row(
          s.site(),
          Units.number(s.linkMbps(), 2),
          Units.number(s.deltaEgressMbps(), 2),
          Units.number(s.availableMbps(), 2),
          s.sizedByInventory() + s.sizedByFallback(),
          Units.number(s.dataGiB(), 2),
          s.hours() == null ? "never" : Units.number(s.hours(), 1),
          s.batches().size(),
          Units.number(s.goalHours(), 1));
    }
    sb.append(t.render("  "));
    TextTable b =
        new TextTable(
            "site",
            ">batch",
            ">machines",
            ">data GiB",
            ">disk streams",
            ">start h",
            ">hours",
            "over goal",
            "largest machines");
    for (SiteInitialReplication s : sites) {
      for (ReplicationBatch batch : s.batches()) {
        b.row(
            s.site(),
            batch.number(),
            batch.machines().size(),
            Units.number(batch.dataGiB(), 2),
            batch.diskStreams(),
            Units.number(batch.startHour(), 1),
            Units.number(batch.hours(), 1),
            batch.overGoal() ? "yes" : "no",
            names(batch.machines()));
      }
    }
    if (sites.stream().anyMatch(s -> !s.batches().isEmpty())) {
      sb.append('\n').append(b.render("  "));
      sb.append(
          "  disk streams: each machine's disks up to "
              + InitialCopy.DISKS_AT_ONCE
              + " at a time (an assumption; the JSON lists every machine of every batch)\n");
    }
  }

  /** The first machines of a batch, then how many more, so a row stays one line. */
  private static String names(List<String> machines) {
    int shown = Math.min(3, machines.size());
    String first = String.join(", ", machines.subList(0, shown));
    return machines.size() > shown ? first + " +" + (machines.size() - shown) + " more" : first;
  }
}
