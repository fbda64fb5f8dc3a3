package org.asrsizing.io.inventory;

import java.util.List;
import org.asrsizing.model.Disk;
import org.asrsizing.model.Machine;
import org.asrsizing.model.MachineProfile;

/** The fields of the native inventory formats (CSV, JSON, YAML) and how a row becomes a machine. */
final class NativeFields {

  static final String NAME = "name";
  static final String CHURN_GIB = "churnGiBPerDay";
  static final String CHURN = "churn";
  static final String DISKS = "disks";
  static final String SITE = "site";
  static final String GROUP = "group";
  static final String PEAK = "peakChurnMBps";
  static final String P95 = "churnP95GiBPerDay";
  static final String SIZE = "sizeGiB";
  static final String OS = "os";
  static final String BOOT = "boot";
  static final String FIRMWARE = "firmware";
  static final String SECURE_BOOT = "secureBoot";

  /** Every field, in the documented order. */
  static final List<String> ALL =
      List.of(
          NAME,
          CHURN_GIB,
          CHURN,
          DISKS,
          SITE,
          GROUP,
          PEAK,
          P95,
          SIZE,
          OS,
          BOOT,
          FIRMWARE,
          SECURE_BOOT);

  private NativeFields() {}

  /** Whether {@code field} is read: a native field, or the site column the options name. */
  static boolean used(String field, ReadOptions options) {
    return known(field)
        || (options.siteBy() != null
            && Header.normalize(options.siteBy()).equals(Header.normalize(field)));
  }

  static boolean known(String field) {
    return ALL.stream().anyMatch(f -> Header.normalize(f).equals(Header.normalize(field)));
  }

  static String unusedField(String field) {
    return "the field " + field + " is not a native inventory field and was not used";
  }

  /** The machine of one row, with the disks a JSON or YAML inventory lists (else none). */
  static Machine machine(Row row, MachineCollector machines, List<Disk> disks) {
    String boot = row.text(BOOT) != null ? BOOT : FIRMWARE;
    Machine m = machine(row, machines);
    MachineProfile profile =
        new MachineProfile(
            row.text(OS), disks, BootCells.boot(row, boot), BootCells.secureBoot(row, SECURE_BOOT));
    // A machine has no profile when the row tells nothing of it: no second copy of the machine.
    return profile.isEmpty() ? m : m.withProfile(profile);
  }

  /**
   * The machine of one row: a name and exactly one of churnGiBPerDay and churn; its sizeGiB, when
   * given, goes to {@code machines}.
   */
  static Machine machine(Row row, MachineCollector machines) {
    String name = Cells.required(row, NAME, "a machine name");
    String gib = row.text(CHURN_GIB);
    String sized = row.text(CHURN);
    if (gib != null && sized != null) {
      throw new RowException(null, InventoryMessages.bothChurns());
    }
    if (gib == null && sized == null) {
      throw new RowException(null, InventoryMessages.noChurn());
    }
    double churn = gib != null ? Cells.number(row, CHURN_GIB, "GiB/day") : Cells.churn(row, CHURN);
    Integer disks = Cells.optionalWhole(row, DISKS, "data disks");
    Double peak = Cells.optionalNumber(row, PEAK, "MB/s");
    Double p95 = Cells.optionalNumber(row, P95, "GiB/day");
    Double size = Cells.optionalNumber(row, SIZE, "GiB");
    String site = row.text(machines.options().siteColumn(SITE));
    Machine m = new Machine(name, churn, disks, site, row.text(GROUP), peak, p95);
    if (size != null) {
      machines.storage(name, size);
    }
    return m;
  }
}
