package org.asrsizing.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Workload;

/**
 * Grows or shrinks a workload by separate factors for the machine count and the total churn: per
 * site, the machine count becomes ceil(n x machine factor) (at least 1), each new machine takes the
 * churn of a machine of the site drawn at random (seeded by the site's name, so growth-k is the
 * same machine in every month and every run), and every machine's churn is then scaled so the
 * site's churn is W x churn factor. With two factors the churn per machine changes, so unlike the
 * planner's one-factor {@code --growth} (where machines keep their churn) every machine is scaled.
 * An aggregate workload stays an aggregate, so the answer equals that of the explicit inventory.
 */
public final class WorkloadGrowth {

  /** The seed of every site's draws, mixed with the site's name. */
  private static final long SEED = 0x5eed_6a0e_71e5L;

  /** Decimals kept of n x factor before rounding up, so 100 x 1.1 is 110, not 111. */
  private static final int COUNT_DECIMALS = 9;

  private WorkloadGrowth() {}

  /** The growth factor after {@code months} at {@code percentPerYear}: (1 + g)^(months/12). */
  public static double factor(double percentPerYear, double months) {
    return Math.pow(1 + percentPerYear / 100, months / 12);
  }

  /** ceil(n x factor), ignoring floating-point noise below 1e-9, and at least 1. */
  public static int count(int n, double factor) {
    long grown = grownCount(n, factor);
    if (grown > Workload.MAX_PLANNED_MACHINES) {
      throw new IllegalArgumentException(
          n
              + " machines grow to more than "
              + Workload.MAX_PLANNED_MACHINES
              + ", the most a plan may have");
    }
    return (int) grown;
  }

  /** {@link #count}'s ceil(n x factor), at least 1, however large: what a check compares. */
  static long grownCount(int n, double factor) {
    BigDecimal grown =
        BigDecimal.valueOf(n)
            .multiply(BigDecimal.valueOf(factor))
            .setScale(COUNT_DECIMALS, RoundingMode.HALF_UP)
            .setScale(0, RoundingMode.CEILING);
    return grown.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
        ? Long.MAX_VALUE
        : Math.max(1, grown.longValue());
  }

  /** {@code workload} with its machine count and churn multiplied by the two factors. */
  public static Workload grow(Workload workload, double machineFactor, double churnFactor) {
    if (!(machineFactor > 0) || !(churnFactor >= 0)) {
      throw new IllegalArgumentException("growth factors must be positive numbers");
    }
    if (workload.aggregate()) {
      return Workload.aggregate(
          count(workload.machineCount(), machineFactor),
          workload.totalChurnGiBPerDay() * churnFactor);
    }
    if (machineFactor == 1 && churnFactor == 1) {
      return workload;
    }
    Map<String, List<Machine>> sites = new TreeMap<>();
    workload
        .machines()
        .forEach(m -> sites.computeIfAbsent(m.site(), s -> new ArrayList<>()).add(m));
    Set<String> names = new HashSet<>();
    workload.machines().forEach(m -> names.add(m.name()));
    List<Machine> out = new ArrayList<>();
    for (List<Machine> site : sites.values()) {
      // Name order: which machines a shrinking fleet keeps must not depend on the input order.
      site.sort(Comparator.comparing(Machine::name));
      out.addAll(growSite(site, machineFactor, churnFactor, names));
    }
    return Workload.of(out);
  }

  private static List<Machine> growSite(
      List<Machine> machines, double machineFactor, double churnFactor, Set<String> names) {
    int n = machines.size();
    int target = count(n, machineFactor);
    double total = machines.stream().mapToDouble(Machine::churnGiBPerDay).sum();
    List<Machine> kept = new ArrayList<>(machines.subList(0, Math.min(n, target)));
    double keptTotal = kept.stream().mapToDouble(Machine::churnGiBPerDay).sum();
    String site = machines.get(0).site();
    String prefix = Machine.DEFAULT_SITE.equals(site) ? "growth-" : "growth-" + site + "-";
    int next = 1;
    // New machines are like the site's own: the k-th takes the churn of the k-th draw.
    java.util.SplittableRandom draws = new java.util.SplittableRandom(SEED ^ site.hashCode());
    while (kept.size() < target) {
      String name;
      do {
        name = prefix + fourDigits(next++);
      } while (names.contains(name));
      names.add(name);
      double churn = machines.get(draws.nextInt(n)).churnGiBPerDay();
      kept.add(new Machine(name, churn, null, site, null, null));
      keptTotal += churn;
    }
    double scale = keptTotal == 0 ? 0 : total * churnFactor / keptTotal;
    List<Machine> out = new ArrayList<>(kept.size());
    kept.forEach(m -> out.add(m.withChurnGiBPerDay(m.churnGiBPerDay() * scale)));
    return out;
  }

  /**
   * {@code k} with leading zeros to four digits, as {@code %04d} writes it in an English locale; by
   * hand because a timeline names thousands of new machines a month, and a format string is parsed
   * again for each (and would follow the default locale's digits).
   */
  static String fourDigits(int k) {
    String digits = Integer.toString(k);
    return digits.length() >= 4 ? digits : "0000".substring(digits.length()) + digits;
  }
}
