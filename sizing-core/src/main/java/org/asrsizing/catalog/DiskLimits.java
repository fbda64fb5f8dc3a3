package org.asrsizing.catalog;

/**
 * Limits on the disks of one replicated machine.
 *
 * @param maxOsDiskGiB size of the operating system disk, GiB (of a UEFI, Generation 2 machine, and
 *     of one whose boot type is not known)
 * @param maxDataDiskGiB size of one data disk when replicating to managed disks, GiB
 * @param minDiskGiB the size a disk must exceed, GiB
 * @param source id of the source of the sizes
 * @param maxDiskIops I/O operations per second of one disk
 * @param maxMachineIops I/O operations per second across the disks of one machine
 * @param iopsSource id of the source of the IOPS limits
 * @param maxBiosOsDiskGiB size of the operating system disk of a BIOS (Generation 1) machine, GiB,
 *     or {@code null} when the catalog gives none
 * @param maxStorageAccountDataDiskGiB size of one data disk when replicating to a storage account,
 *     GiB, or {@code null}
 * @param supportedLogicalSectorBytes the one logical sector size disks may have, bytes, or {@code
 *     null}
 * @param matrixSource id of the source of the last three
 */
public record DiskLimits(
    double maxOsDiskGiB,
    double maxDataDiskGiB,
    double minDiskGiB,
    String source,
    double maxDiskIops,
    double maxMachineIops,
    String iopsSource,
    Double maxBiosOsDiskGiB,
    Double maxStorageAccountDataDiskGiB,
    Integer supportedLogicalSectorBytes,
    String matrixSource) {}
