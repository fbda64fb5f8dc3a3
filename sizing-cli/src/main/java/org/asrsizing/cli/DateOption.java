package org.asrsizing.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --date YYYY-MM-DD}: the date a report prints on its cover. Without it a report has no date
 * at all, so that the same input always gives the same bytes; the tool never reads the clock.
 */
final class DateOption {

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      order = 17,
      converter = DateConverter.class,
      description =
          "HTML, Markdown and XLSX: print this date on the report (its header, the Report"
              + " sheet). Without it the report has no date, and the same input gives the same"
              + " bytes.")
  LocalDate date;

  /** The date as the reports print it, or {@code null} when not given. */
  String text() {
    return date == null ? null : date.toString();
  }

  /** An ISO calendar date; anything else (including 2026-02-30) is a bad argument. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new TypeConversionException(
            "'" + value + "' is not a date written YYYY-MM-DD, for example 2026-12-03");
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a calendar date");
      }
    }
  }
}
