package org.asrsizing.model;

/**
 * One disk of a source machine, as far as the inventory describes it; every fact may be unknown.
 *
 * @param sizeGiB provisioned size, GiB, or {@code null}
 * @param writeMBps average write rate, MB/s, or {@code null}
 * @param iops I/O operations per second, or {@code null}
 * @param osDisk whether this is the machine's operating system disk
 */
public record Disk(Double sizeGiB, Double writeMBps, Double iops, boolean osDisk) {

  public Disk {
    nonNegative(sizeGiB, "size");
    nonNegative(writeMBps, "write rate");
    nonNegative(iops, "IOPS");
  }

  private static void nonNegative(Double v, String what) {
    if (v != null && (!Double.isFinite(v) || v < 0)) {
      throw new IllegalArgumentException("a disk's " + what + " must be a finite number >= 0");
    }
  }
}
