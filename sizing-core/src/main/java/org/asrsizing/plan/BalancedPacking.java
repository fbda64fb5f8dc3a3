package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.asrsizing.placement.Slots;

/**
 * Largest item first onto the server whose utilisation after the move, max(machines / limit, churn
 * / limit), is lowest, which packs and balances at once. Few servers are scanned; many are kept in
 * heaps, per tier, so that a million machines take O(n log m).
 */
final class BalancedPacking implements Packing {

  /** Below this many servers a linear scan beats the heaps. */
  static final int LINEAR_SCAN_LIMIT = 48;

  private final int tierCount;

  BalancedPacking(int tierCount) {
    this.tierCount = tierCount;
  }

  @Override
  public void pack(List<Item> items, List<Bin> bins, List<Item> leftovers) {
    if (bins.size() > LINEAR_SCAN_LIMIT) {
      packWithHeaps(items, bins, leftovers);
      return;
    }
    for (Item item : items) {
      Bin target = Slots.leastLoadedFit(bins, item);
      if (target == null) {
        leftovers.add(item);
      } else {
        target.add(item);
      }
    }
  }

  /**
   * Per tier, a heap by load, whose top is the tier's best candidate, and a heap by churn room,
   * which finds a server that still fits when the least-loaded one does not (late in the packing,
   * when servers are nearly full).
   */
  private void packWithHeaps(List<Item> items, List<Bin> bins, List<Item> leftovers) {
    List<PriorityQueue<BinHeaps.Entry>> byLoad = new ArrayList<>();
    List<PriorityQueue<BinHeaps.Entry>> byRoom = new ArrayList<>();
    for (int t = 0; t < tierCount; t++) {
      byLoad.add(new PriorityQueue<>(BinHeaps.LOWEST_KEY));
      byRoom.add(new PriorityQueue<>(BinHeaps.HIGHEST_KEY));
    }
    for (Bin b : bins) {
      byLoad.get(b.capacity.index()).add(BinHeaps.byLoad(b));
      byRoom.get(b.capacity.index()).add(BinHeaps.byRoom(b));
    }
    for (Item item : items) {
      Bin target = null;
      double targetUtil = Double.MAX_VALUE;
      for (int t = 0; t < tierCount; t++) {
        Bin candidate = BinHeaps.leastLoaded(byLoad.get(t));
        if (candidate != null && !candidate.fits(item)) {
          candidate = BinHeaps.anyFit(byRoom.get(t), item);
        }
        if (candidate != null && candidate.utilisationWith(item) < targetUtil) {
          target = candidate;
          targetUtil = candidate.utilisationWith(item);
        }
      }
      if (target == null) {
        leftovers.add(item);
        continue;
      }
      target.add(item);
      byLoad.get(target.capacity.index()).add(BinHeaps.byLoad(target));
    }
  }
}
