package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.asrsizing.model.Plan;
import org.asrsizing.model.PlannedServer;

/**
 * Splits each site's initial replication into batches that finish within the goal: largest machine
 * first, each into the first batch it fits (first-fit decreasing), so few batches carry the data
 * and the largest machines start first. A machine larger than a whole batch gets a batch of its
 * own, marked as over the goal.
 */
public final class ReplicationBatches {

  private ReplicationBatches() {}

  /** The initial replication of every site of {@code rpo} that has a link, with {@code copy}. */
  public static List<SiteInitialReplication> of(Plan plan, RpoReport rpo, InitialCopy copy) {
    List<SiteInitialReplication> sites = new ArrayList<>();
    for (SiteRpo s : rpo.sites()) {
      if (s.bandwidthMbps() != null) {
        sites.add(site(s, machinesOf(plan, s.site()), copy));
      }
    }
    return sites;
  }

  private static List<String> machinesOf(Plan plan, String site) {
    List<String> names = new ArrayList<>();
    for (PlannedServer server : RpoReport.carrying(plan)) {
      if (server.site().equals(site)) {
        names.addAll(server.assignedMachines());
      }
    }
    return names;
  }

  private record Sized(String name, double gib) {}

  static SiteInitialReplication site(SiteRpo s, List<String> names, InitialCopy copy) {
    List<Sized> sized = new ArrayList<>();
    List<String> unsized = new ArrayList<>();
    int byInventory = 0;
    for (String name : names) {
      Double gib = copy.size(name);
      if (gib == null) {
        unsized.add(name);
        continue;
      }
      if (copy.sizeGiB().containsKey(name)) {
        byInventory++;
      }
      sized.add(new Sized(name, gib));
    }
    sized.sort(Comparator.comparingDouble(Sized::gib).reversed().thenComparing(Sized::name));
    double data = sized.stream().mapToDouble(Sized::gib).sum();
    double link = s.bandwidthMbps();
    double available = link - s.averageEgressMbps();
    List<ReplicationBatch> batches = available > 0 ? batches(sized, available, copy) : List.of();
    Double hours = available > 0 ? Bandwidth.transferHours(data, available) : null;
    return new SiteInitialReplication(
        s.site(),
        link,
        s.averageEgressMbps(),
        available,
        names.size(),
        byInventory,
        sized.size() - byInventory,
        unsized,
        data,
        hours,
        copy.goalHours(),
        batches);
  }

  private static final class Open {
    final List<Sized> machines = new ArrayList<>();
    double free;

    Open(double free) {
      this.free = free;
    }
  }

  private static List<ReplicationBatch> batches(
      List<Sized> largestFirst, double availableMbps, InitialCopy copy) {
    double capacity = Bandwidth.transferableGiB(availableMbps, copy.goalHours());
    List<Open> open = new ArrayList<>();
    for (Sized m : largestFirst) {
      Open into = null;
      for (Open b : open) {
        if (b.free >= m.gib()) {
          into = b;
          break;
        }
      }
      if (into == null) {
        into = new Open(capacity);
        open.add(into);
      }
      into.machines.add(m);
      into.free -= m.gib();
    }
    List<ReplicationBatch> batches = new ArrayList<>();
    double start = 0;
    for (Open b : open) {
      double data = b.machines.stream().mapToDouble(Sized::gib).sum();
      double hours = Bandwidth.transferHours(data, availableMbps);
      int streams = b.machines.stream().mapToInt(m -> copy.streams(m.name())).sum();
      batches.add(
          new ReplicationBatch(
              batches.size() + 1,
              b.machines.stream().map(Sized::name).toList(),
              data,
              streams,
              start,
              hours,
              b.free < 0));
      start += hours;
    }
    return batches;
  }
}
