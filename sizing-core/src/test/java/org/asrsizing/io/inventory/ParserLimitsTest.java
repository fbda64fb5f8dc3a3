package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parsers' own limits: none below what a large estate needs (a YAML inventory is not capped at
 * the YAML library's 3 MiB), and those that guard memory (a 20,000,000-character value, a
 * 1,000-digit number, 1,000 levels of nesting) said in a sentence, not in the library's words.
 */
class ParserLimitsTest {

  @TempDir Path dir;

  @Test
  void aYamlInventoryOfAHundredThousandMachinesIsRead() throws IOException {
    Path file = dir.resolve("machines.yaml");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("machines:\n");
      for (int i = 0; i < 100_000; i++) {
        w.write("  - name: vm-" + i + "\n    churnGiBPerDay: " + (i % 50) + ".5\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(4L << 20);

    Inventory inventory = Inventories.read(file, null, ReadOptions.defaults());

    assertThat(inventory.machines()).hasSize(100_000);
    assertThat(inventory.machines().get(99_999).name()).isEqualTo("vm-99999");
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "m.json|{\"machines\":[{\"name\":\"a\",\"churnGiBPerDay\":1DIGITS}]}"
            + "|a number of 1001 digits is longer than the 1000 accepted",
        "m.json|{\"machines\":[{\"name\":\"a\",\"churnGiBPerDay\":1,\"x\":NEST}]}"
            + "|the document nests more than the 1000 levels accepted",
        "m.csv|name,churnGiBPerDay\\na,1DIGITS\\n|larger than 10^15, the largest number accepted",
        "m.yaml|machines:\\n  - name: a\\n    churnGiBPerDay: 1\\n    x: NEST\\n"
            + "|the document nests more than the 1000 levels accepted",
      })
  void aValueBeyondAParserLimitIsASentence(String name, String text, String expected)
      throws IOException {
    Path file = dir.resolve(name);
    String nest = "[".repeat(1_100) + "]".repeat(1_100);
    Files.writeString(
        file, text.replace("DIGITS", "0".repeat(1_000)).replace("NEST", nest).replace("\\n", "\n"));

    assertThatThrownBy(() -> Inventories.read(file, null, ReadOptions.defaults()))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining(expected)
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("`", "StreamReadConstraints", "from an object"));
  }

  @Test
  void aTextValueBeyondTwentyMillionCharactersIsASentence() throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(
        file,
        "{\"machines\":[{\"name\":\"" + "a".repeat(20_000_001) + "\",\"churnGiBPerDay\":1}]}");

    assertThatThrownBy(() -> Inventories.read(file, null, ReadOptions.defaults()))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("a text value longer than the 20000000 characters accepted")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("`", "StreamReadConstraints"));
  }

  /**
   * A line of millions of characters without a space would take the YAML library minutes (it copies
   * its window again for every 1,024 more); it is refused once the line passes 1,000,000.
   */
  @Test
  void aYamlLineOfMoreThanAMillionCharactersIsRefusedAtOnce() throws IOException {
    Path file = dir.resolve("m.yaml");
    Files.writeString(
        file, "machines:\n  - name: " + "a".repeat(30_000_000) + "\n    churnGiBPerDay: 1\n");

    assertThatThrownBy(() -> Inventories.read(file, null, ReadOptions.defaults()))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("line 2 is longer than the 1000000 characters a line may have")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("java.", "Exception"));
  }

  @Test
  void aYamlLineOfAMillionCharactersIsRead() throws IOException {
    Path file = dir.resolve("m.yaml");
    String name = "a".repeat(1_000_000 - "  - name: ".length());
    Files.writeString(file, "machines:\n  - name: " + name + "\n    churnGiBPerDay: 1\n");

    assertThat(Inventories.read(file, null, ReadOptions.defaults()).machines().get(0).name())
        .isEqualTo(name);
  }
}
