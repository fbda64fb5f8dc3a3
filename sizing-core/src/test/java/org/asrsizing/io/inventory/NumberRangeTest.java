package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers too large to mean anything are input errors that name the file, line and column and the
 * largest number accepted, in every inventory format; never an internal error.
 */
class NumberRangeTest {

  private static final String DIGITS_400 = "1" + "0".repeat(400);

  @TempDir Path dir;

  @Test
  void aChurnWithFourHundredDigitsIsTooLarge() throws IOException {
    Path file = write("machines.csv", "name,churn\na," + DIGITS_400 + "GB\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InventoryException.class)
        .hasMessageStartingWith("inventory " + file + " line 2 column churn: '1000")
        .hasMessageEndingWith("' is larger than 10^15, the largest number accepted");
  }

  @Test
  void aTerabyteChurnJustBelowTheLargestNumberIsTooLargeOnceInGiB() throws IOException {
    Path file = write("machines.csv", "name,churn\na,999999999999999TB\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InventoryException.class)
        .hasMessageEndingWith(
            "'999999999999999TB' is larger than 10^15, the largest number accepted");
    assertThat(read(write("ok.csv", "name,churn\na,999999999999GB\n")).machines()).hasSize(1);
  }

  @Test
  void aJsonNumberBeyondDoubleRangeIsTooLarge() throws IOException {
    Path file = write("machines.json", "{\"machines\":[{\"name\":\"a\",\"churn\":1e400}]}");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InventoryException.class)
        .hasMessage(
            "inventory "
                + file
                + " line 1 column churn: the number is larger than 10^15, the largest number"
                + " accepted");
  }

  @Test
  void aYamlNumberBeyondDoubleRangeIsTooLarge() throws IOException {
    Path file = write("machines.yaml", "machines:\n  - name: a\n    churn: 1e400\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining(" column churn: ")
        .hasMessageEndingWith("larger than 10^15, the largest number accepted");
  }

  @Test
  void aProfiledWriteRateThatOverflowsADailyChurnIsTooLarge() throws IOException {
    Path file =
        write(
            "writes.csv",
            "name,timestamp,writeMBps\nweb01,2024-05-01T04:00:00Z,1"
                + "0".repeat(305)
                + "\nweb01,2024-05-01T15:00:00Z,16\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("line 2 column writeMBps: ")
        .hasMessageEndingWith("is larger than 10^15, the largest number accepted");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static Inventory read(Path file) {
    return Inventories.read(file, null, ReadOptions.defaults());
  }
}
