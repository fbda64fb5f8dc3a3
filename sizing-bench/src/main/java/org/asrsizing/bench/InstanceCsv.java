package org.asrsizing.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.asrsizing.model.Machine;

/** Writes an instance as the CSV inventory {@code name,churnGiBPerDay} that the CLI reads. */
public final class InstanceCsv {

  /** The header line. */
  public static final String HEADER = "name,churnGiBPerDay";

  private InstanceCsv() {}

  /**
   * Writes {@code machines} with {@code \n} line ends and plain decimals, so that the bytes depend
   * on nothing but the machines (not the platform, not the locale).
   */
  public static void write(List<Machine> machines, Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    for (Machine m : machines) {
      out.write(m.name());
      out.write(',');
      out.write(BigDecimal.valueOf(m.churnGiBPerDay()).stripTrailingZeros().toPlainString());
      out.write('\n');
    }
  }
}
