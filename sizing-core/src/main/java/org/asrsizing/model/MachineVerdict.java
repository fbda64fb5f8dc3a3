package org.asrsizing.model;

import java.util.List;

/**
 * The compatibility verdict on one machine that the support matrix's checks have something to say
 * about; a machine without one passed every check its inventory gave data for.
 *
 * @param machine the machine's name
 * @param site its site
 * @param verdict {@link #INCOMPATIBLE} (left out of the plan) or {@link #WARNINGS} (planned)
 * @param reasons every finding on it, each with its rule and source
 */
public record MachineVerdict(String machine, String site, String verdict, List<Finding> reasons) {

  /** Not protectable: some check failed. */
  public static final String INCOMPATIBLE = "incompatible";

  /** Protectable, with warnings to look at. */
  public static final String WARNINGS = "compatible-with-warnings";

  public MachineVerdict {
    reasons = List.copyOf(reasons);
  }

  /** Whether the machine is left out of the plan. */
  public boolean incompatible() {
    return INCOMPATIBLE.equals(verdict);
  }
}
