package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
  void aSavedDeploymentIsNotWrittenToAFileNamedDash() {
    Run run =
        Run.of(
            "rebalance",
            "--deployment",
            "../docs/examples/operate/plan.json",
            "--save-deployment",
            "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "sizing: invalid value for option '--save-deployment': '-' is not a file: standard"
                + " output carries the command's own output");
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void aRunbookIsNotWrittenIntoAFolderNamedDash() {
    Run run = Run.of("runbook", "--example", "--output-dir", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "sizing: invalid value for option '--output-dir': '-' is not a folder: give the name"
                + " of the folder to write");
    assertThat(Path.of("-")).doesNotExist();
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

  /**
   * A named pipe (as {@code /dev/null}, {@code /dev/stdout} or a device would be) is written into:
   * renaming a file over it would replace the pipe or device itself, which as root destroys {@code
   * /dev/null} for the whole machine.
   */
  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aPipeIsWrittenIntoAndStaysAPipe(@TempDir Path dir) throws Exception {
    Path pipe = NamedPipes.make(dir.resolve("plan.pipe"));
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(pipe);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });

    Run run = Run.of("plan", "--example", "--output", pipe.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read.get(60, TimeUnit.SECONDS)).startsWith("ASR sizing plan");
    assertThat(Files.readAttributes(pipe, BasicFileAttributes.class).isOther()).isTrue();
    assertThat(files(dir)).isEqualTo(1);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aSecretIsNotWrittenIntoAPipe(@TempDir Path dir) throws Exception {
    Path pipe = NamedPipes.make(dir.resolve("proxy.pipe"));

    assertThatThrownBy(() -> OutputFiles.write(pipe, new byte[] {1}, true))
        .isInstanceOf(OutputFiles.WriteFailure.class)
        .hasMessage("it is not a regular file, and a file with a secret is written only as one");
    assertThat(Files.readAttributes(pipe, BasicFileAttributes.class).isOther()).isTrue();
  }

  @Test
  void aLinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws Exception {
    Path real = Files.createDirectories(dir.resolve("reports")).resolve("plan.txt");
    Files.writeString(real, "before");
    Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), real);

    Run run = Run.of("plan", "--example", "--output", link.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("ASR sizing plan");
    assertThat(files(real.getParent())).isEqualTo(1);
  }

  /** A new file gets the permissions any new file gets (the umask's), not owner-only. */
  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aNewFileHasTheUsualPermissionsAndAReplacedOneKeepsItsOwn(@TempDir Path dir)
      throws Exception {
    Path usual = Files.createFile(dir.resolve("usual"));
    Path out = dir.resolve("plan.txt");

    assertThat(Run.of("plan", "--example", "--output", out.toString()).exitCode()).isZero();
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(usual));

    Set<PosixFilePermission> groupToo = PosixFilePermissions.fromString("rw-rw----");
    Files.setPosixFilePermissions(out, groupToo);
    assertThat(Run.of("plan", "--example", "--output", out.toString()).exitCode()).isZero();
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(groupToo);
  }

  /** A private file being replaced is never readable by others, not even while it is written. */
  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aPrivateFileIsPrivateWhileItIsReplaced(@TempDir Path dir) throws Exception {
    Path out = Files.writeString(dir.resolve("plan.json"), "before");
    Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
    Files.setPosixFilePermissions(out, ownerOnly);
    List<Set<PosixFilePermission>> whileWritten = new ArrayList<>();

    OutputFiles.write(
        out,
        stream -> {
          try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".part")).toList()) {
              whileWritten.add(Files.getPosixFilePermissions(p));
            }
          }
          stream.write("after".getBytes(StandardCharsets.UTF_8));
        },
        false);

    assertThat(whileWritten).containsExactly(ownerOnly);
    assertThat(Files.readString(out)).isEqualTo("after");
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(ownerOnly);
  }
}
