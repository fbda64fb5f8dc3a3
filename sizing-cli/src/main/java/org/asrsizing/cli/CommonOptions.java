package org.asrsizing.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options every subcommand shares: which catalog, how and where to write, and --debug. */
final class CommonOptions {

  @Option(
      names = "--catalog",
      order = 20,
      paramLabel = "NAME|FILE",
      defaultValue = CatalogLoader.DEFAULT,
      description =
          "Tier catalog: a built-in name (asr-classic, asr-modernized) or a JSON/YAML catalog"
              + " file (see docs/catalog-format.md). Default: ${DEFAULT-VALUE}.")
  String catalog;

  @Option(
      names = "--format",
      order = 21,
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      // FormatOption narrows this to the formats each command writes.
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(
      names = "--output",
      order = 22,
      paramLabel = "FILE",
      description =
          "Write the output to FILE (text in UTF-8; replaced whole once complete, or written"
              + " into if it is a device or pipe such as /dev/null) instead of stdout; - is"
              + " stdout.")
  Path output;

  @Option(
      names = "--debug",
      order = 23,
      description = "Show the stack trace of an error (for bug reports).")
  boolean debug;

  static final String QUIET = "--quiet";

  // Read through the parse result by InventoryOptions.report, which the inventory mixins call.
  @Option(
      names = QUIET,
      order = 24,
      description =
          "Print only errors on stderr: no count of skipped rows or left-out machines. Exit codes"
              + " do not change.")
  boolean quiet;

  /** The catalog named by {@code --catalog}: exit 2 if it names nothing, 4 if the file is bad. */
  Catalog loadCatalog(CommandLine cmd) {
    return loadCatalog(cmd, catalog);
  }

  /** The catalog {@code catalog} names, for commands with a --catalog but other options. */
  static Catalog loadCatalog(CommandLine cmd, String catalog) {
    if (CatalogLoader.BUILT_IN.contains(catalog)) {
      return CatalogLoader.builtIn(catalog);
    }
    Path path;
    try {
      path = Path.of(catalog);
    } catch (InvalidPathException e) {
      throw new ParameterException(cmd, Messages.unknownCatalog(catalog, CatalogLoader.BUILT_IN));
    }
    if (!Files.exists(path)) {
      throw new ParameterException(cmd, Messages.unknownCatalog(catalog, CatalogLoader.BUILT_IN));
    }
    return CatalogLoader.fromFile(path);
  }

  /** Writes {@code text} to {@code --output}, or to the command's stdout when none or {@code -}. */
  void emit(CommandLine cmd, String text) {
    emit(cmd, out -> out.write(text));
  }

  /** Text written as it is made, so that a large output is never held whole in memory. */
  interface Text {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes what {@code text} writes to {@code --output}, or to stdout when none or {@code -}. */
  void emit(CommandLine cmd, Text text) {
    if (output == null || toStdout()) {
      Progress.stop();
      try {
        text.writeTo(cmd.getOut());
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a PrintWriter does not throw
      }
      cmd.getOut().flush();
      return;
    }
    try {
      OutputFiles.write(
          output,
          out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.writeTo(w);
            w.flush();
          },
          false);
    } catch (OutputFiles.WriteFailure e) {
      throw new ParameterException(cmd, Messages.cannotWrite(output.toString(), e.getMessage()));
    }
  }

  /**
   * Writes the binary {@code bytes} to {@code --output}, which the caller checked is set; {@code
   * --output -} sends them as they are to the process's standard output, for a pipe or a redirect.
   */
  void emitFile(CommandLine cmd, byte[] bytes) {
    if (toStdout()) {
      Progress.stop();
      cmd.getOut().flush();
      System.out.write(bytes, 0, bytes.length);
      System.out.flush();
      return;
    }
    write(cmd, bytes);
  }

  private boolean toStdout() {
    return output != null && output.toString().equals(InventoryOptions.STDIN);
  }

  private void write(CommandLine cmd, byte[] bytes) {
    try {
      OutputFiles.write(output, bytes, false);
    } catch (OutputFiles.WriteFailure e) {
      throw new ParameterException(cmd, Messages.cannotWrite(output.toString(), e.getMessage()));
    }
  }
}
