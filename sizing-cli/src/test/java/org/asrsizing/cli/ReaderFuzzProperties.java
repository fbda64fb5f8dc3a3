package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every file the tool reads, as random bytes or as a valid example mutated (bytes flipped, cut
 * short, a hostile token inserted, a line doubled or dropped): never an internal error (exit 1),
 * never a Java name or stack trace on stderr ({@link Run#of} checks that on every run), and a plan
 * that is written accounts for every machine it read.
 */
class ReaderFuzzProperties {

  private static final Path EX = Path.of("..", "docs", "examples");

  /** A file kind: the example it starts from, its file name, and the command that reads it. */
  record Reader(String example, String fileName, String command) {}

  private static final List<Reader> READERS =
      List.of(
          new Reader("inputs/machines.csv", "m.csv", "plan --inventory FILE --format json"),
          new Reader("inputs/machines.yaml", "m.yaml", "plan --inventory FILE --format json"),
          new Reader(
              "inputs/machines-semicolon.csv", "sc.csv", "plan --inventory FILE --format json"),
          new Reader(
              "inputs/measured-churn.csv",
              "churn.csv",
              "plan --inventory ../docs/examples/inputs/machines.csv --churn-from FILE"
                  + " --format json"),
          new Reader("inputs/azure-migrate.csv", "am.csv", "plan --inventory FILE --format json"),
          new Reader("inputs/writes.csv", "w.csv", "plan --inventory FILE --format json"),
          new Reader("inputs/rvtools.xlsx", "rv.xlsx", "plan --inventory FILE --format json"),
          new Reader(
              "custom-catalog.yaml", "c.yaml", "plan --example --catalog FILE --format json"),
          new Reader("scenarios.yaml", "s.yaml", "whatif compare --example --scenarios FILE"),
          new Reader("operate/plan.json", "p.json", "rebalance --deployment FILE"),
          new Reader("operate/deployment.yaml", "d.yaml", "health --deployment FILE"),
          new Reader(
              "operate/metrics.csv",
              "metrics.csv",
              "health --deployment ../docs/examples/operate/plan.json --metrics FILE"),
          new Reader("churn-history.csv", "h.csv", "whatif forecast --history FILE"),
          new Reader(
              "runbook/servers.yaml",
              "servers.yaml",
              "runbook --deployment ../docs/examples/runbook/plan.json --servers FILE"));

  private static final List<String> HOSTILE =
      List.of(
          "1e400",
          "-1",
          "\"",
          ",",
          ";",
          "\n",
          "\r\n",
          "\u0000",
          "NaN",
          "Infinity",
          "99999999999999999999999",
          "\t",
          "'",
          ": [",
          "{",
          "]]",
          "é",
          "\uFEFF",
          "<script>",
          "  ",
          "0x10",
          "1,5",
          "--- \n",
          "*",
          "&a",
          "!!binary");

  @Property(tries = 400)
  void noReaderEverFailsInternallyOrLosesAMachine(@ForAll("cases") Case c) throws IOException {
    Path dir = Files.createTempDirectory("fuzz");
    try {
      Path file = dir.resolve(c.reader().fileName());
      Files.write(file, c.bytes());
      String[] args = c.reader().command().replace("FILE", file.toString()).split(" ");

      Run run = Run.of(args);

      run.assertNoInternalError(List.of(args));
      if (args[0].equals("plan")
          && run.exitCode() != ExitCode.BAD_ARGUMENTS
          && !run.out().isEmpty()) {
        assertEveryMachineAccountedFor(run.out());
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  private static void assertEveryMachineAccountedFor(String json) throws IOException {
    JsonNode plan = new ObjectMapper().readTree(json);
    int onServers = 0;
    for (String role : List.of("configurationServers", "processServers")) {
      for (JsonNode s : plan.get(role)) {
        // a configuration server that only manages counts the machines of its process servers
        if (!s.has("replicates") || s.get("replicates").asBoolean()) {
          onServers += s.get("machines").asInt();
        }
      }
    }
    JsonNode summary = plan.get("summary");
    assertThat(onServers).isEqualTo(summary.get("placedMachines").asInt());
    assertThat(onServers + plan.get("unplaced").size()).isEqualTo(summary.get("machines").asInt());
  }

  /** One file to read: the reader, and the bytes given to it. */
  record Case(Reader reader, byte[] bytes) {
    @Override
    public String toString() {
      return reader.fileName() + " (" + bytes.length + " bytes)";
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Reader> readers = Arbitraries.of(READERS);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
    Arbitrary<Long> seed = Arbitraries.longs();
    return Combinators.combine(readers, kind, seed).as(ReaderFuzzProperties::mutate);
  }

  private static Case mutate(Reader reader, int kind, long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    byte[] valid = read(EX.resolve(reader.example()));
    byte[] bytes =
        switch (kind) {
          case 0 -> randomBytes(random);
          case 1 -> flip(valid, random);
          case 2 -> Arrays.copyOf(valid, random.nextInt(valid.length + 1));
          case 3 -> insert(valid, random);
          case 4 -> lines(valid, random, true);
          default -> lines(valid, random, false);
        };
    return new Case(reader, bytes);
  }

  private static byte[] randomBytes(java.util.SplittableRandom random) {
    byte[] b = new byte[random.nextInt(400)];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  private static byte[] flip(byte[] valid, java.util.SplittableRandom random) {
    byte[] b = valid.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips && b.length > 0; i++) {
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
    }
    return b;
  }

  private static byte[] insert(byte[] valid, java.util.SplittableRandom random) {
    byte[] token = HOSTILE.get(random.nextInt(HOSTILE.size())).getBytes(StandardCharsets.UTF_8);
    int at = random.nextInt(valid.length + 1);
    byte[] b = new byte[valid.length + token.length];
    System.arraycopy(valid, 0, b, 0, at);
    System.arraycopy(token, 0, b, at, token.length);
    System.arraycopy(valid, at, b, at + token.length, valid.length - at);
    return b;
  }

  private static byte[] lines(byte[] valid, java.util.SplittableRandom random, boolean twice) {
    List<String> lines =
        new ArrayList<>(Arrays.asList(new String(valid, StandardCharsets.ISO_8859_1).split("\n")));
    if (lines.isEmpty()) {
      return valid;
    }
    int i = random.nextInt(lines.size());
    if (twice) {
      lines.add(i, lines.get(i));
    } else {
      lines.remove(i);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
