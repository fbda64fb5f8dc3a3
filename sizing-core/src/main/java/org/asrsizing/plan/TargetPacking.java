package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Fills servers one by one to their share of the load in both dimensions: share(machines) = limit x
 * n / total slots and share(churn) = limit x W / total churn room, always taking the machine whose
 * churn is closest to the average the server still needs. When a mix covers the load with little
 * room in either dimension, every server has to be filled at its own ratio of churn per machine,
 * which neither balancing nor best fit aims for. Heavy machines (above four times the average) go
 * first, by the balanced rule. Single machines only: see {@link #applies}.
 */
final class TargetPacking implements Packing {

  private final Packing balanced;

  /**
   * @param balanced places what the targets leave over
   */
  TargetPacking(Packing balanced) {
    this.balanced = balanced;
  }

  /** Whether the items are all single machines, which the targets are made for. */
  static boolean applies(List<Item> items) {
    for (Item item : items) {
      if (item.count() != 1) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void pack(List<Item> items, List<Bin> bins, List<Item> leftovers) {
    double churn = 0;
    for (Item item : items) {
      churn += item.churnGiBPerDay();
    }
    List<Item> light = placeHeavy(items, bins, 4 * churn / items.size(), leftovers);
    Collections.reverse(light);
    ClosestPicker picker = new ClosestPicker(light);
    List<Item> later = fillToShares(bins, picker, items.size(), churn);
    later.addAll(picker.rest());
    later.sort(Item.LARGEST_FIRST);
    balanced.pack(later, bins, leftovers);
  }

  /**
   * Places the items above {@code heavy} churn where there is most churn room; returns the others,
   * in the order given (largest first).
   */
  private static List<Item> placeHeavy(
      List<Item> items, List<Bin> bins, double heavy, List<Item> leftovers) {
    List<Item> light = new ArrayList<>();
    PriorityQueue<BinHeaps.Entry> byRoom = new PriorityQueue<>(BinHeaps.HIGHEST_KEY);
    for (Bin b : bins) {
      byRoom.add(BinHeaps.byRoom(b));
    }
    for (Item item : items) {
      if (item.churnGiBPerDay() > heavy) {
        Bin target = BinHeaps.anyFit(byRoom, item);
        if (target == null) {
          leftovers.add(item);
        } else {
          target.add(item);
        }
      } else {
        light.add(item);
      }
    }
    return light;
  }

  /**
   * Fills each server to its shares of {@code machines} and {@code churn}; returns the items a full
   * server turned away.
   */
  private static List<Item> fillToShares(
      List<Bin> bins, ClosestPicker picker, int machines, double churn) {
    long slots = 0;
    double room = 0;
    for (Bin b : bins) {
      slots += b.capacity.maxMachines();
      room += b.capacity.maxChurnGiBPerDay();
    }
    double machineShare = (double) machines / slots;
    double churnShare = churn / room;
    List<Item> later = new ArrayList<>();
    for (Bin b : bins) {
      int count = (int) Math.floor(b.capacity.maxMachines() * machineShare);
      double budget = b.capacity.maxChurnGiBPerDay() * churnShare;
      while (b.machines < count && !picker.isEmpty()) {
        double want = Math.max(0, budget - b.churn) / (count - b.machines);
        Item item = picker.take(want);
        if (!b.fits(item)) {
          later.add(item); // this server is full: the rest go to the others
          break;
        }
        b.add(item);
      }
    }
    return later;
  }
}
