package org.asrsizing.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What must be protected: a list of machines. An aggregate workload (a machine count and a total
 * daily churn) is, by the project's convention, that many identical machines sharing the churn.
 *
 * @param machines the machines, names unique
 * @param aggregate whether the machines were made from a count and a total
 */
public record Workload(List<Machine> machines, boolean aggregate) {

  /** The largest aggregate the planner accepts. */
  public static final int MAX_AGGREGATE_MACHINES = 2_000_000;

  /**
   * The most machines a plan may have once grown: twice the largest aggregate, and as many as the
   * benchmarks show planned in seconds within 4 GB.
   */
  public static final int MAX_PLANNED_MACHINES = 4_000_000;

  public Workload {
    machines = List.copyOf(machines);
    if (machines.isEmpty()) {
      throw new IllegalArgumentException("a workload needs at least one machine");
    }
    // Sized for every name at once: growing a set of millions of names rehashes it many times.
    // A set, not a map to positions: a million boxed positions cost more than finding the first
    // entry of the one name that repeats.
    Set<String> seen = new HashSet<>(machines.size() * 4 / 3 + 1);
    for (int i = 0; i < machines.size(); i++) {
      if (!seen.add(machines.get(i).name())) {
        throw new IllegalArgumentException(
            "machine name "
                + machines.get(i).name()
                + " appears twice (entries "
                + (firstEntry(machines, machines.get(i).name()) + 1)
                + " and "
                + (i + 1)
                + ")");
      }
    }
  }

  private static int firstEntry(List<Machine> machines, String name) {
    for (int i = 0; ; i++) {
      if (machines.get(i).name().equals(name)) {
        return i;
      }
    }
  }

  /** An explicit inventory. */
  public static Workload of(List<Machine> machines) {
    return new Workload(machines, false);
  }

  /**
   * {@code count} identical machines named {@code vm-0000001}... sharing {@code
   * totalChurnGiBPerDay} equally.
   */
  public static Workload aggregate(int count, double totalChurnGiBPerDay) {
    if (count < 1 || count > MAX_AGGREGATE_MACHINES) {
      throw new IllegalArgumentException(
          "the machine count must be between 1 and " + MAX_AGGREGATE_MACHINES + ", got " + count);
    }
    if (!Double.isFinite(totalChurnGiBPerDay) || totalChurnGiBPerDay < 0) {
      throw new IllegalArgumentException("the total churn must be a finite size >= 0");
    }
    return new Workload(identicalMachines(count, totalChurnGiBPerDay / count), true);
  }

  static List<Machine> identicalMachines(int count, double churnEach) {
    List<Machine> list = new ArrayList<>(count);
    int width = Math.max(7, Integer.toString(count).length());
    String zeros = "0".repeat(width);
    for (int i = 1; i <= count; i++) {
      String digits = Integer.toString(i);
      list.add(Machine.of("vm-" + zeros.substring(digits.length()) + digits, churnEach));
    }
    return list;
  }

  public int machineCount() {
    return machines.size();
  }

  public double totalChurnGiBPerDay() {
    double sum = 0;
    for (Machine m : machines) {
      sum += m.churnGiBPerDay();
    }
    return sum;
  }
}
