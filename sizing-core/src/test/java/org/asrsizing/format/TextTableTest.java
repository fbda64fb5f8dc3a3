package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsNumbersRightAndTextLeftWithoutTrailingBlanks() {
    String text =
        new TextTable("name", ">GiB", "note").row("a", 5, "x").row("long", 1024, null).render("");

    assertThat(text).isEqualTo("name   GiB  note\na        5  x\nlong  1024  -\n");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    assertThatThrownBy(() -> new TextTable("a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
