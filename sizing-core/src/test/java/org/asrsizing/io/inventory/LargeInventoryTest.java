package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.asrsizing.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000,000-row native CSV is read, and made a workload, within a 512 MB heap: the reader streams
 * rows and keeps only the machines. Runs in a child JVM started with {@code -Xmx512m}.
 */
class LargeInventoryTest {

  static final int ROWS = 1_000_000;

  @TempDir Path dir;

  @Test
  void aMillionRowInventoryIsReadWithA512MbHeap() throws Exception {
    Path file = generate(dir.resolve("million.csv"), ROWS);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ReadOne.class.getName(),
                    file.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).startsWith("machines=" + ROWS + " ");
  }

  static Path generate(Path file, int rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("name,churnGiBPerDay,disks,site\n");
      for (int i = 1; i <= rows; i++) {
        w.write("vm-" + i + "," + (i % 400) + "." + (i % 10) + "," + (i % 5) + ",site-" + (i % 7));
        w.write('\n');
      }
    }
    return file;
  }

  /** The child JVM: reads the file, makes the workload, prints the count and the time taken. */
  static final class ReadOne {
    public static void main(String[] args) {
      long start = System.nanoTime();
      Inventory inventory = Inventories.read(Path.of(args[0]), null, ReadOptions.defaults());
      Workload workload = inventory.workload();
      long ms = (System.nanoTime() - start) / 1_000_000;
      Runtime rt = Runtime.getRuntime();
      System.out.println(
          "machines="
              + workload.machineCount()
              + " ms="
              + ms
              + " usedMiB="
              + (rt.totalMemory() - rt.freeMemory()) / (1 << 20)
              + " maxMiB="
              + rt.maxMemory() / (1 << 20));
    }
  }
}
