package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The scan every {@link Run} applies to stderr: it must catch what an internal error, a leaked
 * exception or a stack trace looks like, and let the tool's own sentences through.
 */
class MessageScanTest {

  @Test
  void javaNamesAndStackFramesAreCaught() {
    for (String leak :
        new String[] {
          "sizing: internal error (UncheckedIOException: /tmp/x); run again with --debug",
          "sizing: cannot write x: java.nio.file.NoSuchFileException: x",
          "\tat org.asrsizing.plan.Planner.plan(Planner.java:10)",
          "sizing: bad value: com.fasterxml.jackson.core.JsonParseException: x",
          "sizing: OutOfMemoryError"
        }) {
      assertThatThrownBy(() -> Run.assertNoJavaNames(leak, "plan"))
          .as(leak)
          .isInstanceOf(AssertionError.class);
    }
  }

  @Test
  void theToolsOwnSentencesPass() {
    assertThatCode(
            () ->
                Run.assertNoJavaNames(
                    "sizing: invalid value for option '--hub': the hub nowhere is not a site of the"
                        + " workload; its sites are hq (see 'sizing plan --help')\n"
                        + "sizing: cannot write --output file x: its folder does not exist",
                    "plan"))
        .doesNotThrowAnyException();
  }
}
