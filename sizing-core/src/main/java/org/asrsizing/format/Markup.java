package org.asrsizing.format;

/**
 * HTML and SVG markup in which every text and attribute value is escaped. Only the report's own
 * constants (its stylesheet and script) and markup built by another {@code Markup} go in as they
 * are, so nothing read from an input file can become a tag, an attribute or a script.
 */
final class Markup {

  private final StringBuilder sb = new StringBuilder();

  /**
   * {@code text} with the five characters that HTML gives a meaning replaced by their character
   * references; safe both as element text and inside a quoted attribute value.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Opens {@code tag} with attributes given as name, value pairs; a null value is left out. */
  Markup open(String tag, String... attributes) {
    sb.append('<').append(tag);
    attributes(attributes);
    sb.append('>');
    return this;
  }

  /** A tag without content, for example {@code <line .../>} in SVG or {@code <meta>} in HTML. */
  Markup empty(String tag, String... attributes) {
    sb.append('<').append(tag);
    attributes(attributes);
    sb.append(tag.equals("meta") || tag.equals("input") ? ">" : "/>");
    return this;
  }

  Markup close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** A block-level close followed by a line end, so the source reads one element a line. */
  Markup closeLine(String tag) {
    return close(tag).line();
  }

  Markup line() {
    sb.append('\n');
    return this;
  }

  /** {@code value} as escaped text; numbers and other values by their {@code toString}. */
  Markup text(Object value) {
    sb.append(escape(value == null ? "" : value.toString()));
    return this;
  }

  /** {@code <tag attributes>text</tag>}. */
  Markup element(String tag, Object text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Markup built by another builder, already escaped. */
  Markup append(Markup other) {
    sb.append(other.sb);
    return this;
  }

  /** One of the report's own constants (stylesheet, script); never a value from the input. */
  Markup constant(String trusted) {
    sb.append(trusted);
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        sb.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
        sb.append('"');
      }
    }
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
