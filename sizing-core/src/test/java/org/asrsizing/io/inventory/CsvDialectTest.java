package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.model.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV inventories as European locales export them: semicolons between cells, decimal commas. */
class CsvDialectTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aSemicolonFileIsReadWithDecimalCommasAndSaysSo() throws IOException {
    Path file = write("m.csv", "name;churnGiBPerDay;site\nweb01;120,5;paris\ndb01;80;paris\n");

    Inventory inv = Inventories.read(file, null, ReadOptions.defaults());

    assertThat(inv.machines()).extracting(Machine::churnGiBPerDay).containsExactly(120.5, 80.0);
    assertThat(inv.assumptions())
        .contains("read with cells separated by semicolons, decimals with a comma");
  }

  @Test
  void aPointInADecimalCommaFileIsAnErrorNamingLineAndColumnNeverAnotherNumber()
      throws IOException {
    Path file = write("m.csv", "name;churnGiBPerDay\nweb01;1.500\n");

    assertThatThrownBy(() -> Inventories.read(file, null, ReadOptions.defaults()))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("line 2 column churnGiBPerDay")
        .hasMessageContaining("'1.500' has a point");
  }

  @Test
  void aCommaInACommaSeparatedFileStaysAnErrorUnlessDecimalCommasAreAskedFor() throws IOException {
    Path file = write("m.csv", "name\tchurnGiBPerDay\nweb01\t\"1,5\"\n");

    assertThatThrownBy(() -> Inventories.read(file, null, ReadOptions.defaults()))
        .hasMessageContaining("line 2 column churnGiBPerDay")
        .hasMessageContaining("uses a comma");
    Inventory inv = Inventories.read(file, null, ReadOptions.defaults().withCsv(null, true));
    assertThat(inv.machines().get(0).churnGiBPerDay()).isEqualTo(1.5);
    assertThat(inv.assumptions())
        .contains("read with cells separated by tabs, decimals with a comma");
  }

  @Test
  void aGivenDelimiterWinsOverTheHeadersGuess() throws IOException {
    // a header with more commas inside names than semicolons between them
    Path file = write("m.csv", "name;churnGiBPerDay\n\"a,b,c\";10\n");

    Inventory guessed = Inventories.read(file, null, ReadOptions.defaults());
    Inventory given = Inventories.read(file, null, ReadOptions.defaults().withCsv(';', false));

    assertThat(guessed.machines()).extracting(Machine::name).containsExactly("a,b,c");
    assertThat(given.machines()).extracting(Machine::name).containsExactly("a,b,c");
  }

  @Test
  void profilesAndAzureMigrateExportsReadTheSameDialect() throws IOException {
    Path profile =
        write(
            "w.csv",
            "name;timestamp;writeMBps\na;2024-05-01T00:00:00;1,5\na;2024-05-01T01:00:00;1,5\n");

    Inventory inv = Inventories.read(profile, null, ReadOptions.defaults());

    assertThat(inv.format()).isEqualTo(InventoryFormat.PROFILE);
    assertThat(inv.machines().get(0).peakChurnMBps()).isEqualTo(1.5);
  }

  @Test
  void theUsualFileSaysNothingAboutItsDialect() throws IOException {
    Path file = write("m.csv", "name,churnGiBPerDay\nweb01,1.5\n");

    Inventory inv = Inventories.read(file, null, ReadOptions.defaults());

    assertThat(inv.machines().get(0).churnGiBPerDay()).isEqualTo(1.5);
    assertThat(inv.assumptions()).noneMatch(a -> a.startsWith("read with"));
  }
}
