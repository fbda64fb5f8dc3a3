package org.asrsizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.asrsizing.whatif.HistoryPoint;
import org.asrsizing.whatif.WhatIfInputException;
import org.junit.jupiter.api.Test;

class HistoryReaderTest {

  @Test
  void readsTheCsvAndNamesTheLineOfABadRow() throws Exception {
    String good =
        "date,churnGiBPerDay,machines\n2024-01-01,100,10\n2024-02-01,110,11\n2024-03-01,120,\n";
    List<HistoryPoint> points = HistoryReader.read(new StringReader(good), "h.csv");
    assertThat(points).hasSize(3);
    assertThat(points.get(2).machines()).isNull();

    String badDate = "date,churnGiBPerDay\n2024-01-01,100\n2024-13-01,110\n2024-03-01,120\n";
    assertThatThrownBy(() -> HistoryReader.read(new StringReader(badDate), "h.csv"))
        .isInstanceOf(WhatIfInputException.class)
        .hasMessage("h.csv line 3: '2024-13-01' is not a date like 2024-01-31");
    String backwards = "date,churnGiBPerDay\n2024-02-01,100\n2024-01-01,110\n2024-03-01,120\n";
    assertThatThrownBy(() -> HistoryReader.read(new StringReader(backwards), "h.csv"))
        .hasMessageContaining("line 3: dates must increase");
    assertThatThrownBy(
            () ->
                HistoryReader.read(
                    new StringReader("date,churnGiBPerDay\n2024-01-01,1\n"), "h.csv"))
        .hasMessageContaining("at least 3 rows");
  }
}
