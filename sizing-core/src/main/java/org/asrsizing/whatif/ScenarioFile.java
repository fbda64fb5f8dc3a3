package org.asrsizing.whatif;

import java.util.List;

/**
 * A file of named scenarios (read by {@code io.ScenarioFileReader}):
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
}
