package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void escapesTheFiveCharactersHtmlGivesAMeaning() {
    assertThat(Markup.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void leavesOtherTextAsItIs() {
    assertThat(Markup.escape("ps-1 large · 97.8 % — Zürich"))
        .isEqualTo("ps-1 large · 97.8 % — Zürich");
    assertThat(Markup.escape(null)).isEmpty();
  }

  @Test
  void escapesTextAndAttributeValuesButNotTheTags() {
    String html =
        new Markup()
            .open("td", "title", "\"><script>")
            .text("<script>alert(1)</script>")
            .close("td")
            .toString();

    assertThat(html)
        .isEqualTo(
            "<td title=\"&quot;&gt;&lt;script&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</td>");
  }

  @Test
  void leavesOutAttributesWithoutAValue() {
    assertThat(new Markup().open("th", "class", null).toString()).isEqualTo("<th>");
    assertThatThrownBy(() -> new Markup().open("th", "class"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
