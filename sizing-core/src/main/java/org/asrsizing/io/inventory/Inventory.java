package org.asrsizing.io.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Rule;
import org.asrsizing.model.Severity;
import org.asrsizing.model.Workload;
import org.asrsizing.model.WriteSeries;

/**
 * What an inventory file held: the machines to protect, the rows skipped as invalid, the machines
 * left out by rule (powered off, templates), and the assumptions made while reading.
 *
 * @param source the file as named by the user
 * @param format the format it was read as
 * @param machines the machines, names unique, in file order
 * @param skipped invalid rows skipped (only with {@link ReadOptions#skipInvalid()})
 * @param excluded valid machines left out by rule
 * @param assumptions what the reader assumed, for example how churn was estimated
 * @param warnings what the inventory shows that needs an architect's attention, for example a disk
 *     above a supported size
 * @param series the profiled write rates of each machine, in file order of the machines; empty for
 *     formats that give only a daily churn
 * @param storageGiB the data each machine's initial replication copies (its storage in use, or its
 *     disks' sizes where the format gives no use), GiB, by machine name; only machines whose file
 *     gives it
 */
public record Inventory(
    String source,
    InventoryFormat format,
    List<Machine> machines,
    List<LeftOut> skipped,
    List<LeftOut> excluded,
    List<String> assumptions,
    List<String> warnings,
    List<WriteSeries> series,
    Map<String, Double> storageGiB) {

  public Inventory {
    series = List.copyOf(series);
    storageGiB = Map.copyOf(storageGiB);
    machines = List.copyOf(machines);
    skipped = List.copyOf(skipped);
    excluded = List.copyOf(excluded);
    assumptions = List.copyOf(assumptions);
    warnings = List.copyOf(warnings);
  }

  /** An inventory of a format without write-rate series. */
  public Inventory(
      String source,
      InventoryFormat format,
      List<Machine> machines,
      List<LeftOut> skipped,
      List<LeftOut> excluded,
      List<String> assumptions,
      List<String> warnings) {
    this(source, format, machines, skipped, excluded, assumptions, warnings, List.of(), Map.of());
  }

  /** This inventory with the write-rate series of its machines. */
  public Inventory withSeries(List<WriteSeries> newSeries) {
    return new Inventory(
        source, format, machines, skipped, excluded, assumptions, warnings, newSeries, storageGiB);
  }

  /** The machines as a workload; fails with the file named when there are none. */
  public Workload workload() {
    if (machines.isEmpty()) {
      throw new InventoryException(InventoryMessages.noMachines(source, skipped, excluded));
    }
    return Workload.of(machines);
  }

  /**
   * A summary, then every assumption, warning, machine left out and row skipped, as plan findings.
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    findings.add(new Finding(Rule.INVENTORY, Severity.INFO, InventoryMessages.summary(this), ""));
    for (String a : assumptions) {
      findings.add(finding(Rule.INVENTORY_ASSUMPTION, Severity.INFO, a));
    }
    for (String w : warnings) {
      findings.add(finding(Rule.INVENTORY_WARNING, Severity.WARNING, w));
    }
    for (LeftOut e : excluded) {
      findings.add(finding(Rule.INVENTORY_EXCLUDED, Severity.INFO, InventoryMessages.leftOut(e)));
    }
    for (LeftOut s : skipped) {
      findings.add(finding(Rule.INVENTORY_SKIPPED, Severity.WARNING, InventoryMessages.leftOut(s)));
    }
    return findings;
  }

  /** A finding of a reader's text, with the setting that text advises changing, if any. */
  private static Finding finding(Rule rule, Severity severity, String text) {
    for (Hint hint : List.of(InventoryMessages.CHANGE_RATE, InventoryMessages.POWERED_OFF)) {
      if (text.contains(hint.phrase())) {
        return new Finding(rule, severity, text, "", hint);
      }
    }
    return new Finding(rule, severity, text, "");
  }
}
