package org.asrsizing.cli;

import java.util.Set;

/**
 * A command that writes only some of the output formats. {@link FormatOption} lists these formats
 * in the command's {@code --format} help and refuses any other before the command does any work.
 */
interface WritesFormats {

  /** The formats this command writes, in the order the help lists them. */
  Set<OutputFormat> formats();
}
