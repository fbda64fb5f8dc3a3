package org.asrsizing.catalog;

/**
 * One Premium managed disk size, for the recommended target disk of a replicated disk: the smallest
 * one whose size holds the disk, whose churn limits are those of a row of the per-disk churn table.
 *
 * @param name the disk's name, as the churn table writes it (P10, P15, ...)
 * @param maxSizeGiB the largest source disk it holds, GiB
 * @param targetStorage the {@code targetStorage} of the {@link DiskChurnLimit} rows that apply
 * @param source id of the source
 */
public record PremiumDisk(String name, double maxSizeGiB, String targetStorage, String source) {}
