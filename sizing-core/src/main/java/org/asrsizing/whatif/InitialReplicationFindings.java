package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Setting;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Units;

/** What each site's initial replication plan means, one sentence per site and per problem. */
final class InitialReplicationFindings {

  /** Machines named in one sentence before the rest are counted. */
  private static final int NAMED = 5;

  private InitialReplicationFindings() {}

  static List<Finding> of(List<SiteInitialReplication> sites) {
    List<Finding> f = new ArrayList<>();
    String source = RpoFindings.source(Rule.INITIAL_REPLICATION);
    for (SiteInitialReplication s : sites) {
      if (!s.unsized().isEmpty()) {
        f.add(
            new Finding(
                Rule.INITIAL_REPLICATION,
                Severity.WARNING,
                "site " + s.site() + ": " + unsized(s),
                source,
                Hint.of(Setting.MACHINE_SIZE)));
      }
      if (s.hours() == null) {
        f.add(
            new Finding(
                Rule.INITIAL_REPLICATION,
                Severity.WARNING,
                "site " + s.site() + ": " + noRoom(s),
                source,
                Hint.of(Setting.BANDWIDTH)));
        continue;
      }
      f.add(
          new Finding(
              Rule.INITIAL_REPLICATION,
              Severity.INFO,
              "site " + s.site() + ": " + summary(s),
              source));
      for (ReplicationBatch b : s.batches()) {
        if (b.overGoal()) {
          f.add(
              new Finding(
                  Rule.INITIAL_REPLICATION,
                  Severity.WARNING,
                  "site " + s.site() + ": " + overGoal(b, s.goalHours()),
                  source));
        }
      }
    }
    return f;
  }

  static String summary(SiteInitialReplication s) {
    return "the initial replication of "
        + (s.sizedByInventory() + s.sizedByFallback())
        + " machines ("
        + Units.number(s.dataGiB(), 2)
        + " GiB; "
        + s.sizedByInventory()
        + " sized by the inventory, "
        + s.sizedByFallback()
        + " by the machine size) at the "
        + mbps(s.availableMbps())
        + " left after delta replication (link "
        + mbps(s.linkMbps())
        + " - average upload "
        + mbps(s.deltaEgressMbps())
        + ") takes "
        + hours(s.hours())
        + " in "
        + s.batches().size()
        + (s.batches().size() == 1 ? " batch" : " batches")
        + " (goal "
        + hours(s.goalHours())
        + " per batch), largest machines first";
  }

  private static String noRoom(SiteInitialReplication s) {
    return "delta replication's average upload of "
        + mbps(s.deltaEgressMbps())
        + " uses all of the "
        + mbps(s.linkMbps())
        + " link, so no initial replication can finish; a faster link is needed, as set by"
        + " the bandwidth setting";
  }

  private static String unsized(SiteInitialReplication s) {
    List<String> names = s.unsized();
    return names.size()
        + (names.size() == 1 ? " machine has" : " machines have")
        + " no size in the inventory ("
        + Units.names(names, NAMED)
        + ") and no fallback is given, so the initial replication leaves "
        + (names.size() == 1 ? "it" : "them")
        + " out; give one with"
        + " the machine size setting";
  }

  private static String overGoal(ReplicationBatch b, double goalHours) {
    return "batch "
        + b.number()
        + " ("
        + b.machines().get(0)
        + ", "
        + Units.number(b.dataGiB(), 2)
        + " GiB) takes "
        + hours(b.hours())
        + ", more than the goal of "
        + hours(goalHours)
        + ": the machine alone is larger than a batch at this link";
  }

  private static String mbps(double mbps) {
    return Units.number(mbps, 2) + " Mbps";
  }

  private static String hours(double hours) {
    return Units.number(hours, 1) + " hours";
  }
}
