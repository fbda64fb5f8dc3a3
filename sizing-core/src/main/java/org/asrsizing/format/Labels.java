package org.asrsizing.format;

import java.util.Locale;
import org.asrsizing.model.Preference;
import org.asrsizing.model.ServerRole;

/** The words the person-facing writers use for the model's enums. */
public final class Labels {

  private Labels() {}

  /** For example {@code configuration server}. */
  public static String role(ServerRole role) {
    return switch (role) {
      case CONFIGURATION_SERVER -> "configuration server";
      case PROCESS_SERVER -> "process server";
      case APPLIANCE -> "appliance";
    };
  }

  /** For example {@code fewest vCPUs first}. */
  static String preference(Preference p) {
    return p == Preference.SERVERS ? "fewest servers first" : "fewest vCPUs first";
  }

  /** The value of {@code --prefer} that selects {@code p}. */
  static String preferOption(Preference p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  /** For example {@code 1 server}, {@code 3 servers}. */
  /** A health state as the monitoring page writes it: {@code Healthy}, {@code Warning}. */
  static String state(org.asrsizing.operate.HealthState state) {
    String name = state.name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
