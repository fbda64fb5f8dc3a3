package org.asrsizing.whatif;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A least-squares trend of a quantity over days: linear (y = a + b x) or exponential (ln y = a + b
 * x, fitted on the logarithms). Prediction intervals are those of a new observation of the
 * regression, a + b x +- t(n - 2) s sqrt(1 + 1/n + (x - mean x)^2 / Sxx), taken back through exp
 * for the exponential trend.
 */
public final class Trend {

  public static final String LINEAR = "linear";
  public static final String EXPONENTIAL = "exponential";

  final String model;
  private final SimpleRegression regression = new SimpleRegression();
  private final double xMean;
  private final double sse;
  private final double rSquared;

  private Trend(String model, double[] x, double[] y) {
    this.model = model;
    boolean log = model.equals(EXPONENTIAL);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      regression.addData(x[i], log ? Math.log(y[i]) : y[i]);
      sum += x[i];
    }
    xMean = sum / x.length;
    double yMean = java.util.Arrays.stream(y).average().orElse(0);
    double sse = 0;
    double sst = 0;
    for (int i = 0; i < x.length; i++) {
      sse += Math.pow(y[i] - predict(x[i]), 2);
      sst += Math.pow(y[i] - yMean, 2);
    }
    this.sse = sse;
    this.rSquared = sst == 0 ? 1 : 1 - sse / sst;
  }

  static Trend linear(double[] x, double[] y) {
    return new Trend(LINEAR, x, y);
  }

  /** The exponential trend, or {@code null} when some value is not above 0. */
  static Trend exponential(double[] x, double[] y) {
    for (double v : y) {
      if (!(v > 0)) {
        return null;
      }
    }
    return new Trend(EXPONENTIAL, x, y);
  }

  double predict(double x) {
    double v = regression.predict(x);
    return model.equals(EXPONENTIAL) ? Math.exp(v) : v;
  }

  /** Lower and upper bound of the prediction interval at {@code x}. */
  double[] interval(double x, double confidencePercent) {
    long n = regression.getN();
    double s = Math.sqrt(regression.getMeanSquareError());
    double sxx = regression.getXSumSquares();
    double spread = s * Math.sqrt(1 + 1.0 / n + (sxx == 0 ? 0 : Math.pow(x - xMean, 2) / sxx));
    double t = new TDistribution(n - 2).inverseCumulativeProbability(0.5 + confidencePercent / 200);
    double centre = regression.predict(x);
    double lo = centre - t * spread;
    double hi = centre + t * spread;
    return model.equals(EXPONENTIAL)
        ? new double[] {Math.exp(lo), Math.exp(hi)}
        : new double[] {lo, hi};
  }

  /** Residual sum of squares on the quantity's own scale (not the logarithms). */
  double sse() {
    return sse;
  }

  TrendFit fit(String quantity, boolean chosen) {
    double b = regression.getSlope();
    double perYear =
        model.equals(EXPONENTIAL)
            ? (Math.exp(b * TrendFit.DAYS_PER_YEAR) - 1) * 100
            : b * TrendFit.DAYS_PER_YEAR;
    return new TrendFit(
        quantity,
        model,
        regression.getIntercept(),
        b,
        perYear,
        sse,
        Math.sqrt(sse / regression.getN()),
        rSquared,
        chosen);
  }
}
