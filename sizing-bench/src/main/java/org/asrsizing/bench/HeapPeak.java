package org.asrsizing.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use, from the JVM's memory pools. The sum of the pools' peaks over-states the true peak
 * (pools peak at different moments), so it is a safe upper estimate; the hard check is that the run
 * completes under {@code -Xmx}.
 */
public final class HeapPeak {

  private HeapPeak() {}

  /** Forgets the peaks so far. */
  public static void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peak use since the last {@link #reset()}, MiB. */
  public static double peakMiB() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  /** The heap limit ({@code -Xmx}), MiB. */
  public static double maxMiB() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }
}
