package org.asrsizing.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Rule;

/**
 * The machines left out of an inventory and the rows skipped, which a large estate has by the
 * dozen: counted by reason, so that they do not bury the decisions, unless asked for one by one.
 */
final class LeftOutRows {

  /** What every such finding's message says before its reason. */
  private static final String LEFT_OUT = " left out: ";

  /**
   * @param rule {@code inventory-excluded} or {@code inventory-skipped}
   * @param reason why, as the findings say it
   * @param count how many machines or rows
   */
  record Group(String rule, String reason, int count) {}

  private LeftOutRows() {}

  /** Whether {@code f} is one machine left out or one row skipped. */
  static boolean isLeftOut(Finding f) {
    return f.rule().equals(Rule.INVENTORY_EXCLUDED.id())
        || f.rule().equals(Rule.INVENTORY_SKIPPED.id());
  }

  /** The left-out findings counted by rule and reason, in the order they first appear. */
  static List<Group> groups(List<Finding> findings) {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (isLeftOut(f)) {
        counts.merge(List.of(f.rule(), reason(f.message())), 1, Integer::sum);
      }
    }
    List<Group> groups = new ArrayList<>();
    counts.forEach((k, n) -> groups.add(new Group(k.get(0), k.get(1), n)));
    return groups;
  }

  /** The machines left out and the rows skipped: [left out, skipped]. */
  static int[] totals(List<Finding> findings) {
    int[] totals = new int[2];
    for (Finding f : findings) {
      if (f.rule().equals(Rule.INVENTORY_EXCLUDED.id())) {
        totals[0]++;
      } else if (f.rule().equals(Rule.INVENTORY_SKIPPED.id())) {
        totals[1]++;
      }
    }
    return totals;
  }

  /** What a group is, in words: "machines left out" or "rows skipped". */
  static String what(Group g, boolean plural) {
    boolean excluded = g.rule().equals(Rule.INVENTORY_EXCLUDED.id());
    return excluded
        ? (plural ? "machines left out" : "machine left out")
        : (plural ? "rows skipped" : "row skipped");
  }

  /**
   * The findings a report lists one by one: all of them with {@code listExcluded}, else all but the
   * left-out ones, which {@link #table} and {@link #markdown} count instead.
   */
  static List<Finding> listed(List<Finding> findings, boolean listExcluded) {
    return listExcluded ? findings : findings.stream().filter(f -> !isLeftOut(f)).toList();
  }

  /** The table section counting the left-out findings by reason; empty when there are none. */
  static String table(List<Finding> findings, boolean listExcluded) {
    List<Group> groups = listExcluded ? List.of() : groups(findings);
    if (groups.isEmpty()) {
      return "";
    }
    TextTable t = new TextTable(COLUMNS);
    groups.forEach(g -> t.row(cells(g)));
    return "\n" + HEADING + " (counted by reason)\n" + t.render("  ");
  }

  /** The Markdown section counting the left-out findings by reason; empty when there are none. */
  static String markdown(List<Finding> findings, boolean listExcluded) {
    List<Group> groups = listExcluded ? List.of() : groups(findings);
    if (groups.isEmpty()) {
      return "";
    }
    MarkdownTable t = new MarkdownTable(COLUMNS);
    groups.forEach(g -> t.row(cells(g)));
    return "\n## " + HEADING + "\n\n" + t.render();
  }

  private static final String HEADING = "Left out of the inventory";

  private static final String[] COLUMNS = {">count", "what", "reason"};

  private static Object[] cells(Group g) {
    return new Object[] {g.count(), what(g, g.count() != 1), g.reason()};
  }

  private static String reason(String message) {
    int at = message.indexOf(LEFT_OUT);
    return at < 0 ? message : message.substring(at + LEFT_OUT.length());
  }
}
