package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Process servers under configuration servers of at most L machines: best fit decreasing by machine
 * count, the tightest open group that still has room (the oldest on ties).
 */
final class ConfigurationServerGroups {

  private ConfigurationServerGroups() {}

  /** Groups {@code packed} under configuration servers that manage at most {@code limit}. */
  static List<List<Bin>> of(List<Bin> packed, int limit) {
    List<List<Bin>> groups = new ArrayList<>();
    List<Bin> byMachines = new ArrayList<>(packed);
    byMachines.sort(
        Comparator.comparingInt((Bin b) -> b.machines).reversed().thenComparingInt(b -> b.serial));
    // Open groups by room left, then by age.
    TreeSet<int[]> rooms =
        new TreeSet<>(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
    for (Bin b : byMachines) {
      int[] room = rooms.ceiling(new int[] {b.machines, -1});
      if (room == null) {
        room = new int[] {limit, groups.size()};
        groups.add(new ArrayList<>());
      } else {
        rooms.remove(room);
      }
      groups.get(room[1]).add(b);
      room[0] -= b.machines;
      rooms.add(room);
    }
    return groups;
  }
}
