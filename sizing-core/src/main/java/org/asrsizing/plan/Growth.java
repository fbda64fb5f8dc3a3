package org.asrsizing.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asrsizing.model.Machine;

/**
 * Growth of one site's machines before sizing: the machine count grows to ceil(n x (1 + g)) and the
 * total churn to W x (1 + g). New machines are average machines of the site; every machine's churn
 * is then scaled by (1 + g) x n / n' so the total is exact. For n identical machines that gives n'
 * identical machines of W' / n' each, the same as growing the aggregate.
 */
final class Growth {

  private Growth() {}

  static List<Machine> apply(List<Machine> machines, double growthPercent, Set<String> takenNames) {
    if (growthPercent == 0) {
      return machines;
    }
    int n = machines.size();
    BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(growthPercent).movePointLeft(2));
    int grown =
        BigDecimal.valueOf(n).multiply(factor).setScale(0, RoundingMode.CEILING).intValueExact();
    double scale = factor.doubleValue() * n / grown;
    double total = 0;
    for (Machine m : machines) {
      total += m.churnGiBPerDay();
    }
    double average = total / n;
    List<Machine> out = new ArrayList<>(grown);
    boolean identical =
        machines.stream().allMatch(m -> m.churnGiBPerDay() == machines.get(0).churnGiBPerDay());
    for (Machine m : machines) {
      out.add(m.withChurnGiBPerDay(m.churnGiBPerDay() * scale));
    }
    // Identical machines stay identical: the new ones copy their churn exactly.
    double newChurn = identical ? machines.get(0).churnGiBPerDay() * scale : average * scale;
    String site = machines.get(0).site();
    String prefix = Machine.DEFAULT_SITE.equals(site) ? "growth-" : "growth-" + site + "-";
    Set<String> names = new HashSet<>(takenNames);
    int width = Math.max(4, Integer.toString(grown - n).length());
    int next = 1;
    for (int i = n; i < grown; i++) {
      String name;
      do {
        String digits = Integer.toString(next++);
        name = prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
      } while (names.contains(name));
      names.add(name);
      out.add(new Machine(name, newChurn, null, site, null, null));
    }
    return out;
  }
}
