package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.model.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader changes or cannot read is said: no machine is dropped or renamed in silence. */
class NothingLostTest {

  @TempDir Path dir;

  @Test
  void aSecondYamlDocumentIsRefusedNotDropped() throws IOException {
    Path file =
        write(
            "machines.yaml",
            "machines:\n  - name: a\n    churn: 10\n---\nmachines:\n  - name: b\n    churn: 10\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InventoryException.class)
        .hasMessage(
            "inventory "
                + file
                + " line 5: a second document starts here; give every machine in the one list of"
                + " the first");
  }

  @Test
  void moreJsonAfterTheMachinesIsRefused() throws IOException {
    Path file =
        write("machines.json", "[{\"name\":\"a\",\"churn\":1}] [{\"name\":\"b\",\"churn\":1}]");

    assertThatThrownBy(() -> read(file)).hasMessageContaining("a second document starts here");
  }

  @Test
  void anEmptyClosingYamlDocumentAndFieldsAfterTheMachinesAreFine() throws IOException {
    Path file = write("machines.yaml", "machines:\n  - name: a\n    churn: 10\nowner: it\n---\n");

    assertThat(read(file).machines()).extracting(Machine::name).containsExactly("a");
  }

  @Test
  void namesWithSpacesAroundThemAreReadWithoutAndSaidOnce() throws IOException {
    Path file = write("machines.csv", "name,churn\n\" a \",10\nb ,20\nc,5\n");

    Inventory inventory = read(file);

    assertThat(inventory.machines()).extracting(Machine::name).containsExactly("a", "b", "c");
    assertThat(inventory.warnings())
        .containsExactly(
            "2 machine names have spaces before or after them, which were removed: ' a ' ("
                + file
                + " line 2), 'b ' ("
                + file
                + " line 3)");
  }

  @Test
  void aPaddedNameInJsonIsSaidToo() throws IOException {
    Path file = write("machines.json", "[{\"name\":\"web01 \",\"churn\":1}]");

    assertThat(read(file).warnings())
        .containsExactly(
            "1 machine name has spaces before or after it, which were removed: 'web01 ' ("
                + file
                + " line 1)");
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
