package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the exact wording users see; change it here on purpose, never by accident. */
class ErrorMessagesTest {

  @ParameterizedTest(name = "[{index}] sizing {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plan --machines 10 --churn banana | sizing: invalid value for option '--churn': 'banana'"
            + " is not a size; expected a number of 0 or more with an optional unit GiB, GB, G,"
            + " TiB, TB or T, optionally followed by /day (for example 250GB or 1.5TB; a bare"
            + " number means GiB/day) (see 'sizing plan --help')",
        "plan --machines 10 --churn -5GB | sizing: invalid value for option '--churn': '-5GB' is"
            + " negative; a churn must be 0 or more (see 'sizing plan --help')",
        "plan --machines 10 --churn 5XB | sizing: invalid value for option '--churn': '5XB' has"
            + " the unknown unit 'XB'; expected GiB, GB, G, TiB, TB or T, optionally followed by"
            + " /day (see 'sizing plan --help')",
        "plan --machines 10 --churn 1,5TB | sizing: invalid value for option '--churn': '1,5TB'"
            + " uses a comma; write the decimal point as a dot (for example 1.5TB) (see 'sizing"
            + " plan --help')",
        "plan --machines 0 --churn 1TB | sizing: invalid value for option '--machines': '0' is"
            + " not a machine count; expected a whole number from 1 to 2000000 (see 'sizing plan"
            + " --help')",
        "plan --machines 10 | sizing: missing required argument(s): --churn=SIZE (see 'sizing"
            + " plan --help')",
        "plan --example --catalog nope | sizing: invalid value for option '--catalog': 'nope' is"
            + " neither a built-in catalog (asr-classic, asr-modernized) nor an existing file (see"
            + " 'sizing plan --help')",
        "plan --example --growth 2000 | sizing: invalid value for option '--growth': growth must"
            + " be a percentage from 0 to 1000 (see 'sizing plan --help')",
        "plan --example --prefer cheap | sizing: invalid value for option '--prefer': 'cheap' is"
            + " not one of vcpus, servers (see 'sizing plan --help')",
        "plan --example --output /no/such/dir/p.txt | sizing: cannot write --output file"
            + " /no/such/dir/p.txt: its folder does not exist (see 'sizing plan --help')",
        "plan --machines 10 --churn 1 --headroom 99 | sizing: invalid value for option"
            + " '--headroom': a headroom of 99 % leaves the small tier of catalog asr-classic room"
            + " for no machine; at most 98.82 % is possible (see 'sizing plan --help')",
        "plan | sizing: missing the workload: give --machines N --churn SIZE, --inventory FILE or"
            + " --example (see 'sizing plan --help')",
        "'' | sizing: missing a subcommand: plan, tiers, whatif, rebalance, drain, health or"
            + " runbook (see 'sizing --help')"
      })
  void errorMessagesReadExactlyAsDocumented(String args, String expected) {
    Run run = Run.of(args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(run.err()).isEqualTo(expected + System.lineSeparator());
  }

  @Test
  void aFolderThatExistsButTakesNoFilesIsNotCalledMissing() {
    // /proc exists on Linux but no file can be created in it.
    assumeTrue(Files.isDirectory(Path.of("/proc", "self")));

    Run run = Run.of("plan", "--example", "--output", "/proc/p.txt");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_ARGUMENTS);
    assertThat(run.err())
        .contains("cannot write --output file /proc/p.txt: its folder exists but does not take")
        .doesNotContain("does not exist");
  }
}
