package org.asrsizing.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.asrsizing.model.Units;

/**
 * Whether a failure domain (the servers one configuration server manages on one site, or a site's
 * appliances) survives any {@code k} of its servers failing at once: the failed servers' machines,
 * largest first, go to the survivor with the most room left after the move, each survivor held to
 * its failover limits. Planning and operating both ask this one check, so that a plan the planner
 * calls survivable is one the health check calls survivable.
 */
public final class FailoverCheck {

  /** A machine, or the machines of a group, that switch to another server together. */
  public record Unit(String key, int count, double churnGiBPerDay) implements Load {}

  /**
   * A server of the domain.
   *
   * @param id its id
   * @param failover what it may carry while another server is down
   * @param units what it carries
   * @param mayFail whether it is a server whose failure is covered (a process server or appliance)
   * @param mayTake whether it may take machines of a failed server
   */
  public record Member(
      String id, Limits failover, List<Unit> units, boolean mayFail, boolean mayTake) {
    public Member {
      units = List.copyOf(units);
    }

    int machines() {
      return units.stream().mapToInt(Unit::count).sum();
    }

    double churn() {
      return units.stream().mapToDouble(Unit::churnGiBPerDay).sum();
    }
  }

  /**
   * One failure and whether the others absorb it.
   *
   * @param failed the servers that fail together
   * @param machines the machines they carry
   * @param churnGiBPerDay their churn
   * @param survived whether the others take every machine
   * @param takenBy the servers that take them, when survived
   * @param reason why not, when not survived
   */
  public record Failure(
      List<String> failed,
      int machines,
      double churnGiBPerDay,
      boolean survived,
      List<String> takenBy,
      String reason) {
    public Failure {
      failed = List.copyOf(failed);
      takenBy = List.copyOf(takenBy);
    }
  }

  /** Largest churn first, then most machines, then by key: the same order on every side. */
  private static final Comparator<Unit> LARGEST_FIRST =
      Comparator.comparingDouble((Unit u) -> -u.churnGiBPerDay())
          .thenComparing(u -> -u.count())
          .thenComparing(Unit::key);

  private FailoverCheck() {}

  /**
   * Every failure of {@code k} servers that may fail (all of them when there are fewer), except
   * those that lose no machine; in the order of the members.
   */
  public static List<Failure> all(List<Member> members, int k) {
    List<Integer> failing = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).mayFail()) {
        failing.add(i);
      }
    }
    List<Failure> out = new ArrayList<>();
    int size = Math.min(k, failing.size());
    if (size == 0) {
      return out;
    }
    subsets(failing, size, 0, new ArrayList<>(), members, out);
    return out;
  }

  /** Whether every failure of {@code k} servers is absorbed. */
  public static boolean survives(List<Member> members, int k) {
    return all(members, k).stream().allMatch(Failure::survived);
  }

  private static void subsets(
      List<Integer> failing,
      int size,
      int from,
      List<Integer> chosen,
      List<Member> members,
      List<Failure> out) {
    if (chosen.size() == size) {
      Failure f = failure(members, chosen);
      if (f.machines() > 0) {
        out.add(f);
      }
      return;
    }
    for (int i = from; i <= failing.size() - (size - chosen.size()); i++) {
      chosen.add(failing.get(i));
      subsets(failing, size, i + 1, chosen, members, out);
      chosen.remove(chosen.size() - 1);
    }
  }

  /** The failure of the members at {@code failed}. */
  static Failure failure(List<Member> members, List<Integer> failed) {
    List<Trial> others = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      if (failed.contains(i)) {
        units.addAll(m.units());
        ids.add(m.id());
      } else if (m.mayTake()) {
        others.add(new Trial(m));
      }
    }
    units.sort(LARGEST_FIRST);
    int machines = units.stream().mapToInt(Unit::count).sum();
    double churn = units.stream().mapToDouble(Unit::churnGiBPerDay).sum();
    TreeSet<String> takenBy = new TreeSet<>();
    Unit left = greedy(units, others, takenBy);
    if (left != null && searched(units, others, takenBy)) {
      left = null;
    }
    if (left != null) {
      return new Failure(
          ids,
          machines,
          churn,
          false,
          List.of(),
          "if "
              + String.join(", ", ids)
              + (ids.size() == 1 ? " fails" : " fail")
              + ", machine "
              + left.key()
              + " ("
              + Units.churn(left.churnGiBPerDay())
              + ") fits on none of the "
              + others.size()
              + " other server(s) it can be switched to within their failover limits");
    }
    return new Failure(ids, machines, churn, true, new ArrayList<>(takenBy), null);
  }

  /**
   * Places {@code units} on {@code others}, each on the survivor with the least room left after it;
   * the unit that fits nowhere, or {@code null} when all are placed.
   */
  private static Unit greedy(List<Unit> units, List<Trial> others, TreeSet<String> takenBy) {
    for (Unit u : units) {
      // The least room left, as 1 - utilisation; the earliest survivor on ties.
      Trial best = Slots.lowestScoringFit(others, u, s -> true, s -> 1 - s.utilisationWith(u));
      if (best == null) {
        return u;
      }
      best.take(u, 1);
      takenBy.add(best.id);
    }
    return null;
  }

  /** The most placements a search tries before it gives up: the check stays fast. */
  private static final int SEARCH_BUDGET = 20_000;

  /**
   * Where the greedy placement leaves a machine over, a bounded search over every assignment,
   * largest first: a placement it finds is one, so the check stays sound, only less often wrong.
   */
  private static boolean searched(List<Unit> units, List<Trial> others, TreeSet<String> takenBy) {
    for (Trial t : others) {
      t.reset();
    }
    takenBy.clear();
    int[] budget = {SEARCH_BUDGET};
    int[] where = new int[units.size()];
    if (!assign(units, 0, others, where, budget)) {
      return false;
    }
    for (int i = 0; i < units.size(); i++) {
      others.get(where[i]).take(units.get(i), 1);
      takenBy.add(others.get(where[i]).id);
    }
    return true;
  }

  private static boolean assign(
      List<Unit> units, int next, List<Trial> others, int[] where, int[] budget) {
    if (next == units.size()) {
      for (Trial t : others) {
        t.reset();
      }
      return true;
    }
    Unit u = units.get(next);
    List<String> tried = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      Trial t = others.get(i);
      // Two survivors with the same room left are the same choice.
      String room = t.machineRoom() + "/" + t.churnRoom() + "/" + t.limits;
      if (!t.fits(u) || tried.contains(room) || --budget[0] < 0) {
        continue;
      }
      tried.add(room);
      t.take(u, 1);
      where[next] = i;
      boolean ok = assign(units, next + 1, others, where, budget);
      if (ok) {
        return true;
      }
      t.take(u, -1);
    }
    return false;
  }

  /** A survivor with the load it takes during the failure. */
  private static final class Trial implements Slot {
    final String id;
    final Limits limits;
    int machines;
    double churn;

    final int baseMachines;
    final double baseChurn;

    Trial(Member m) {
      this.id = m.id();
      this.limits = m.failover();
      this.baseMachines = m.machines();
      this.baseChurn = m.churn();
      reset();
    }

    void reset() {
      machines = baseMachines;
      churn = baseChurn;
    }

    /** Adds ({@code sign} 1) or takes back ({@code sign} -1) a unit. */
    void take(Unit u, int sign) {
      machines += sign * u.count();
      churn += sign * u.churnGiBPerDay();
    }

    @Override
    public int machineLimit() {
      return limits.machines();
    }

    @Override
    public double churnLimitGiBPerDay() {
      return limits.churnGiBPerDay();
    }

    @Override
    public int machines() {
      return machines;
    }

    @Override
    public double churnGiBPerDay() {
      return churn;
    }
  }
}
