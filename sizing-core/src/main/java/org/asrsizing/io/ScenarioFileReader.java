package org.asrsizing.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.asrsizing.whatif.Scenario;
import org.asrsizing.whatif.ScenarioFile;
import org.asrsizing.whatif.WhatIfInputException;

/**
 * Reads a {@link ScenarioFile}, JSON ({@code .json}) or YAML (any other name), and checks that it
 * has at least one scenario, at most {@value ScenarioFile#MAX_SCENARIOS}, each with its own name.
 */
public final class ScenarioFileReader {

  /** An unknown field keeps Jackson's words, which list the fields a scenario has. */
  private static final StructuredFile.Sentences SENTENCES =
      new StructuredFile.Sentences() {
        @Override
        public String unknownField(String what, FileProblem p) {
          return what + p.at() + ": " + p.detail();
        }
      };

  /** The largest machine or churn multiplier a scenario may give. */
  public static final double MAX_MULTIPLIER = 1000;

  private ScenarioFileReader() {}

  /** The scenarios in {@code file}; a {@link WhatIfInputException} names the file and problem. */
  public static ScenarioFile read(Path file) {
    String what = "scenario file " + file;
    StructuredFile.Syntax syntax = StructuredFile.Syntax.of(file, StructuredFile.Syntax.YAML);
    var mapper =
        syntax
            .mapper()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    ScenarioFile read =
        new StructuredFile(what, syntax, mapper, SENTENCES, WhatIfInputException::new)
            .read(file, ScenarioFile.class);
    if (read == null || read.scenarios() == null || read.scenarios().isEmpty()) {
      throw new WhatIfInputException(what + ": needs a list 'scenarios' with at least one entry");
    }
    if (read.scenarios().size() > ScenarioFile.MAX_SCENARIOS) {
      throw new WhatIfInputException(
          what + ": at most " + ScenarioFile.MAX_SCENARIOS + " scenarios");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < read.scenarios().size(); i++) {
      Scenario scenario = read.scenarios().get(i);
      if (scenario == null) {
        throw new WhatIfInputException(
            what + ": scenario " + (i + 1) + " is empty; each entry needs at least a name");
      }
      String name = scenario.name();
      if (name == null || name.isBlank()) {
        throw new WhatIfInputException(what + ": scenario " + (i + 1) + " has no name");
      }
      if (!names.add(name)) {
        throw new WhatIfInputException(what + ": scenario name '" + name + "' appears twice");
      }
      String which = what + ": scenario " + (i + 1) + " ('" + name + "')";
      checkMultiplier(which, "machinesMultiplier", scenario.machinesMultiplier());
      checkMultiplier(which, "churnMultiplier", scenario.churnMultiplier());
    }
    return read;
  }

  /** A multiplier is more than 0 and at most {@link #MAX_MULTIPLIER}, or absent. */
  private static void checkMultiplier(String which, String field, Double value) {
    if (value != null && !(value > 0 && value <= MAX_MULTIPLIER)) {
      throw new WhatIfInputException(
          which
              + ": "
              + field
              + " "
              + java.math.BigDecimal.valueOf(value)
                  .toPlainString()
                  .replaceAll("(\\d{12})\\d+", "$1...")
              + " is not more than 0 and at most "
              + (int) MAX_MULTIPLIER);
    }
  }
}
