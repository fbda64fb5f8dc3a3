package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the inventory holds, {@code sizing plan --inventory} ends with an exit code of 0, 2, 3
 * or 4 and never a stack trace: random edits of valid files and random bytes, in every format.
 * Named *Test so that Surefire's default includes run it in every build.
 */
class InventoryFuzzTest {

  private static Path dir;

  private static final List<String> VALID =
      List.of(
          "name,churn,disks,site,group,peakChurnMBps\nweb01,250GB,2,london,,12\ndb01,1.5TB,4,,sql,\n",
          "[{\"name\": \"a\", \"churnGiBPerDay\": 10, \"disks\": 1}, {\"name\": \"b\", \"churn\":"
              + " \"1TB\"}]",
          "machines:\n  - name: a\n    churnGiBPerDay: 10\n  - name: b\n    churn: 2TB\n",
          "*Server name,*Cores,*Memory (In MB),Number of disks,Disk 1 size (In GB),Disk 1 write"
              + " throughput (MB per second),Disk 2 size (In GB),Disk 2 write throughput (MB per"
              + " second)\ns1,2,4096,2,100,1.5,200,0.5\n",
          "VM,Powerstate,Template,Disks,In Use MiB,Datacenter\nvm1,poweredOn,False,2,40960,dc1\n"
              + "vm2,poweredOff,False,1,1024,dc1\n",
          "name,timestamp,writeMBps\na,2024-05-01T10:00:00Z,1.5\na,2024-05-01T11:00:00Z,3\n");

  private static final List<String> EXTENSIONS =
      List.of(".csv", ".json", ".yaml", ".csv", ".csv", ".csv", ".xlsx");

  @BeforeContainer
  static void createFolder() throws IOException {
    dir = Files.createTempDirectory("inventory-fuzz");
  }

  @AfterContainer
  static void deleteFolder() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 300)
  void mutatedValidFilesNeverEndInAStackTrace(
      @ForAll("mutations") Mutation mutation, @ForAll boolean skipInvalid) throws IOException {
    String text = VALID.get(mutation.file());
    String mutated = mutation.apply(text);
    Path file = dir.resolve("inventory" + EXTENSIONS.get(mutation.file()));
    Files.writeString(file, mutated, StandardCharsets.UTF_8);

    assertEndsCleanly(file, skipInvalid);
  }

  @Property(tries = 200)
  void randomBytesNeverEndInAStackTrace(
      @ForAll byte[] bytes, @ForAll("extensions") String extension, @ForAll boolean skipInvalid)
      throws IOException {
    Path file = dir.resolve("random" + extension);
    Files.write(file, bytes);

    assertEndsCleanly(file, skipInvalid);
  }

  private static void assertEndsCleanly(Path file, boolean skipInvalid) {
    List<String> args =
        skipInvalid
            ? List.of("plan", "--inventory", file.toString(), "--skip-invalid")
            : List.of("plan", "--inventory", file.toString());
    Run run = Run.of(args.toArray(new String[0])).assertNoInternalError(args);

    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    if (run.exitCode() == 2 || run.exitCode() == 4) {
      assertThat(run.errLines()).hasSize(1);
      assertThat(run.out()).isEmpty();
    }
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of(".csv", ".json", ".yaml", ".xlsx", ".txt");
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(
            Arbitraries.integers().between(0, VALID.size() - 1),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.of(Edit.values()),
            Arbitraries.strings()
                .withChars(",;\"'\n:-.[]{}#\t ")
                .withCharRange('0', '9')
                .withCharRange('a', 'z')
                .ofMaxLength(6))
        .as(Mutation::new);
  }

  enum Edit {
    DELETE,
    INSERT,
    REPLACE,
    TRUNCATE,
    DUPLICATE_LINE
  }

  record Mutation(int file, int position, Edit edit, String text) {
    String apply(String s) {
      int at = position % (s.length() + 1);
      return switch (edit) {
        case DELETE ->
            s.substring(0, at) + s.substring(Math.min(s.length(), at + text.length() + 1));
        case INSERT -> s.substring(0, at) + text + s.substring(at);
        case REPLACE ->
            s.substring(0, at) + text + s.substring(Math.min(s.length(), at + text.length()));
        case TRUNCATE -> s.substring(0, at);
        case DUPLICATE_LINE -> {
          List<String> lines = s.lines().toList();
          String line = lines.get(position % lines.size());
          yield s + line + "\n";
        }
      };
    }
  }
}
