package org.asrsizing.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release bundle as a user gets it: unpacked with {@code tar} into an empty folder and run with
 * nothing on the path but {@code java}. Runs after {@code package} (failsafe), on the archives the
 * build just made.
 */
class BundleIT {

  private static final String VERSION = System.getProperty("bundle.version");
  private static final Path ZIP = Path.of(System.getProperty("bundle.zip"));
  private static final Path TAR = Path.of(System.getProperty("bundle.tar"));
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir static Path work;
  private static Path home;
  private static Path onlyJava;

  @BeforeAll
  static void unpack() throws Exception {
    Path into = Files.createDirectories(work.resolve("unpacked"));
    Result tar = run(into, Map.of(), "tar", "-xzf", TAR.toString());
    assertThat(tar.exit()).as(tar.err()).isZero();
    home = into.resolve("sizing-" + VERSION);
    onlyJava = Files.createDirectories(work.resolve("only-java"));
    Files.createSymbolicLink(onlyJava.resolve("java"), JAVA);
  }

  @Test
  void theVersionIsARelease() {
    assertThat(VERSION).matches("\\d+\\.\\d+\\.\\d+").doesNotContain("SNAPSHOT");
    assertThat(ZIP.getFileName().toString()).isEqualTo("sizing-" + VERSION + ".zip");
  }

  @Test
  void bothArchivesHoldTheSameFiles() throws IOException {
    List<String> zipped = new ArrayList<>();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
    }
    String root = "sizing-" + VERSION + "/";
    assertThat(zipped)
        .containsExactlyInAnyOrder(
            root + "bin/sizing",
            root + "bin/sizing.cmd",
            root + "lib/sizing.jar",
            root + "completion/sizing_completion",
            root + "README.txt",
            root + "LICENSE",
            root + "NOTICE",
            root + "CHANGELOG.md",
            root + "schemas/catalog.schema.json",
            root + "schemas/deployment.schema.json",
            root + "schemas/inventory-native.schema.json",
            root + "schemas/plan.schema.json",
            root + "schemas/rebalance.schema.json",
            root + "schemas/runbook-servers.schema.json",
            root + "schemas/runbook.schema.json",
            root + "schemas/scenarios.schema.json",
            root + "schemas/whatif-bandwidth.schema.json",
            root + "schemas/whatif-compare.schema.json",
            root + "schemas/whatif-forecast.schema.json",
            root + "schemas/whatif-montecarlo.schema.json",
            root + "schemas/whatif-sweep.schema.json",
            root + "schemas/whatif-timeline.schema.json");
    for (String name : zipped) {
      assertThat(home.resolve(name.substring(root.length()))).isRegularFile();
    }
  }

  @Test
  void theLauncherRunsTheExampleWithOnlyJavaOnThePath() throws Exception {
    Result direct = run(work, Map.of(), JAVA.toString(), "-jar", jar(), "plan", "--example");
    Result bundled =
        run(work, Map.of("PATH", onlyJava.toString()), launcher(), "plan", "--example");
    assertThat(bundled.exit()).as(bundled.err()).isZero();
    assertThat(bundled.out()).startsWith("ASR sizing plan").isEqualTo(direct.out());
    assertThat(bundled.err()).isEmpty();
  }

  @Test
  void theLauncherUsesJavaHomeWhenItIsSet() throws Exception {
    Path empty = Files.createDirectories(work.resolve("empty-path"));
    Result r =
        run(
            work,
            Map.of("PATH", empty.toString(), "JAVA_HOME", JAVA.getParent().getParent().toString()),
            launcher(),
            "--version");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("sizing " + VERSION + "\n").contains("catalogs: asr-classic");
  }

  @Test
  void theLauncherPassesArgumentsUnchangedAndReturnsTheExitCode() throws Exception {
    Path out = work.resolve("a folder with spaces").resolve("plan $1 'x'.json");
    Files.createDirectories(out.getParent());
    Result ok =
        run(
            work,
            Map.of("PATH", onlyJava.toString()),
            launcher(),
            "plan",
            "--example",
            "--format",
            "json",
            "--output",
            out.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(Files.readString(out)).startsWith("{");

    Result usage = run(work, Map.of("PATH", onlyJava.toString()), launcher(), "plan", "--nope");
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(usage.err()).contains("--nope");
  }

  @Test
  void theLauncherIsExecutableInTheTarball() throws IOException {
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/sizing")))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
  }

  @Test
  void theWindowsLauncherFindsJavaPassesArgumentsAndReturnsTheExitCode() throws IOException {
    String cmd;
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      ZipEntry entry = zip.getEntry("sizing-" + VERSION + "/bin/sizing.cmd");
      try (InputStream in = zip.getInputStream(entry)) {
        cmd = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      }
    }
    // cmd.exe needs CRLF line ends; a bare LF breaks labels and multi-line blocks.
    assertThat(cmd.replace("\r\n", "")).doesNotContain("\n");
    assertThat(cmd)
        .contains("if defined JAVA_HOME set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\"")
        .contains("set \"JAVA_EXE=java\"")
        .contains("%~dp0..\\lib\\sizing.jar")
        .contains("-jar \"%SIZING_JAR%\" %*")
        .contains("exit /b %ERRORLEVEL%");
  }

  @Test
  void theCompletionScriptCoversEveryCommand() throws IOException {
    String script = Files.readString(home.resolve("completion/sizing_completion"));
    assertThat(script).contains("complete -F");
    for (String command :
        List.of("plan", "whatif", "rebalance", "drain", "health", "runbook", "tiers")) {
      assertThat(script).contains(command);
    }
  }

  @Test
  void theNoticeListsEveryLibraryTheJarBundles() throws IOException {
    String notice = Files.readString(home.resolve("NOTICE"));
    Map<String, String> bundled = new TreeMap<>();
    try (JarFile jar = new JarFile(home.resolve("lib/sizing.jar").toFile())) {
      for (var e : jar.stream().toList()) {
        if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
          Properties p = new Properties();
          try (InputStream in = jar.getInputStream(e)) {
            p.load(in);
          }
          bundled.put(
              p.getProperty("groupId") + ":" + p.getProperty("artifactId"),
              p.getProperty("version"));
        }
      }
      // picocli's jar carries no Maven metadata; its classes show it is bundled.
      assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
    }
    bundled.keySet().removeIf(ga -> ga.startsWith("org.asrsizing:"));
    assertThat(bundled).hasSizeGreaterThan(10);
    bundled.forEach((ga, version) -> assertThat(notice).contains(ga + ":" + version + " "));
    assertThat(notice).contains("info.picocli:picocli:");
    assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
  }

  @Test
  void theJarShipsTheSameSchemasAsTheBundle() throws IOException {
    try (JarFile jar = new JarFile(home.resolve("lib/sizing.jar").toFile());
        Stream<Path> files = Files.list(home.resolve("schemas"))) {
      for (Path schema : files.toList()) {
        ZipEntry entry = jar.getEntry("org/asrsizing/schemas/" + schema.getFileName());
        assertThat(entry).as("%s in the jar", schema.getFileName()).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
          assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(schema));
        }
      }
    }
  }

  @Test
  void aWorkbookIsWrittenWhereTheTemporaryFolderIsMissing() throws Exception {
    Path dir = Files.createDirectories(work.resolve("no-tmp"));
    Result r =
        run(
            dir,
            Map.of(),
            JAVA.toString(),
            "-Djava.io.tmpdir=" + dir.resolve("missing"),
            "-jar",
            jar(),
            "plan",
            "--example",
            "--format",
            "xlsx",
            "--output",
            "plan.xlsx");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    try (ZipFile zip = new ZipFile(dir.resolve("plan.xlsx").toFile())) {
      assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
    }
  }

  private static String launcher() {
    return home.resolve("bin/sizing").toString();
  }

  private static String jar() {
    return home.resolve("lib/sizing.jar").toString();
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    if (!env.isEmpty()) {
      pb.environment().clear();
      pb.environment().putAll(env);
    }
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
