package org.asrsizing.catalog;

/**
 * Limits on the disks of one replicated machine.
 *
 * @param maxOsDiskGiB size of the operating system disk, GiB
 * @param maxDataDiskGiB size of one data disk when replicating to managed disks, GiB
 * @param minDiskGiB the size a disk must exceed, GiB
 * @param source id of the source of the sizes
 * @param maxDiskIops I/O operations per second of one disk
 * @param maxMachineIops I/O operations per second across the disks of one machine
 * @param iopsSource id of the source of the IOPS limits
 */
public record DiskLimits(
    double maxOsDiskGiB,
    double maxDataDiskGiB,
    double minDiskGiB,
    String source,
    double maxDiskIops,
    double maxMachineIops,
    String iopsSource) {}
