package org.asrsizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.model.Preference;
import org.asrsizing.whatif.Scenario;
import org.asrsizing.whatif.WhatIfInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileReaderTest {

  @Test
  void readsYamlAndNamesWhereAnUnknownFieldIs(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("s.yaml");
    Files.writeString(good, "scenarios:\n  - name: a\n  - name: b\n    prefer: servers\n");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "scenarios:\n  - name: a\n    churnMultiplyer: 2\n");

    assertThat(ScenarioFileReader.read(good).scenarios())
        .extracting(Scenario::prefer)
        .containsExactly(null, Preference.SERVERS);
    assertThatThrownBy(() -> ScenarioFileReader.read(bad))
        .isInstanceOf(WhatIfInputException.class)
        .hasMessageContaining("bad.yaml line ")
        .hasMessageContaining("Unrecognized field \"churnMultiplyer\"");
  }
}
