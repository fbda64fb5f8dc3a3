package org.asrsizing.format;

import org.asrsizing.model.Units;

/** What the report's charts share: the opening tag with its text alternative, and coordinates. */
final class Svg {

  static final String FONT = "12";

  private Svg() {}

  /**
   * Opens an {@code <svg>} of {@code width} x {@code height} user units that scales to the width of
   * the page, with {@code alternative} as its accessible name and tooltip.
   */
  static Markup open(String id, int width, int height, String alternative) {
    return new Markup()
        .open(
            "svg",
            "xmlns",
            "http://www.w3.org/2000/svg",
            "id",
            id,
            "class",
            "chart",
            "viewBox",
            "0 0 " + width + " " + height,
            "width",
            String.valueOf(width),
            "height",
            String.valueOf(height),
            "role",
            "img",
            "aria-label",
            alternative)
        .element("title", alternative)
        .line();
  }

  /** A coordinate with at most one decimal, the same in every locale. */
  static String at(double value) {
    return Units.number(value, 1);
  }

  static void text(Markup m, double x, double y, String anchor, String cls, Object text) {
    m.element(
            "text",
            text,
            "x",
            at(x),
            "y",
            at(y),
            "text-anchor",
            anchor,
            "class",
            cls,
            "font-size",
            FONT)
        .line();
  }

  static void rect(Markup m, double x, double y, double w, double h, String cls) {
    m.empty("rect", "x", at(x), "y", at(y), "width", at(w), "height", at(h), "class", cls).line();
  }

  static void line(Markup m, double x1, double y1, double x2, double y2, String cls) {
    m.empty("line", "x1", at(x1), "y1", at(y1), "x2", at(x2), "y2", at(y2), "class", cls).line();
  }
}
