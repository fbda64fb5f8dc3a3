package org.asrsizing.io.inventory;

import java.util.List;

/**
 * The RVTools columns read. Older RVTools versions name the storage columns {@code MB} and newer
 * ones {@code MiB}; both hold MiB.
 */
final class RvToolsColumns {

  static final String INFO = "vInfo";
  static final String DISK = "vDisk";
  static final String PARTITION = "vPartition";

  static final String VM = "VM";
  static final String POWERSTATE = "Powerstate";
  static final String POWERED_ON = "poweredOn";
  static final String TEMPLATE = "Template";
  static final String DISKS = "Disks";
  static final String DATACENTER = "Datacenter";

  /** The vInfo column of a site named by a word of the site setting, or the column itself. */
  static String site(String siteBy) {
    return switch (siteBy.toLowerCase(java.util.Locale.ROOT)) {
      case "datacenter" -> DATACENTER;
      case "cluster" -> "Cluster";
      case "folder" -> "Folder";
      case "host" -> "Host";
      default -> siteBy;
    };
  }

  static final List<String> OS =
      List.of("OS according to the VMware Tools", "OS according to the configuration file");
  static final String FIRMWARE = "Firmware";
  static final String SECURE_BOOT = "EFI Secure boot";
  static final List<String> IN_USE = List.of("In Use MiB", "In Use MB");
  static final List<String> PROVISIONED = List.of("Provisioned MiB", "Provisioned MB");
  static final List<String> CAPACITY = List.of("Capacity MiB", "Capacity MB");
  static final List<String> CONSUMED = List.of("Consumed MiB", "Consumed MB");

  private RvToolsColumns() {}

  /** The first of {@code names} in {@code header}, or {@code null}. */
  static String first(Header header, List<String> names) {
    return names.stream().filter(header::has).findFirst().orElse(null);
  }

  /** The first of {@code names} in {@code header}; fails naming them when there is none. */
  static String require(Header header, List<String> names, String file) {
    String column = first(header, names);
    if (column == null) {
      throw new InventoryException(
          InventoryMessages.file(
              file,
              InventoryMessages.missingColumns(
                  String.join(" or ", names), InventoryFormat.RVTOOLS.id())));
    }
    return column;
  }
}
