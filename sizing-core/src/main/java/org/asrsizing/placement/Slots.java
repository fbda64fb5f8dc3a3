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
    for (H host : hosts) {
      List<L> loads = host.loads();
      for (int i = loads.size() - 1; i >= 0; i--) {
        L moved = loads.get(i);
        if (!host.fitsSwapping(moved, load)) {
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
}
