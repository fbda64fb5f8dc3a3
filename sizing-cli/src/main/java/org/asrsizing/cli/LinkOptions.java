package org.asrsizing.cli;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asrsizing.whatif.SiteLinks;
import org.asrsizing.whatif.Throttle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The text forms of {@code whatif bandwidth}'s links, target RPOs and throttle windows. */
final class LinkOptions {

  private LinkOptions() {}

  /**
   * {@code 500}, {@code 1Gbps}, {@code hub=500,branch=100} or {@code 300,branch=100} (a bare rate
   * is every site not named).
   */
  static final class Links implements ITypeConverter<SiteLinks> {
    @Override
    public SiteLinks convert(String value) {
      Double others = null;
      Map<String, Double> perSite = new LinkedHashMap<>();
      WhatIfNumberConverter.Rate rate = new WhatIfNumberConverter.Rate();
      for (String part : value.split(",", -1)) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          if (others != null) {
            throw new TypeConversionException(
                "'" + value + "' gives more than one bandwidth for all sites; name the sites");
          }
          others = rate.convert(part);
          continue;
        }
        String site = part.substring(0, eq).strip();
        if (site.isEmpty() || perSite.containsKey(site)) {
          throw new TypeConversionException(
              "'" + part + "' needs a site name given once, for example hub=500");
        }
        perSite.put(site, rate.convert(part.substring(eq + 1)));
      }
      return new SiteLinks(others, perSite);
    }
  }

  /** A duration: {@code 15} or {@code 15m} (minutes), {@code 1h}, {@code 90s}; in minutes. */
  static final class Minutes implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String text = value.strip().toLowerCase(Locale.ROOT);
      double factor = 1;
      String number = text;
      if (text.endsWith("min")) {
        number = text.substring(0, text.length() - 3);
      } else if (text.endsWith("m")) {
        number = text.substring(0, text.length() - 1);
      } else if (text.endsWith("h")) {
        factor = 60;
        number = text.substring(0, text.length() - 1);
      } else if (text.endsWith("s")) {
        factor = 1.0 / 60;
        number = text.substring(0, text.length() - 1);
      }
      number = number.strip();
      if (!number.matches("[0-9]+(\\.[0-9]+)?") || Double.parseDouble(number) == 0) {
        throw new TypeConversionException(
            "'" + value + "' is not a duration above 0; expected for example 15m, 1h or 90s");
      }
      return Double.parseDouble(number) * factor;
    }
  }

  /** {@code 08:00-18:00=200Mbps}: a daily window and the most replication may use in it. */
  static final class Window implements ITypeConverter<Throttle> {
    @Override
    public Throttle convert(String value) {
      int eq = value.indexOf('=');
      int dash = value.indexOf('-');
      if (eq < 0 || dash < 0 || dash > eq) {
        throw new TypeConversionException(
            "'" + value + "' is not a throttle window; expected for example 08:00-18:00=200Mbps");
      }
      try {
        LocalTime from = LocalTime.parse(value.substring(0, dash).strip());
        LocalTime to = LocalTime.parse(value.substring(dash + 1, eq).strip());
        double mbps = throttleRate(value.substring(eq + 1));
        return new Throttle(from, to, mbps);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' has a time that is not HH:MM; expected for example 08:00-18:00=200Mbps");
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "': " + e.getMessage());
      }
    }

    /** A rate, 0 allowed (no replication in the window). */
    private static double throttleRate(String text) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      if (t.matches("0+(\\.0+)?(mbps|gbps)?")) {
        return 0;
      }
      return new WhatIfNumberConverter.Rate().convert(text);
    }
  }

  /** The windows as given, for a list option. */
  static List<Throttle> orNone(List<Throttle> windows) {
    return windows == null ? List.of() : new ArrayList<>(windows);
  }
}
