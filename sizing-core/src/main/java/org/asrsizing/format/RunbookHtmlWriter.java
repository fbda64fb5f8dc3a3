package org.asrsizing.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.asrsizing.model.Severity;
import org.asrsizing.runbook.Choice;
import org.asrsizing.runbook.Command;
import org.asrsizing.runbook.Placeholder;
import org.asrsizing.runbook.Quoting;
import org.asrsizing.runbook.Runbook;
import org.asrsizing.runbook.RunbookServer;
import org.asrsizing.runbook.Sources;
import org.asrsizing.runbook.Step;

/**
 * Writes a {@link Runbook} as one self-contained, printable HTML page with the same steps as {@link
 * RunbookMarkdownWriter}: the servers in the order of the work first, with what is still to fill
 * in, then a section per server whose steps are numbered checkboxes with their commands and each
 * one's source linked to its public page. Same frame, escaping and determinism as {@link
 * PlanHtmlWriter}.
 */
public final class RunbookHtmlWriter {

  private RunbookHtmlWriter() {}

  /** The HTML page of {@code r}. */
  public static String toHtml(Runbook r) {
    return toHtml(r, null);
  }

  /** The HTML page of {@code r}, dated {@code date} ({@code null}: no date). */
  public static String toHtml(Runbook r, String date) {
    String subject =
        Labels.count(r.servers().size(), "server")
            + " · "
            + Labels.count(r.toFillIn().size(), "value")
            + " to fill in";
    Markup m = HtmlPage.open("ASR runbook: " + subject, "ASR runbook", subject, date);
    m.append(summary(r));
    m.append(HtmlDetails.findings(r.findings()));
    m.append(choices(r.choices()));
    boolean sites = RunbookMarkdownWriter.manySites(r);
    for (RunbookServer s : r.servers()) {
      m.append(server(s, anchor(r, s), sites));
    }
    m.append(toFillIn(r));
    return HtmlPage.close(
        m,
        "Written by asr-sizing from the deployment's servers; each step names the document it"
            + " comes from.");
  }

  private static Markup summary(Runbook r) {
    Markup m = new Markup().open("section", "id", "summary", "class", "first-screen").line();
    m.element("h2", "Servers in the order of the work").line();
    boolean sites = RunbookMarkdownWriter.manySites(r);
    HtmlTable t =
        sites
            ? new HtmlTable(
                "servers-table", false, "server", "role", "tier", "site", ">steps", ">to fill in")
            : new HtmlTable(
                "servers-table", false, "server", "role", "tier", ">steps", ">to fill in");
    for (RunbookServer s : r.servers()) {
      HtmlTable.Link id = new HtmlTable.Link(s.id(), "#" + anchor(r, s));
      String role = RunbookMarkdownWriter.role(s);
      if (sites) {
        t.row(id, role, s.tier(), s.site(), s.steps().size(), s.placeholders().size());
      } else {
        t.row(id, role, s.tier(), s.steps().size(), s.placeholders().size());
      }
    }
    m.append(t.render());
    m.open("div", "class", "cards").line();
    m.open("div", "class", "card").line().element("h3", "Order").line();
    m.element("p", RunbookMarkdownWriter.order(r)).line().closeLine("div");
    m.open("div", "class", "card").line().element("h3", "Before you start").line();
    m.open("ul", "class", "counts").line();
    HtmlSummary.count(m, r.toFillIn().size(), "value", "to fill in", "#to-fill-in");
    long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    HtmlSummary.count(m, errors, "error", "in the servers file", "#findings-error");
    HtmlSummary.count(m, r.findings().size() - errors, "other finding", "", "#findings");
    m.closeLine("ul").closeLine("div");
    return m.closeLine("div").closeLine("section");
  }

  private static Markup choices(List<Choice> choices) {
    Markup m = HtmlDetails.section("choices", "Choices where the documents disagree");
    HtmlTable t = new HtmlTable("choices-table", false, "topic", "used", "not", "why", "source");
    for (Choice c : choices) {
      t.row(c.topic(), c.chosen(), c.alternative(), c.reason(), source(c.source()));
    }
    return m.append(t.render()).closeLine("section");
  }

  private static Markup server(RunbookServer s, String anchor, boolean sites) {
    String title =
        s.id()
            + " ("
            + RunbookMarkdownWriter.role(s)
            + ", "
            + s.tier()
            + (sites ? ", site " + s.site() : "")
            + ")";
    Markup m = new Markup().open("section", "id", anchor, "class", "server").line();
    m.element("h2", title).line().open("ol", "class", "steps").line();
    for (Step step : s.steps()) {
      m.append(step(step));
    }
    return m.closeLine("ol").closeLine("section");
  }

  private static Markup step(Step step) {
    Markup m = new Markup().open("li").open("label");
    m.empty("input", "type", "checkbox").text(" ").append(highlighted(step.title())).close("label");
    m.line();
    for (String n : step.notes()) {
      m.open("p").append(highlighted(n)).closeLine("p");
    }
    for (Command c : step.commands()) {
      m.open("pre", "class", c.shell() == Command.Shell.POWERSHELL ? "powershell" : "cmd");
      m.open("code");
      if (c.workingDirectory() != null) {
        m.text("cd /d " + Quoting.cmd(c.workingDirectory()) + "\n");
      }
      m.append(highlighted(c.toLine())).close("code").closeLine("pre");
    }
    if (step.fileContent() != null) {
      m.element("p", step.fileName() + ":").line();
      m.open("pre").open("code");
      m.append(highlighted(String.join("\n", step.fileContent().split("\r\n"))));
      m.close("code").closeLine("pre");
    }
    m.open("p", "class", "source").text("Source: " + Sources.REPOSITORY + " ");
    m.append(source(step.source()).render()).closeLine("p");
    return m.closeLine("li");
  }

  /** {@code path}, a document of {@link Sources#REPOSITORY}, linked to its page. */
  private static HtmlTable.Link source(String path) {
    String cited = path.startsWith(Sources.REPOSITORY) ? path : Sources.REPOSITORY + " " + path;
    return new HtmlTable.Link(path, HtmlTable.Link.source(cited).href());
  }

  /** {@code text} with each placeholder marked, so what is still to fill in stands out. */
  private static Markup highlighted(String text) {
    Markup m = new Markup();
    Matcher x = RunbookMarkdownWriter.PLACEHOLDER.matcher(text);
    int from = 0;
    while (x.find()) {
      m.text(text.substring(from, x.start())).element("mark", x.group());
      from = x.end();
    }
    return m.text(text.substring(from));
  }

  private static Markup toFillIn(Runbook r) {
    Markup m = HtmlDetails.section("to-fill-in", "To fill in");
    if (r.toFillIn().isEmpty()) {
      return m.element("p", "Nothing.").line().closeLine("section");
    }
    Map<String, String> anchors = new LinkedHashMap<>();
    r.servers().forEach(s -> anchors.put(s.id(), anchor(r, s)));
    HtmlTable t = new HtmlTable("to-fill-in-table", true, "value", "server", "servers file field");
    for (Placeholder p : r.toFillIn()) {
      String href = anchors.containsKey(p.server()) ? "#" + anchors.get(p.server()) : null;
      t.row(p.text(), new HtmlTable.Link(p.server(), href), p.field());
    }
    return m.append(t.render()).closeLine("section");
  }

  /**
   * The id of {@code s}'s section: its place in the order, since a deployment file's server ids may
   * hold characters a link cannot.
   */
  private static String anchor(Runbook r, RunbookServer s) {
    return "server-" + (r.servers().indexOf(s) + 1);
  }
}
