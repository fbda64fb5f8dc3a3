package org.asrsizing.format;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.model.Assumptions;
import org.asrsizing.model.Units;

/** A plan's assumptions as name-value rows, units in the names. */
final class AssumptionRows {

  /**
   * @param name what it is, with its unit
   * @param value a {@link Number}, a {@link String} or {@code null}
   */
  record Row(String name, Object value) {
    /** The value as text; numbers without a needless fraction. */
    String text() {
      if (value == null) {
        return "-";
      }
      return value instanceof Double d ? Units.number(d, 6) : value.toString();
    }
  }

  private AssumptionRows() {}

  static List<Row> of(Assumptions a) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("catalog", a.catalogId()));
    rows.add(new Row("catalog version", a.catalogVersion()));
    rows.add(new Row("growth (%)", a.growthPercent()));
    rows.add(new Row("headroom (%)", a.headroomPercent()));
    rows.add(
        new Row(
            "prefer",
            Labels.preference(a.preference())
                + " (--prefer "
                + Labels.preferOption(a.preference())
                + ")"));
    rows.add(
        new Row(
            "configuration server machine limit (machines)", a.configurationServerMachineLimit()));
    rows.add(new Row("storage units", a.storageUnits()));
    rows.add(
        new Row(
            "input",
            a.aggregateInput()
                ? "aggregate: a machine count and a total churn (identical machines)"
                : "inventory: one entry per machine"));
    return rows;
  }
}
