package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Heaps of servers by load or by churn room. Servers only gain load while packing, so a load key
 * can only be too low and a room key only too high: stale entries are recognised when they surface
 * and dropped or refreshed then (lazy updates), which spares a heap update per server for every
 * placement.
 */
final class BinHeaps {

  private BinHeaps() {}

  /** A heap entry: a server and its key when the entry was made. */
  record Entry(double key, Bin bin, int version) {}

  static final Comparator<Entry> LOWEST_KEY =
      (a, b) -> {
        int c = Double.compare(a.key, b.key);
        return c != 0 ? c : Integer.compare(a.bin.serial, b.bin.serial);
      };

  static final Comparator<Entry> HIGHEST_KEY =
      (a, b) -> {
        int c = Double.compare(b.key, a.key);
        return c != 0 ? c : Integer.compare(a.bin.serial, b.bin.serial);
      };

  static Entry byLoad(Bin b) {
    return new Entry(b.utilisation(), b, b.version);
  }

  static Entry byRoom(Bin b) {
    return new Entry(b.churnRoom(), b, b.version);
  }

  /** The server with the lowest load; entries older than their server's last change are dropped. */
  static Bin leastLoaded(PriorityQueue<Entry> byLoad) {
    Entry top = byLoad.peek();
    while (top != null && top.version != top.bin.version) {
      byLoad.poll();
      top = byLoad.peek();
    }
    return top == null ? null : top.bin;
  }

  /** A server with room for the item: the one with most churn room that has machine room. */
  static Bin anyFit(PriorityQueue<Entry> byRoom, Item item) {
    List<Entry> passed = new ArrayList<>();
    Bin found = null;
    while (!byRoom.isEmpty()) {
      Entry top = byRoom.peek();
      Bin b = top.bin;
      if (b.machines >= b.capacity.maxMachines()) {
        byRoom.poll(); // full for good: no machine leaves a server while packing
        continue;
      }
      if (top.key > b.churnRoom()) {
        byRoom.poll();
        byRoom.add(byRoom(b));
        continue;
      }
      if (!Capacity.withinChurn(b.churn + item.churnGiBPerDay(), b.capacity.maxChurnGiBPerDay())) {
        break; // the top is exact, so no server of this tier has the churn room
      }
      if (b.fits(item)) {
        found = b;
        break;
      }
      passed.add(byRoom.poll()); // a group with too many machines for this one; look further
    }
    byRoom.addAll(passed);
    return found;
  }
}
