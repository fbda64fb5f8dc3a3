package org.asrsizing.io.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.asrsizing.model.Machine;

/**
 * Gathers the machines of one inventory: turns rows into machines, stops at the first invalid row
 * (or skips and lists it with {@link ReadOptions#skipInvalid()}), rejects duplicate names with both
 * places named, and records what was left out and assumed.
 */
final class MachineCollector {

  private final String source;
  private final InventoryFormat format;
  private final ReadOptions options;
  private final List<Machine> machines = new ArrayList<>();
  private final Map<String, Long> places = new HashMap<>();
  private final List<LeftOut> skipped = new ArrayList<>();
  private final List<LeftOut> excluded = new ArrayList<>();
  private final Set<String> assumptions = new LinkedHashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<String> paddedNames = new ArrayList<>();
  private final Map<String, Double> storageGiB = new HashMap<>();
  private final List<String> provisioned = new ArrayList<>();

  MachineCollector(String source, InventoryFormat format, ReadOptions options) {
    this.source = source;
    this.format = format;
    this.options = options;
  }

  ReadOptions options() {
    return options;
  }

  /**
   * Adds the machine {@code mapper} reads from {@code row} (none when it returns null), or handles
   * why it cannot.
   */
  void add(Row row, Function<Row, Machine> mapper) {
    Machine m;
    try {
      m = mapper.apply(row);
    } catch (RowException e) {
      invalid(row, e);
      return;
    }
    add(row, m);
  }

  /** Adds {@code m}, read from {@code row}, unless its name was seen before or it is null. */
  void add(Row row, Machine m) {
    if (m == null) {
      return;
    }
    Long before = places.putIfAbsent(m.name(), row.number());
    if (before != null) {
      invalid(
          row,
          new RowException(
              null, InventoryMessages.duplicate(m.name(), row.unit(), before, row.number())));
      return;
    }
    machines.add(m);
    String padded = row.padded(m.name());
    if (padded != null) {
      paddedNames.add(InventoryMessages.quote(padded) + " (" + row.location() + ")");
    }
  }

  /** Fails with the row's sentence, or skips the row when invalid rows are skipped. */
  void invalid(Row row, RowException e) {
    if (!options.skipInvalid()) {
      throw new InventoryException(e.sentence(row), e);
    }
    String problem = e.column() == null ? e.getMessage() : e.column() + ": " + e.getMessage();
    skipped.add(new LeftOut(row.location(), null, problem));
  }

  /** Leaves out a valid machine by rule, for example because it is powered off. */
  void exclude(Row row, String machine, String reason) {
    excluded.add(new LeftOut(row.location(), machine, reason));
  }

  /** Records an assumption once, however often it is made. */
  void assume(String text) {
    assumptions.add(text);
  }

  /**
   * Records the data machine {@code name}'s initial replication copies, GiB; the first row of a
   * name counts, as for its machine.
   */
  void storage(String name, double gib) {
    storageGiB.putIfAbsent(name, gib);
  }

  /** Records how a CSV file was read when it is not the usual commas and decimal points. */
  void dialect(CsvDialect dialect) {
    if (!dialect.equals(CsvDialect.STANDARD)) {
      assume("read with " + dialect.describe());
    }
  }

  /** Records that machine {@code name} was sized by its provisioned storage. */
  void provisioned(String name) {
    provisioned.add(name);
  }

  /** Records a warning about a machine. */
  void warn(String text) {
    warnings.add(text);
  }

  Inventory result() {
    return new Inventory(
        source,
        format,
        machines,
        skipped,
        excluded,
        new ArrayList<>(assumptions),
        withPaddedNames(warnings),
        List.of(),
        keptStorage());
  }

  private Map<String, Double> keptStorage() {
    Map<String, Double> kept = new HashMap<>();
    if (storageGiB.isEmpty()) {
      return kept;
    }
    for (Machine m : machines) {
      Double gib = storageGiB.get(m.name());
      if (gib != null) {
        kept.put(m.name(), gib);
      }
    }
    return kept;
  }

  private List<String> withPaddedNames(List<String> warnings) {
    List<String> sizedByProvisioned = provisioned.isEmpty() ? List.of() : keptOf(provisioned);
    if (!sizedByProvisioned.isEmpty()) {
      warnings = new ArrayList<>(warnings);
      warnings.add(InventoryMessages.provisioned(sizedByProvisioned, 10));
    }
    if (paddedNames.isEmpty()) {
      return warnings;
    }
    List<String> all = new ArrayList<>(warnings);
    all.add(InventoryMessages.paddedNames(paddedNames));
    return all;
  }

  /** Those of {@code names} that name a machine kept (not skipped as invalid), in their order. */
  private List<String> keptOf(List<String> names) {
    Set<String> kept = new HashSet<>(machines.size() * 4 / 3 + 1);
    machines.forEach(m -> kept.add(m.name()));
    return names.stream().filter(kept::contains).toList();
  }
}
