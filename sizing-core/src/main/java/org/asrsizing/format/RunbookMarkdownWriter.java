package org.asrsizing.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asrsizing.model.Finding;
import org.asrsizing.runbook.Choice;
import org.asrsizing.runbook.Command;
import org.asrsizing.runbook.Placeholder;
import org.asrsizing.runbook.Quoting;
import org.asrsizing.runbook.Runbook;
import org.asrsizing.runbook.RunbookServer;
import org.asrsizing.runbook.Sources;
import org.asrsizing.runbook.Step;

/** The runbook as a Markdown checklist per server, placeholders in bold. */
public final class RunbookMarkdownWriter {

  static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\\r\\n]+ of [^<>\\r\\n]+>");

  private RunbookMarkdownWriter() {}

  /** The checklist. */
  public static String toText(Runbook r) {
    return toText(r, null);
  }

  /** The checklist, dated {@code date} under its title ({@code null}: no date). */
  public static String toText(Runbook r, String date) {
    StringBuilder b = new StringBuilder();
    b.append("# Runbook\n\n");
    if (date != null) {
      b.append("Date: ").append(date).append("\n\n");
    }
    b.append("Order: ").append(order(r)).append("\n\n");
    findings(b, r);
    choices(b, r);
    boolean sites = manySites(r);
    for (RunbookServer s : r.servers()) {
      b.append("## ")
          .append(s.id())
          .append(" (")
          .append(role(s))
          .append(", ")
          .append(s.tier())
          .append(sites ? ", site " + s.site() : "")
          .append(")\n\n");
      for (Step step : s.steps()) {
        step(b, step);
      }
      b.append('\n');
    }
    toFillIn(b, r);
    return b.toString();
  }

  /** The order of the work, and that upgrades follow it. */
  static String order(Runbook r) {
    return String.join(", ", r.upgradeOrder())
        + " (configuration servers before their process servers; upgrade in the same order).";
  }

  /** Whether the servers serve more than one site, so that each line names its site. */
  static boolean manySites(Runbook r) {
    return r.servers().stream().map(RunbookServer::site).distinct().count() > 1;
  }

  private static void findings(StringBuilder b, Runbook r) {
    if (r.findings().isEmpty()) {
      return;
    }
    b.append("## Findings\n\n");
    for (Finding f : r.findings()) {
      b.append("- ")
          .append(f.severity())
          .append(": ")
          .append(f.message())
          .append(" (")
          .append(f.source())
          .append(")\n");
    }
    b.append('\n');
  }

  private static void choices(StringBuilder b, Runbook r) {
    b.append("## Choices where the documents disagree\n\n");
    for (Choice c : r.choices()) {
      b.append("- ")
          .append(c.topic())
          .append(": ")
          .append(c.chosen())
          .append(" (not ")
          .append(c.alternative())
          .append("): ")
          .append(c.reason())
          .append(" (")
          .append(c.source())
          .append(")\n");
    }
    b.append('\n');
  }

  private static void step(StringBuilder b, Step step) {
    b.append("- [ ] ").append(highlight(step.title())).append('\n');
    for (String n : step.notes()) {
      b.append("  ").append(highlight(n)).append('\n');
    }
    // Indented code blocks, not fences: the checklist can itself sit inside a fence.
    for (Command c : step.commands()) {
      b.append('\n');
      if (c.workingDirectory() != null) {
        b.append("      cd /d ").append(Quoting.cmd(c.workingDirectory())).append('\n');
      }
      b.append("      ").append(c.toLine()).append('\n');
    }
    if (step.fileContent() != null) {
      b.append("\n  ").append(step.fileName()).append(":\n\n");
      for (String line : step.fileContent().split("\r\n")) {
        b.append("      ").append(line).append('\n');
      }
    }
    if (!step.commands().isEmpty() || step.fileContent() != null) {
      b.append('\n');
    }
    b.append("  Source: ").append(Sources.REPOSITORY).append(' ').append(step.source());
    b.append("\n");
  }

  private static void toFillIn(StringBuilder b, Runbook r) {
    b.append("## To fill in\n\n");
    if (r.toFillIn().isEmpty()) {
      b.append("Nothing.\n");
    }
    for (Placeholder p : r.toFillIn()) {
      b.append("- **")
          .append(p.text())
          .append("**: field ")
          .append(p.field())
          .append(" of server ")
          .append(p.server())
          .append(" in the servers file\n");
    }
  }

  static String role(RunbookServer s) {
    return switch (s.role()) {
      case CONFIGURATION_SERVER -> "configuration server";
      case APPLIANCE -> "replication appliance";
      case PROCESS_SERVER -> "process server of " + s.configurationServer();
    };
  }

  private static String highlight(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    return m.replaceAll(x -> Matcher.quoteReplacement("**" + x.group() + "**"));
  }
}
