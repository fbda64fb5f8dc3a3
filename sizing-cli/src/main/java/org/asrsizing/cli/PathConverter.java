package org.asrsizing.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Reads every file and folder option. picocli's own conversion shows the Java exception when the
 * operating system refuses a path (a NUL byte anywhere; on Windows also characters such as {@code
 * <} or {@code |}); this says it in a sentence. The value is not repeated: it may hold characters a
 * terminal cannot show.
 */
final class PathConverter implements CommandLine.ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException(
          "not a file path on this system (" + e.getReason() + ")");
    }
  }
}
