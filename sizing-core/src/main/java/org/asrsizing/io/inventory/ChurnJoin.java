package org.asrsizing.io.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Units;
import org.asrsizing.model.WriteSeries;

/**
 * Measured churn joined onto an inventory by machine name, case-insensitive: each machine the
 * measured file names takes its daily churn from there; the others keep the inventory's estimate;
 * rows of the measured file that name no machine are counted and named. Nothing is dropped
 * silently: the counts and names are assumptions of the result.
 */
public final class ChurnJoin {

  /** Names listed in one sentence before the rest are counted. */
  private static final int NAMED = 10;

  private ChurnJoin() {}

  /**
   * {@code inventory} with the churn of {@code measured}'s machines; profiled write-rate series
   * come along only when every machine of the inventory is measured (the bandwidth simulation needs
   * a series for every machine).
   */
  public static Inventory apply(Inventory inventory, Inventory measured) {
    Map<String, Machine> byName = new HashMap<>();
    for (Machine m : measured.machines()) {
      Machine before = byName.putIfAbsent(key(m.name()), m);
      if (before != null) {
        throw new InventoryException(
            "churn file "
                + measured.source()
                + ": the names "
                + before.name()
                + " and "
                + m.name()
                + " differ only in case, so they cannot be matched to one machine");
      }
    }
    Map<String, WriteSeries> seriesByName = new HashMap<>();
    measured.series().forEach(s -> seriesByName.put(key(s.machine()), s));
    List<Machine> machines = new ArrayList<>();
    List<WriteSeries> series = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Machine m : inventory.machines()) {
      Machine measuredOne = byName.get(key(m.name()));
      if (measuredOne == null) {
        unmatched.add(m.name());
        machines.add(m);
        continue;
      }
      used.add(key(m.name()));
      machines.add(m.withChurnGiBPerDay(measuredOne.churnGiBPerDay()));
      WriteSeries s = seriesByName.get(key(m.name()));
      if (s != null) {
        series.add(s.renamed(m.name()));
      }
    }
    List<String> extra = new ArrayList<>();
    for (Machine m : measured.machines()) {
      if (!used.contains(key(m.name()))) {
        extra.add(m.name());
      }
    }
    List<String> assumptions = new ArrayList<>(inventory.assumptions());
    int matched = inventory.machines().size() - unmatched.size();
    assumptions.add(
        "daily churn of "
            + InventoryMessages.count(matched, "machine")
            + " measured in "
            + measured.source()
            + " (matched by name, case-insensitive; read as "
            + measured.format().id()
            + ")");
    if (!unmatched.isEmpty()) {
      assumptions.add(
          InventoryMessages.count(unmatched.size(), "machine")
              + " of the inventory "
              + (unmatched.size() == 1 ? "is" : "are")
              + " not in "
              + measured.source()
              + (unmatched.size() == 1 ? " and keeps" : " and keep")
              + " the inventory's estimate: "
              + names(unmatched));
    }
    if (!extra.isEmpty()) {
      assumptions.add(
          InventoryMessages.count(extra.size(), "machine")
              + " of "
              + measured.source()
              + " "
              + (extra.size() == 1 ? "is" : "are")
              + " not in the inventory and "
              + (extra.size() == 1 ? "is" : "are")
              + " not used: "
              + names(extra));
    }
    boolean allSeries = !series.isEmpty() && series.size() == machines.size();
    if (!series.isEmpty() && !allSeries) {
      assumptions.add(
          "the write-rate series of "
              + measured.source()
              + " are not used for bandwidth, since not every machine has one");
    }
    return new Inventory(
        inventory.source(),
        inventory.format(),
        machines,
        inventory.skipped(),
        inventory.excluded(),
        assumptions,
        inventory.warnings(),
        allSeries ? series : List.of(),
        inventory.storageGiB());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String names(List<String> names) {
    return Units.names(names, NAMED);
  }
}
