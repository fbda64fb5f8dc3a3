package org.asrsizing.format;

import java.util.function.IntFunction;
import org.asrsizing.model.Units;
import org.asrsizing.whatif.Deployment;

/** The columns every what-if table uses for a deployment, after its own leading columns. */
final class DeploymentColumns {

  private DeploymentColumns() {}

  static TextTable table(String... leading) {
    return table(leading, new String[0]);
  }

  /** The deployment's columns between its own leading and trailing ones. */
  static TextTable table(String[] leading, String[] trailing) {
    return new TextTable(joined(leading, HEADERS, trailing, String[]::new));
  }

  private static final String[] HEADERS = {
    ">machines",
    ">churn GiB/day",
    "scale-out",
    "CS tiers",
    "PS tiers",
    ">vCPU",
    ">RAM GiB",
    ">cache GiB",
    ">unplaced"
  };

  /** The HTML table {@code id} with the same columns, after {@code leading}. */
  static HtmlTable html(String id, boolean sortable, String... leading) {
    return new HtmlTable(id, sortable, joined(leading, HEADERS, new String[0], String[]::new));
  }

  /** A row of {@link #html}'s table: {@code leading} cells, then {@code d}'s. */
  static void row(HtmlTable table, Deployment d, Object... leading) {
    table.row(joined(leading, cells(d), new Object[0], Object[]::new));
  }

  static void row(TextTable table, Deployment d, Object... leading) {
    row(table, d, leading, new Object[0]);
  }

  static void row(TextTable table, Deployment d, Object[] leading, Object[] trailing) {
    table.row(joined(leading, cells(d), trailing, Object[]::new));
  }

  private static Object[] cells(Deployment d) {
    return new Object[] {
      d.machines(),
      Units.number(d.churnGiBPerDay(), 2),
      d.scaleOutRequired() ? "yes" : "no",
      d.configurationServerTiers(),
      d.processServerTiers(),
      d.vcpus(),
      d.memoryGiB(),
      d.cacheDiskGiB(),
      d.unplacedMachines()
    };
  }

  private static <T> T[] joined(T[] a, T[] b, T[] c, IntFunction<T[]> array) {
    T[] all = array.apply(a.length + b.length + c.length);
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    System.arraycopy(c, 0, all, a.length + b.length, c.length);
    return all;
  }
}
