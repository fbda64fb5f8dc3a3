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
 * total churn to W x (1 + g). The machines there are keep their churn (a machine that cannot be
 * protected stays so); the new ones share the added churn g x W equally. When n x g is a whole
 * number and the machines are identical, the new ones are copies of them, so an aggregate stays an
 * aggregate.
 */
final class Growth {

  private Growth() {}

  static List<Machine> apply(List<Machine> machines, double growthPercent, Set<String> takenNames) {
    if (growthPercent == 0) {
      return machines;
    }
    int n = machines.size();
    BigDecimal rate = BigDecimal.valueOf(growthPercent).movePointLeft(2);
    BigDecimal exactNew = BigDecimal.valueOf(n).multiply(rate);
    int added = exactNew.setScale(0, RoundingMode.CEILING).intValueExact();
    if (added == 0) {
      return machines;
    }
    double total = 0;
    for (Machine m : machines) {
      total += m.churnGiBPerDay();
    }
    double first = machines.get(0).churnGiBPerDay();
    boolean identical = machines.stream().allMatch(m -> m.churnGiBPerDay() == first);
    boolean whole = exactNew.stripTrailingZeros().scale() <= 0;
    double newChurn = identical && whole ? first : total * rate.doubleValue() / added;
    List<Machine> out = new ArrayList<>(machines);
    int grown = n + added;
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
