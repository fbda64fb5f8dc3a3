package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.asrsizing.plan.PlanOptions;

/**
 * The plans of one headroom family, each planned and simulated at most once, and the search for the
 * first that holds. Plans with whole-percent headroom from h (the options' headroom, rounded up) to
 * {@link MonteCarlo#MAX_HEADROOM} are searched for the first that places every machine and whose
 * probability that every server holds at once reaches the confidence. More headroom leaves more of
 * every limit free on the mean, but it packs the machines differently, so a plan with more headroom
 * can fail on a day a plan with less held: the probability is not monotone in headroom by
 * construction, and a machine may stop fitting at a large headroom. The search assumes the order
 * "fails, holds, does not place" along the headroom: it starts from {@link HeadroomGuess}'s guess
 * g, simulates the given plan and the plans at g - 1 and g in one pass (when the guess is right,
 * that is the whole run), and otherwise gallops away from g and bisects back, so it plans O(log)
 * times in the guess's error instead of once per percent; {@code MonteCarloTest} checks it against
 * the scan of every percent on small fleets.
 */
final class HeadroomSearch {

  /**
   * What the family's plan at one headroom is: past the first that holds or not, and the plan when
   * it holds ({@code null} otherwise).
   */
  private record Outcome(boolean past, DayPass.Trial holds) {}

  /**
   * Plans made at once from the scaled guess g: g to g + 2. The guess assumes every server carries
   * its share of the usable limit; packed at more headroom the servers are less even, so the
   * estimate on the plans themselves turns a percent or two above g (at 10^4 and 10^5 machines of
   * docs/benchmarks.md), and the search needs those plans anyway.
   */
  private static final int AHEAD = 3;

  private final MonteCarlo mc;
  private final PlanOptions options;
  private final int first;
  private final int needed;
  private final Map<Integer, Outcome> known = new HashMap<>();
  private final Map<Integer, DayPass.Trial> planned = new HashMap<>();
  private final DayPass.Trial baseTrial;
  private boolean baseSimulated;

  HeadroomSearch(MonteCarlo mc, PlanOptions options, double target) {
    this.mc = mc;
    this.options = options;
    this.first = (int) Math.ceil(options.headroomPercent());
    this.needed = needed(target, mc.trials());
    this.baseTrial = mc.trial(mc.plan(options), mc.trials());
    // The given plan is always shown (refused at once rather than after the search) and never
    // stops: its days are kept in its search pass.
    baseTrial.keepDays(options.headroomPercent());
  }

  /** The fewest days out of {@code trials} on which all must hold to reach {@code target}. */
  private static int needed(double target, int trials) {
    int needed = (int) Math.ceil(target * trials);
    while (needed > 0 && (double) (needed - 1) / trials >= target) {
      needed--;
    }
    while ((double) needed / trials < target) {
      needed++;
    }
    return needed;
  }

  /** The given plan, simulated on every day. */
  SimulatedPlan base() {
    return baseTrial.result(options.headroomPercent());
  }

  /** Every percent in turn (the reference the tests compare the search with). */
  SimulatedPlan scan() {
    simulate(List.of());
    for (int h = first; h <= MonteCarlo.MAX_HEADROOM; h++) {
      simulate(List.of(h));
      if (known.get(h).holds() != null) {
        return at(h);
      }
    }
    return null;
  }

  /**
   * From the guess: the headroom where the estimate on the plans themselves turns to "holds" (plans
   * only, no draws), then the plans there and one below simulated with the given plan in one pass;
   * from there galloping and bisection on simulated plans.
   */
  SimulatedPlan search() {
    if (first > MonteCarlo.MAX_HEADROOM) {
      simulate(List.of());
      return null;
    }
    double target = (double) needed / mc.trials();
    int scaled =
        HeadroomGuess.scaled(
            baseTrial, options.headroomPercent(), first, MonteCarlo.MAX_HEADROOM, target);
    planAhead(scaled, scaled + AHEAD - 1);
    int guess =
        Math.min(
            MonteCarlo.MAX_HEADROOM,
            boundary(
                scaled,
                h -> {
                  DayPass.Trial t = trial(h);
                  return t == null || HeadroomGuess.holds(t, target);
                }));
    simulate(guess > first ? List.of(guess - 1, guess) : List.of(guess));
    int found = boundary(guess, this::past);
    return found > MonteCarlo.MAX_HEADROOM ? null : at(found);
  }

  /**
   * The first headroom past which {@code past} holds, from {@code start}: galloping away from it
   * (1, 2, 4, ... percent) to a headroom on the other side, then bisection; {@code MAX_HEADROOM +
   * 1} when no headroom is past.
   */
  private int boundary(int start, IntPredicate past) {
    int below;
    int above;
    if (past.test(start)) {
      above = start;
      below = first - 1;
      for (int step = 1; above > first; step *= 2) {
        int h = Math.max(first, start - step);
        if (!past.test(h)) {
          below = h;
          break;
        }
        above = h;
      }
    } else {
      below = start;
      above = MonteCarlo.MAX_HEADROOM + 1;
      for (int step = 1; below < MonteCarlo.MAX_HEADROOM; step *= 2) {
        int h = Math.min(MonteCarlo.MAX_HEADROOM, start + step);
        if (past.test(h)) {
          above = h;
          break;
        }
        below = h;
      }
      if (above > MonteCarlo.MAX_HEADROOM) {
        return above;
      }
    }
    while (above - below > 1) {
      int mid = (below + above) >>> 1;
      if (past.test(mid)) {
        above = mid;
      } else {
        below = mid;
      }
    }
    return above;
  }

  /**
   * The plan at {@code h} ready to simulate, planned once; {@code null} when it does not place
   * every machine (the search never takes it, so its days are not drawn).
   */
  private DayPass.Trial trial(int h) {
    if (h == options.headroomPercent()) {
      return baseTrial;
    }
    if (!planned.containsKey(h)) {
      planned.put(h, mc.placing(mc.plan(options.withHeadroomPercent(h)), mc.trials() - needed));
    }
    return planned.get(h);
  }

  /**
   * Plans the headrooms from {@code from} to {@code to} not planned yet, in parallel. Planning is
   * most of a run's time, and one plan uses one core.
   */
  private void planAhead(int from, int to) {
    List<Integer> headrooms =
        IntStream.rangeClosed(Math.max(first, from), Math.min(MonteCarlo.MAX_HEADROOM, to))
            .filter(h -> h != options.headroomPercent() && !planned.containsKey(h))
            .boxed()
            .toList();
    List<DayPass.Trial> trials =
        mc.trials(
            headrooms.stream().map(options::withHeadroomPercent).toList(), mc.trials() - needed);
    for (int i = 0; i < headrooms.size(); i++) {
      planned.put(headrooms.get(i), trials.get(i));
    }
  }

  /**
   * Past the family's first plan that holds: it holds or no longer places every machine. A plan far
   * from holding is cheap: its days stop being drawn once too many fail for it to hold.
   */
  private boolean past(int h) {
    if (!known.containsKey(h)) {
      simulate(List.of(h));
    }
    return known.get(h).past();
  }

  /** The plan at {@code h} when it holds; {@code null} when it does not place every machine. */
  private SimulatedPlan at(int h) {
    DayPass.Trial holds = known.get(h).holds();
    return holds == null ? null : holds.result(h);
  }

  /**
   * Plans the headrooms given and simulates them in one pass, with the given plan if it has not
   * been simulated yet. A plan that does not place every machine is not simulated (the search never
   * takes it); one that fails stops drawing once more days failed than the target allows, so a plan
   * that did not stop holds and has every day.
   */
  private void simulate(List<Integer> headrooms) {
    List<DayPass.Trial> trials = new ArrayList<>();
    boolean withBase = !baseSimulated;
    if (withBase) {
      trials.add(baseTrial);
    }
    Map<Integer, DayPass.Trial> byHeadroom = new HashMap<>();
    for (int h : headrooms) {
      if (known.containsKey(h) || h == options.headroomPercent()) {
        continue;
      }
      DayPass.Trial trial = trial(h);
      if (trial == null) {
        known.put(h, new Outcome(true, null));
        continue;
      }
      byHeadroom.put(h, trial);
      trials.add(trial);
    }
    if (!trials.isEmpty()) {
      DayPass.run(trials);
    }
    if (withBase) {
      baseSimulated = true;
      baseTrial.result(options.headroomPercent()); // frees the days it kept
      if (first == options.headroomPercent()) {
        boolean unplaced = baseTrial.deployment.unplacedMachines() > 0;
        boolean holds = !unplaced && baseTrial.daysAllHold() >= needed;
        known.put(first, new Outcome(unplaced || holds, holds ? baseTrial : null));
      }
    }
    byHeadroom.forEach(
        (h, trial) ->
            known.put(h, trial.stopped() ? new Outcome(false, null) : new Outcome(true, trial)));
  }
}
