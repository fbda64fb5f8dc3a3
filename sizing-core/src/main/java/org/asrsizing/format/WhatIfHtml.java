package org.asrsizing.format;

import org.asrsizing.model.Units;
import org.asrsizing.whatif.WhatIfContext;

/** What the what-if HTML pages share beyond {@link HtmlPage}: their first screen's frame. */
final class WhatIfHtml {

  private WhatIfHtml() {}

  /**
   * The first screen, open, with its heading; the caller appends and closes it with {@link #end}.
   */
  static Markup start(String heading) {
    return new Markup()
        .open("section", "id", "summary", "class", "first-screen")
        .line()
        .element("h2", heading)
        .line();
  }

  /** Closes the cards and the first screen {@link #start} opened. */
  static Markup end(Markup m) {
    return m.closeLine("div").closeLine("section");
  }

  /** The card of the planning options every what-if run shares, open for more entries. */
  static Markup assumptions(WhatIfContext context) {
    Markup m = HtmlSummary.card("Key assumptions").open("dl").line();
    HtmlDetails.entry(m, "catalog", context.catalog());
    HtmlDetails.entry(
        m, "headroom", Units.percent(context.headroomPercent()) + " of every limit kept free");
    HtmlDetails.entry(m, "preference", Labels.preference(context.preference()));
    if (context.configurationServerMachineLimit() != null) {
      HtmlDetails.entry(
          m,
          "configuration server limit",
          Labels.count(context.configurationServerMachineLimit(), "machine") + " each");
    }
    return m;
  }

  /** Closes a card {@link #assumptions} opened. */
  static Markup closeCard(Markup card) {
    return card.closeLine("dl").closeLine("div");
  }
}
