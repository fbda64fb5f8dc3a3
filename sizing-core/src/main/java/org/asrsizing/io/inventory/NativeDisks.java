package org.asrsizing.io.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.Disk;

/**
 * The {@code disks} field of a JSON or YAML machine: a data disk count, or a list of disk objects
 * ({@code sizeGiB}, {@code writeMBps}, {@code iops}, {@code os}, {@code sectorBytes}: the logical
 * sector size), the operating system disk marked {@code os: true} or else the first.
 */
final class NativeDisks {

  static final String SIZE = "sizeGiB";
  static final String WRITE = "writeMBps";
  static final String IOPS = "iops";
  static final String OS = "os";
  static final String SECTOR = "sectorBytes";

  private NativeDisks() {}

  /** The field's list, or null when the field is absent or a count. */
  static JsonNode list(JsonNode machine) {
    for (Iterator<Map.Entry<String, JsonNode>> it = machine.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (Header.normalize(f.getKey()).equals(Header.normalize(NativeFields.DISKS))
          && f.getValue().isArray()) {
        return f.getValue();
      }
    }
    return null;
  }

  /** Whether some disk of {@code list} (may be null) gives its sector size. */
  static boolean anySector(JsonNode list) {
    if (list == null) {
      return false;
    }
    for (JsonNode d : list) {
      for (Iterator<String> names = d.fieldNames(); names.hasNext(); ) {
        if (Header.normalize(names.next()).equals(Header.normalize(SECTOR))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The machine object with its disk list replaced by the data disk count, so that the row reads as
   * a CSV row would.
   */
  static JsonNode counted(JsonNode machine, JsonNode list, List<Disk> disks) {
    ObjectNode copy = ((ObjectNode) machine).deepCopy();
    for (Iterator<String> names = machine.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (machine.get(name) == list) {
        copy.put(name, disks.stream().filter(d -> !d.osDisk()).count());
      }
    }
    return copy;
  }

  /** The disks of the list; each object is read as a row of its own at the machine's line. */
  static List<Disk> of(JsonNode list, String file, long line) {
    List<Disk> disks = new ArrayList<>();
    boolean marked = false;
    for (JsonNode d : list) {
      marked |= d.isObject() && d.path(OS).asBoolean(false);
    }
    int i = 0;
    for (JsonNode d : list) {
      if (!d.isObject()) {
        throw new RowException(NativeFields.DISKS, InventoryMessages.notAValue(NativeFields.DISKS));
      }
      NodeRow row = new NodeRow(file, line, d);
      boolean os = marked ? d.path(OS).asBoolean(false) : i == 0;
      Integer sector = Cells.optionalWhole(row, SECTOR, "a logical sector size in bytes");
      if (sector != null && sector == 0) {
        throw new RowException(SECTOR, "a logical sector size must be more than 0 bytes");
      }
      disks.add(
          new Disk(
              Cells.optionalNumber(row, SIZE, "GiB"),
              Cells.optionalNumber(row, WRITE, "MB/s"),
              Cells.optionalNumber(row, IOPS, "IOPS"),
              os,
              sector));
      i++;
    }
    return disks;
  }
}
