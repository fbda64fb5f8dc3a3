package org.asrsizing.cli;

/** How a plan or catalog is written. */
enum OutputFormat {
  TABLE,
  JSON,
  CSV,
  MARKDOWN,
  XLSX,
  HTML;

  /** Whether the output is a binary file, which needs {@code --output}. */
  boolean binary() {
    return this == XLSX;
  }

  /** Lower-case names on the command line: {@code --format json}. */
  static final class Converter extends LowerCaseEnumConverter<OutputFormat> {
    Converter() {
      super(OutputFormat.class);
    }
  }

  /** The values listed in the help. */
  static final class Candidates extends LowerCaseEnumConverter.Names {
    Candidates() {
      super(OutputFormat.class);
    }
  }
}
