package org.asrsizing.placement;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Which slot a load goes to, written once for planning and operating: least loaded fit, tightest
 * fit (or the fit with the lowest of any score), least and most loaded, and making room by moving
 * one load. Ties go to the earliest slot in the order given, so that the order of the slots, not of
 * any input, decides.
 */
public final class Slots {

  private Slots() {}

  /**
   * The eligible slot that fits {@code load} with the lowest utilisation after the move; the
   * earliest on ties; {@code null} if none fits.
   */
  public static <S extends Slot> S leastLoadedFit(
      Iterable<S> slots, Load load, Predicate<? super S> eligible) {
    return lowestScoringFit(slots, load, eligible, s -> s.utilisationWith(load));
  }

  /** {@link #leastLoadedFit(Iterable, Load, Predicate)} over every slot. */
  public static <S extends Slot> S leastLoadedFit(Iterable<S> slots, Load load) {
    return leastLoadedFit(slots, load, s -> true);
  }

  /**
   * The eligible slot that fits {@code load} with the highest utilisation after the move (the
   * tightest fit); the earliest on ties; {@code null} if none fits.
   */
  public static <S extends Slot> S tightestFit(
      Iterable<S> slots, Load load, Predicate<? super S> eligible) {
    // Negation is exact, so this ranks and ties as "highest utilisation" does.
    return lowestScoringFit(slots, load, eligible, s -> -s.utilisationWith(load));
  }

  /**
   * The eligible slot that fits {@code load} with the lowest {@code score}; the earliest on ties;
   * {@code null} if none fits. The score is asked of fitting slots only, once each.
   */
  public static <S extends Slot> S lowestScoringFit(
      Iterable<S> slots, Load load, Predicate<? super S> eligible, ToDoubleFunction<S> score) {
    S best = null;
    double bestScore = 0;
    for (S s : slots) {
      if (eligible.test(s) && s.fits(load)) {
        double x = score.applyAsDouble(s);
        if (best == null || x < bestScore) {
          best = s;
          bestScore = x;
        }
      }
    }
    return best;
  }

  /** The slot with the lowest utilisation; the earliest on ties; {@code null} for none. */
  public static <S extends Slot> S leastLoaded(Iterable<S> slots) {
    S best = null;
    for (S s : slots) {
      if (best == null || Double.compare(s.utilisation(), best.utilisation()) < 0) {
        best = s;
      }
    }
    return best;
  }

  /**
   * The slot with the highest utilisation; the latest on ties (the last in the order {@link
   * #leastLoaded} chooses from); {@code null} for none.
   */
  public static <S extends Slot> S mostLoaded(Iterable<S> slots) {
    S best = null;
    for (S s : slots) {
      if (best == null || Double.compare(s.utilisation(), best.utilisation()) >= 0) {
        best = s;
      }
    }
    return best;
  }

  /**
   * Places {@code load} on the first host that fits it, or else makes room by moving one load: off
   * a host that has the churn room but no free slot (its lightest load, taken last first), or off
   * one that has a slot but too little churn room (a load heavy enough to make the room), onto
   * another host that fits it. Returns whether {@code load} was placed; nothing moves otherwise.
   */
  public static <L extends Load, H extends Host<L>> boolean placeByMovingOne(
      L load, List<H> hosts) {
    for (H host : hosts) {
      if (host.fits(load)) {
        host.add(load);
        return true;
      }
    }
    // Nothing changes until a move is made, so the room the other hosts have is looked at once:
    // most loads a full host could give up fit no other host, and each would cost a scan.
    RoomAbove room = RoomAbove.of(hosts);
    for (int h = 0; h < hosts.size(); h++) {
      H host = hosts.get(h);
      List<L> loads = host.loads();
      for (int i = loads.size() - 1; i >= 0; i--) {
        L moved = loads.get(i);
        if (!host.fitsSwapping(moved, load) || !room.mayFitBesides(h, moved)) {
          continue;
        }
        for (H other : hosts) {
          if (other != host && other.fits(moved)) {
            other.add(host.take(i));
            host.add(load);
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The most machine room and the most churn room (among hosts with a free machine slot) of any
   * host but one: the two largest of each, so that leaving one host out is a lookup. The churn room
   * carries {@link Limits#withinChurn}'s tolerance and a margin above the rounding of its
   * subtraction, so a load it rules out fits no host; one it lets through is checked exactly.
   */
  private static final class RoomAbove {
    private static final double MARGIN = 1e-9;

    private final int[] machineRoomHost = {-1, -1};
    // Whole numbers of machines, exact as doubles: one way of keeping the two largest serves both.
    private final double[] machineRoom = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private final int[] churnRoomHost = {-1, -1};
    private final double[] churnRoom = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};

    static RoomAbove of(List<? extends Slot> hosts) {
      RoomAbove r = new RoomAbove();
      for (int h = 0; h < hosts.size(); h++) {
        Slot s = hosts.get(h);
        int machines = s.machineRoom();
        r.keep(r.machineRoomHost, r.machineRoom, h, machines);
        if (machines >= 1) {
          double limit = s.churnLimitGiBPerDay();
          double scale = Math.max(1, Math.max(Math.abs(limit), Math.abs(s.churnGiBPerDay())));
          double churn =
              limit + Limits.TOLERANCE * Math.max(1, limit) - s.churnGiBPerDay() + MARGIN * scale;
          r.keep(r.churnRoomHost, r.churnRoom, h, churn);
        }
      }
      return r;
    }

    private void keep(int[] hostOf, double[] room, int h, double value) {
      if (value > room[0]) {
        room[1] = room[0];
        hostOf[1] = hostOf[0];
        room[0] = value;
        hostOf[0] = h;
      } else if (value > room[1]) {
        room[1] = value;
        hostOf[1] = h;
      }
    }

    /** Whether some host other than the one at {@code h} might fit {@code load}. */
    boolean mayFitBesides(int h, Load load) {
      if (load.count() < 1) {
        return true; // the churn room is of hosts with a free slot, which it need not have
      }
      double machines = machineRoomHost[0] == h ? machineRoom[1] : machineRoom[0];
      double churn = churnRoomHost[0] == h ? churnRoom[1] : churnRoom[0];
      return load.count() <= machines && !(load.churnGiBPerDay() > churn);
    }
  }
}
