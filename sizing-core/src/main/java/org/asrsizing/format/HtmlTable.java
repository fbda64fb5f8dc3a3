package org.asrsizing.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of the HTML report: a header row that repeats on every printed page, body rows, an
 * optional total row kept out of sorting, and numeric columns (named with a leading {@code >})
 * right-aligned. A {@code sortable} table gets sort buttons and a filter box from the report's
 * script; without the script it reads the same.
 */
final class HtmlTable {

  /** A cell that links to {@code href}; without an address it is plain {@code text}. */
  record Link(String text, String href) {

    /** {@code source} linked to its public page when it has one (see {@link SourceLinks}). */
    static Link source(String source) {
      return new Link(source, SourceLinks.page(source));
    }

    Markup render() {
      return href == null ? new Markup().text(text) : new Markup().element("a", text, "href", href);
    }
  }

  private final String id;
  private final boolean sortable;
  private final List<String> headers;
  private final List<List<Object>> rows = new ArrayList<>();
  private List<Object> total;

  HtmlTable(String id, boolean sortable, String... headers) {
    this.id = id;
    this.sortable = sortable;
    this.headers = List.of(headers);
  }

  HtmlTable row(Object... cells) {
    rows.add(Arrays.asList(cells.clone()));
    return this;
  }

  HtmlTable total(Object... cells) {
    total = Arrays.asList(cells.clone());
    return this;
  }

  int size() {
    return rows.size();
  }

  Markup render() {
    Markup m = new Markup();
    if (sortable) {
      m.empty(
              "input",
              "type",
              "search",
              "class",
              "filter",
              "data-filter",
              id,
              "placeholder",
              "Filter rows",
              "aria-label",
              "Filter the rows of this table",
              "hidden",
              "")
          .line();
    }
    m.open("table", "id", id, "class", sortable ? "sortable" : null)
        .line()
        .open("thead")
        .open("tr");
    for (String h : headers) {
      m.element("th", label(h), "scope", "col", "class", numeric(h) ? "num" : null);
    }
    m.close("tr").closeLine("thead").open("tbody").line();
    for (List<Object> r : rows) {
      cells(m, "td", r);
    }
    m.closeLine("tbody");
    if (total != null) {
      m.open("tfoot");
      cells(m, "td", total);
      m.closeLine("tfoot");
    }
    return m.closeLine("table");
  }

  private void cells(Markup m, String tag, List<Object> cells) {
    m.open("tr");
    for (int i = 0; i < cells.size(); i++) {
      Object c = cells.get(i);
      String cls = numeric(headers.get(i)) ? "num" : null;
      if (c instanceof Link link) {
        m.open(tag, "class", cls).append(link.render()).close(tag);
      } else {
        m.element(tag, c == null ? "" : c, "class", cls);
      }
    }
    m.closeLine("tr");
  }

  private static boolean numeric(String header) {
    return header.startsWith(">");
  }

  private static String label(String header) {
    return numeric(header) ? header.substring(1) : header;
  }
}
