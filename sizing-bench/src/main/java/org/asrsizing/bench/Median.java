package org.asrsizing.bench;

import java.util.Collection;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Medians and other percentiles of measurements, through Commons Math. */
public final class Median {

  private Median() {}

  /** The median of {@code values}, or NaN when there are none. */
  public static double of(Collection<? extends Number> values) {
    return percentile(values, 50);
  }

  /** The {@code p}-th percentile of {@code values}, or NaN when there are none. */
  public static double percentile(Collection<? extends Number> values, double p) {
    double[] data = values.stream().mapToDouble(Number::doubleValue).toArray();
    return data.length == 0 ? Double.NaN : new Percentile().evaluate(data, p);
  }
}
