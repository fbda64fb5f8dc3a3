package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the command line writes is complete or not there; nothing else is left behind. */
class AtomicOutputTest {

  private static long files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void anExistingFileIsReplacedWholeAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("plan.txt");
    Files.writeString(out, "x".repeat(100_000));

    Run run = Run.of("plan", "--example", "--output", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).startsWith("ASR sizing plan").doesNotContain("xxx");
    assertThat(files(dir)).isEqualTo(1);
  }

  @Test
  void aFailedWriteLeavesTheExistingFileAsItWas(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("plan.txt");
    Files.writeString(out, "before");

    // The target is a file, so a path under it has no folder: nothing is written anywhere.
    Run run = Run.of("plan", "--example", "--output", out.resolve("x.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("its folder does not exist").doesNotContain("Exception");
    assertThat(Files.readString(out)).isEqualTo("before");
    assertThat(files(dir)).isEqualTo(1);
  }

  @Test
  void savingADeploymentIntoAMissingFolderIsOneSentenceWithoutAJavaName(@TempDir Path dir) {
    Path save = dir.resolve("no/such/folder/d.json");

    Run run =
        Run.of(
            "whatif",
            "timeline",
            "--machines",
            "10",
            "--churn",
            "100GiB",
            "--horizon",
            "2",
            "--save-deployment",
            save.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .contains("--save-deployment", "its folder does not exist")
        .doesNotContain("java.", "Exception");
  }

  @Test
  void aFolderIsNotOverwritten(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("plan.txt"));

    Run run = Run.of("plan", "--example", "--output", dir.resolve("plan.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("it is a folder");
    assertThat(Files.isDirectory(dir.resolve("plan.txt"))).isTrue();
  }

  @Test
  void aRunbookOutputFolderThatIsAFileIsOneSentenceAndTheFileIsKept(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("runbook");
    Files.writeString(file, "before");

    Run run = Run.of("runbook", "--example", "--output-dir", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("sizing: cannot write " + file + ": it is a file, not a folder")
        .doesNotContain("java.", "Exception");
    assertThat(Files.readString(file)).isEqualTo("before");
  }

  @Test
  void aRunbookOutputFolderUnderAFileIsOneSentenceNamingThatFile(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "before");
    Path under = file.resolve("runbook");

    Run run = Run.of("runbook", "--example", "--output-dir", under.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("sizing: cannot write " + under + ": " + file + " is a file, not a folder")
        .doesNotContain("java.", "Exception");
    assertThat(files(dir)).isEqualTo(1);
  }

  @Test
  void aSecretFileIsOwnerOnlyFromItsFirstByte(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("proxy.ini");

    OutputFiles.write(secret, "ProxyPassword = \"s3cret\"".getBytes(StandardCharsets.UTF_8), true);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
    assertThat(files(dir)).isEqualTo(1);
    assertThatThrownBy(() -> OutputFiles.write(dir.resolve("none/x"), new byte[] {1}, false))
        .isInstanceOf(OutputFiles.WriteFailure.class)
        .hasMessage("its folder does not exist");
  }
}
