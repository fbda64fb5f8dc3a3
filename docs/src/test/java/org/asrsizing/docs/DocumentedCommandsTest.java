package org.asrsizing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.asrsizing.cli.SizingCommand;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Runs every {@code console} block of the docs and README whose first line is {@code $ ./sizing
 * ...} in-process and compares the rest of the block with the real output (stdout, then stderr).
 * After a deliberate change of output, {@code mvn verify -Ddocs.update=true} rewrites the blocks.
 */
class DocumentedCommandsTest {

  private static final String PROMPT = "$ ./sizing ";
  private static final boolean UPDATE = Boolean.getBoolean("docs.update");

  @TestFactory
  Stream<DynamicTest> everyDocumentedCommandPrintsWhatTheDocsShow() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : Markdown.pages()) {
      List<String> lines = new ArrayList<>(Markdown.lines(page));
      // Rewrite from the last block up, so earlier line numbers stay valid.
      List<Markdown.Block> blocks = commandBlocks(page);
      for (int b = blocks.size() - 1; b >= 0; b--) {
        Markdown.Block block = blocks.get(b);
        String command = block.lines().get(0);
        String actual = run(command.substring(PROMPT.length()));
        if (UPDATE) {
          List<String> replacement = new ArrayList<>(actual.lines().toList());
          for (int i = 1; i < block.lines().size(); i++) {
            lines.remove(block.firstLine() + 1);
          }
          lines.addAll(block.firstLine() + 1, replacement);
        }
        String expected = String.join("\n", block.lines().subList(1, block.lines().size()));
        String name =
            Markdown.root().relativize(page) + ":" + (block.firstLine() + 1) + " " + command;
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  if (!UPDATE) {
                    assertThat(actual.stripTrailing()).isEqualTo(expected.stripTrailing());
                  }
                }));
      }
      if (UPDATE) {
        Files.writeString(page, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      }
    }
    return tests.stream();
  }

  @Test
  void theReadmeAndEveryReferencePageShowRealOutput() throws IOException {
    for (String page :
        List.of(
            "README.md",
            "docs/plan.md",
            "docs/tiers.md",
            "docs/quick-start.md",
            "docs/placement.md")) {
      assertThat(commandBlocks(Markdown.root().resolve(page))).as(page).isNotEmpty();
    }
  }

  private static List<Markdown.Block> commandBlocks(Path page) throws IOException {
    return Markdown.blocks(page).stream()
        .filter(b -> b.info().equals("console"))
        .filter(b -> !b.lines().isEmpty() && b.lines().get(0).startsWith(PROMPT))
        .toList();
  }

  /** stdout then stderr of one in-process run; arguments split at blanks outside quotes. */
  static String run(String commandLine) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = SizingCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    cmd.execute(split(commandLine));
    return out.toString() + err;
  }

  private static String[] split(String commandLine) {
    List<String> args = new ArrayList<>();
    StringBuilder arg = new StringBuilder();
    char quote = 0;
    boolean inArg = false;
    for (char c : commandLine.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          arg.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inArg = true;
      } else if (Character.isWhitespace(c)) {
        if (inArg) {
          args.add(arg.toString());
          arg.setLength(0);
          inArg = false;
        }
      } else {
        arg.append(c);
        inArg = true;
      }
    }
    if (inArg) {
      args.add(arg.toString());
    }
    return args.toArray(String[]::new);
  }
}
