package org.asrsizing.operate;

import java.util.Comparator;
import java.util.List;
import org.asrsizing.model.Machine;
import org.asrsizing.placement.Load;

/**
 * What moves as one: a machine, or the machines of one group on one server (they must share a
 * process server).
 */
final class Unit implements Load {

  /** Largest churn first, then by name, so every order of input gives the same result. */
  static final Comparator<Unit> LARGEST_FIRST =
      Comparator.comparingDouble((Unit u) -> -u.churn).thenComparing(u -> u.key);

  final List<Machine> machines;
  final int count;
  final double churn;
  final String site;
  final String key;

  /** The server it uses now; {@code null} for machines not replicated yet. */
  final Node origin;

  /**
   * Whether it cannot be protected within the limits yet replicates now: it stays where it is and
   * counts in that server's load, but never moves.
   */
  final boolean pinned;

  Unit(List<Machine> machines, Node origin) {
    this(machines, origin, false);
  }

  Unit(List<Machine> machines, Node origin, boolean pinned) {
    this.machines = List.copyOf(machines);
    this.count = machines.size();
    // Most units are one machine: its churn as it is, without a stream per unit (a stream's sum
    // of one value is that value).
    this.churn =
        count == 1
            ? machines.get(0).churnGiBPerDay()
            : machines.stream().mapToDouble(Machine::churnGiBPerDay).sum();
    this.site = machines.get(0).site();
    this.key = machines.get(0).name();
    this.origin = origin;
    this.pinned = pinned;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public double churnGiBPerDay() {
    return churn;
  }
}
