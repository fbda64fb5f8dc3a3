package org.asrsizing.plan;

import java.util.List;

/**
 * The dot-product rule of Panigrahy et al. (2011): each item onto the fitting server whose
 * remaining room points most in the item's direction (machines and churn, each relative to the
 * largest tier), so that servers with much churn room per free slot get the heavy machines.
 */
final class ShapePacking implements Packing {

  private final double scaleMachines;
  private final double scaleChurn;

  ShapePacking(Capacity largest) {
    this.scaleMachines = largest.maxMachines();
    this.scaleChurn = largest.maxChurnGiBPerDay();
  }

  @Override
  public void pack(List<Item> items, List<Bin> bins, List<Item> leftovers) {
    for (Item item : items) {
      Bin target = null;
      double bestScore = -1;
      double a = item.count() / scaleMachines;
      double b = item.churnGiBPerDay() / scaleChurn;
      for (Bin bin : bins) {
        if (!bin.fits(item)) {
          continue;
        }
        double score = a * bin.machineRoom() / scaleMachines + b * bin.churnRoom() / scaleChurn;
        if (score > bestScore) {
          bestScore = score;
          target = bin;
        }
      }
      if (target == null) {
        leftovers.add(item);
      } else {
        target.add(item);
      }
    }
  }
}
