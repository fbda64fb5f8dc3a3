package org.asrsizing.cli;

/** Every sentence {@code sizing whatif} writes to stderr that the shared messages do not cover. */
final class WhatIfMessages {

  private WhatIfMessages() {}

  static String notANumber(String value, String expected) {
    return "'" + value + "' is not " + expected;
  }

  static String notARate(String value) {
    return "'"
        + value
        + "' is not a bandwidth; expected a number above 0 of Mbps with an optional unit Mbps or"
        + " Gbps (for example 100 or 1Gbps)";
  }

  static String missingSubcommand() {
    return "missing a subcommand: timeline, bandwidth, montecarlo, forecast, compare or sweep";
  }
}
