package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
  void textThatASpreadsheetWouldRunIsPrefixedWithAQuote(String text) {
    assertThat(CellText.spreadsheet(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vm-01", "a=b", "'quoted", "", " =lead blank"})
  void otherTextIsLeftAsItIs(String text) {
    assertThat(CellText.spreadsheet(text)).isEqualTo(text);
  }

  @Test
  void nullStaysNull() {
    assertThat(CellText.spreadsheet(null)).isNull();
  }

  @Test
  void markdownCellsEscapePipesAndBackslashesAndJoinLines() {
    assertThat(CellText.markdownCell("a|b\\c\nd\r\ne")).isEqualTo("a\\|b\\\\c d e");
    assertThat(CellText.markdownCell(null)).isEmpty();
  }
}
