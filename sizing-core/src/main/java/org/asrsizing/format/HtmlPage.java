package org.asrsizing.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame every HTML report shares: the document head with the inline stylesheet, a heading with
 * a subtitle, and at the end a footer and the inline script. Nothing in it is fetched.
 */
final class HtmlPage {

  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private HtmlPage() {}

  /** The page up to and including its header; the caller appends the body. */
  static Markup open(String title, String heading, String subtitle) {
    return open(title, heading, subtitle, null);
  }

  /**
   * As {@link #open(String, String, String)}, with {@code date} (given by the user, never read from
   * the clock) at the end of the subtitle; {@code null} for none, so the same input gives the same
   * bytes.
   */
  static Markup open(String title, String heading, String subtitle, String date) {
    Markup m = new Markup().constant("<!DOCTYPE html>\n").open("html", "lang", "en").line();
    m.open("head").line();
    m.empty("meta", "charset", "utf-8").line();
    m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").line();
    m.element("title", title).line();
    m.open("style").line().constant(STYLE).closeLine("style");
    m.closeLine("head").open("body").line();
    m.open("header").element("h1", heading).line();
    String dated = date == null ? subtitle : subtitle + " · " + date;
    return m.element("p", dated, "class", "subtitle").line().closeLine("header");
  }

  /**
   * Closes {@code page} with the footer every report has: the catalog it was written from and how
   * sizes are read, for example {@code binary: GiB and TiB ...}.
   */
  static String close(Markup page, String catalog, String storageUnits) {
    return close(
        page,
        "Written by asr-sizing from catalog " + catalog + ". Sizes are " + storageUnits + ".");
  }

  /** Closes {@code page} with {@code footer}, for a report written from no catalog. */
  static String close(Markup page, String footer) {
    page.element("footer", footer).line();
    page.open("script").line().constant(SCRIPT).closeLine("script");
    return page.closeLine("body").closeLine("html").toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the report's " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
