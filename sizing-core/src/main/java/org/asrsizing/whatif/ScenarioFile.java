package org.asrsizing.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A file of named scenarios, JSON ({@code .json}) or YAML (any other name):
 *
 * <pre>
 * scenarios:
 *   - name: today
 *   - name: double churn
 *     churnMultiplier: 2
 * </pre>
 *
 * @param scenarios at least one, names unique
 */
public record ScenarioFile(List<Scenario> scenarios) {

  /** The most scenarios one file may hold. */
  public static final int MAX_SCENARIOS = 100;

  public static ScenarioFile read(Path file) {
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    ObjectMapper mapper =
        (json ? JsonMapper.builder() : YAMLMapper.builder())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    ScenarioFile read;
    try {
      read = mapper.readValue(file.toFile(), ScenarioFile.class);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
      throw new WhatIfInputException(file + where + ": " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new WhatIfInputException(
          "cannot read scenario file " + file + ": " + e.getMessage(), e);
    }
    if (read == null || read.scenarios() == null || read.scenarios().isEmpty()) {
      throw new WhatIfInputException(file + ": needs a list 'scenarios' with at least one entry");
    }
    if (read.scenarios().size() > MAX_SCENARIOS) {
      throw new WhatIfInputException(file + ": at most " + MAX_SCENARIOS + " scenarios");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < read.scenarios().size(); i++) {
      String name = read.scenarios().get(i).name();
      if (name == null || name.isBlank()) {
        throw new WhatIfInputException(file + ": scenario " + (i + 1) + " has no name");
      }
      if (!names.add(name)) {
        throw new WhatIfInputException(file + ": scenario name '" + name + "' appears twice");
      }
    }
    return read;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
