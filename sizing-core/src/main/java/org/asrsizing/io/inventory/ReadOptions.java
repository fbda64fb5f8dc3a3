package org.asrsizing.io.inventory;

/**
 * How to read an inventory.
 *
 * @param skipInvalid skip invalid rows (each is listed) instead of failing on the first one
 * @param changeRatePercent for inventories without churn (RVTools): daily churn as this share of
 *     the storage in use, 0 to 100
 * @param includePoweredOff keep powered-off and suspended machines and templates (RVTools)
 * @param percentile percentile of the profiled data written per day taken as the daily churn, and
 *     of the write rates taken as the peak, above 0 to 100
 * @param csvDelimiter the character between the cells of a CSV inventory, or {@code null} to take
 *     the one its header uses most of comma, semicolon and tab
 * @param decimalComma whether a CSV inventory writes decimals with a comma, or {@code null} for
 *     exactly when its cells are separated by semicolons
 * @param siteBy the column a machine's site comes from, or {@code null} for the format's own (the
 *     native {@code site}, RVTools' {@code Datacenter}); for RVTools also {@code datacenter},
 *     {@code cluster}, {@code folder} or {@code host}
 */
public record ReadOptions(
    boolean skipInvalid,
    double changeRatePercent,
    boolean includePoweredOff,
    double percentile,
    Character csvDelimiter,
    Boolean decimalComma,
    String siteBy) {

  /** The default change rate for RVTools inventories, percent of in-use storage per day. */
  public static final double DEFAULT_CHANGE_RATE_PERCENT = 5;

  /** The default percentile of profiled write rates, as the Deployment Planner uses. */
  public static final double DEFAULT_PERCENTILE = 95;

  public ReadOptions {
    if (!Double.isFinite(changeRatePercent) || changeRatePercent < 0 || changeRatePercent > 100) {
      throw new IllegalArgumentException("the change rate must be a percentage from 0 to 100");
    }
    if (!Double.isFinite(percentile) || percentile <= 0 || percentile > 100) {
      throw new IllegalArgumentException("the percentile must be above 0 and at most 100");
    }
    if (csvDelimiter != null && ",;\t|".indexOf(csvDelimiter) < 0) {
      throw new IllegalArgumentException("the CSV delimiter must be a comma, semicolon, tab or |");
    }
  }

  /** These options without a CSV dialect: detected from each file. */
  public ReadOptions(
      boolean skipInvalid, double changeRatePercent, boolean includePoweredOff, double percentile) {
    this(skipInvalid, changeRatePercent, includePoweredOff, percentile, null, null, null);
  }

  /** Strict, 5 % change rate, powered-off machines left out, 95th percentile. */
  public static ReadOptions defaults() {
    return new ReadOptions(false, DEFAULT_CHANGE_RATE_PERCENT, false, DEFAULT_PERCENTILE);
  }

  public ReadOptions withSkipInvalid(boolean skip) {
    return new ReadOptions(
        skip, changeRatePercent, includePoweredOff, percentile, csvDelimiter, decimalComma, siteBy);
  }

  public ReadOptions withChangeRatePercent(double rate) {
    return new ReadOptions(
        skipInvalid, rate, includePoweredOff, percentile, csvDelimiter, decimalComma, siteBy);
  }

  public ReadOptions withIncludePoweredOff(boolean include) {
    return new ReadOptions(
        skipInvalid, changeRatePercent, include, percentile, csvDelimiter, decimalComma, siteBy);
  }

  public ReadOptions withPercentile(double p) {
    return new ReadOptions(
        skipInvalid, changeRatePercent, includePoweredOff, p, csvDelimiter, decimalComma, siteBy);
  }

  /** These options with a CSV dialect; {@code null} for either detects it from the file. */
  public ReadOptions withCsv(Character delimiter, Boolean comma) {
    return new ReadOptions(
        skipInvalid, changeRatePercent, includePoweredOff, percentile, delimiter, comma, siteBy);
  }

  /** These options with the column a machine's site comes from ({@code null}: the format's). */
  public ReadOptions withSiteBy(String column) {
    return new ReadOptions(
        skipInvalid,
        changeRatePercent,
        includePoweredOff,
        percentile,
        csvDelimiter,
        decimalComma,
        column == null || column.isBlank() ? null : column.strip());
  }

  /** The column of a machine's site in a format whose own is {@code own} ({@code null}: none). */
  String siteColumn(String own) {
    return siteBy == null ? own : siteBy;
  }
}
