package org.asrsizing.cli;

import picocli.CommandLine.Option;

/**
 * {@code --list-excluded}, for every command whose table or Markdown counts the machines left out
 * of an inventory and the rows skipped by reason: one option, one wording.
 */
final class ListExcludedOption {

  @Option(
      names = "--list-excluded",
      order = 16,
      description =
          "Table and Markdown: list every machine left out of the inventory and every invalid row"
              + " skipped, one finding each, instead of their counts by reason. JSON, CSV and XLSX"
              + " always list them.")
  boolean listExcluded;
}
