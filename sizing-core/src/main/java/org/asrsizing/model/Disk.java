package org.asrsizing.model;

/**
 * One disk of a source machine, as far as the inventory describes it; every fact may be unknown.
 *
 * @param sizeGiB provisioned size, GiB, or {@code null}
 * @param writeMBps average write rate, MB/s, or {@code null}
 * @param iops I/O operations per second, or {@code null}
 * @param osDisk whether this is the machine's operating system disk
 * @param logicalSectorBytes the logical sector size, bytes (512, or 4096 for 4K disks), or {@code
 *     null}
 */
public record Disk(
    Double sizeGiB, Double writeMBps, Double iops, boolean osDisk, Integer logicalSectorBytes) {

  public Disk {
    nonNegative(sizeGiB, "size");
    nonNegative(writeMBps, "write rate");
    nonNegative(iops, "IOPS");
    if (logicalSectorBytes != null && logicalSectorBytes <= 0) {
      throw new IllegalArgumentException("a disk's logical sector size must be > 0 bytes");
    }
  }

  /** A disk whose sector size is unknown. */
  public Disk(Double sizeGiB, Double writeMBps, Double iops, boolean osDisk) {
    this(sizeGiB, writeMBps, iops, osDisk, null);
  }

  private static void nonNegative(Double v, String what) {
    if (v != null && (!Double.isFinite(v) || v < 0)) {
      throw new IllegalArgumentException("a disk's " + what + " must be a finite number >= 0");
    }
  }
}
