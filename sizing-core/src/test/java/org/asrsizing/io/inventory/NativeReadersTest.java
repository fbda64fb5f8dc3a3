package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.asrsizing.model.Machine;
import org.asrsizing.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NativeReadersTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "native/machines.csv",
        "native/machines.json",
        "native/machines-wrapped.json",
        "native/machines.yaml"
      })
  void theGoldenNativeFilesReadAsTheSameMachines(String file) {
    Inventory inventory = Golden.read(file);

    assertThat(inventory.machines()).containsExactlyElementsOf(Golden.NATIVE);
    assertThat(inventory.skipped()).isEmpty();
    assertThat(inventory.excluded()).isEmpty();
  }

  @Test
  void theFormatIsDetectedFromTheExtensionAndTheHeader() {
    assertThat(Inventories.detect(Golden.file("native/machines.csv")))
        .isEqualTo(InventoryFormat.NATIVE_CSV);
    assertThat(Inventories.detect(Golden.file("native/machines.json")))
        .isEqualTo(InventoryFormat.NATIVE_JSON);
    assertThat(Inventories.detect(Golden.file("native/machines.yaml")))
        .isEqualTo(InventoryFormat.NATIVE_YAML);
  }

  @Test
  void churnWithAUnitIsReadInBinaryUnitsAndBareNumbersAreGiBPerDay() {
    Inventory inventory = Golden.read("native/machines-units.csv");

    assertThat(inventory.machines())
        .extracting(Machine::churnGiBPerDay)
        .containsExactly(250.0, 1536.0, 300.0, 512.0, 2048.0, 100.0);
  }

  @Test
  void aBadNumberNamesTheFileLineColumnAndWhatWasExpected() throws IOException {
    Path file = csv("name,churnGiBPerDay", "a,1", "b,2", "c,abc");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InventoryException.class)
        .hasMessage(
            "inventory "
                + file
                + " line 4 column churnGiBPerDay: 'abc' is not a number of GiB/day");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1,5 | '1,5' uses a comma; write the decimal point as a dot, or read the file with decimal commas",
        "-3 | '-3' is negative; expected 0 or more GiB/day",
        "1e3 | '1e3' is not a number of GiB/day",
        "NaN | 'NaN' is not a number of GiB/day",
        "1 000 | '1 000' is not a number of GiB/day"
      })
  void numbersAreReadWithADotInEveryLocale(String value, String problem) throws IOException {
    Path file = csv("name,churnGiBPerDay", "a,\"" + value + "\"");
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      assertThatThrownBy(() -> read(file))
          .hasMessage("inventory " + file + " line 2 column churnGiBPerDay: " + problem);
      assertThat(read(csv("name,churnGiBPerDay", "a,1.5")).machines().get(0).churnGiBPerDay())
          .isEqualTo(1.5);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aP95ChurnColumnIsReadForTheSimulations() throws IOException {
    Path file = csv("name,churnGiBPerDay,churnP95GiBPerDay", "a,100,180", "b,50,");

    assertThat(read(file).machines())
        .extracting(Machine::churnP95GiBPerDay)
        .containsExactly(180.0, null);
  }

  @Test
  void aDuplicateNameNamesBothLines() throws IOException {
    Path file = csv("name,churnGiBPerDay", "a,1", "b,2", "", "a,3");

    assertThatThrownBy(() -> read(file))
        .hasMessage(
            "inventory "
                + file
                + " line 5: machine name a appears twice (lines 2 and 5); names must be unique");
  }

  @Test
  void skipInvalidGoesOnAndListsEverySkippedRowWithItsReason() throws IOException {
    Path file = csv("name,churnGiBPerDay,disks", "a,1,", ",2,", "c,x,", "d,4,-1", "a,5,", "f,6,2");

    Inventory inventory =
        Inventories.read(file, null, ReadOptions.defaults().withSkipInvalid(true));

    assertThat(inventory.machines()).extracting(Machine::name).containsExactly("a", "f");
    assertThat(inventory.skipped())
        .extracting(LeftOut::location, LeftOut::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                file + " line 3", "name: is empty; expected a machine name"),
            org.assertj.core.groups.Tuple.tuple(
                file + " line 4", "churnGiBPerDay: 'x' is not a number of GiB/day"),
            org.assertj.core.groups.Tuple.tuple(
                file + " line 5", "disks: '-1' is negative; expected 0 or more data disks"),
            org.assertj.core.groups.Tuple.tuple(
                file + " line 6",
                "machine name a appears twice (lines 2 and 6); names must be unique"));
    assertThat(inventory.findings()).filteredOn(f -> f.is(Rule.INVENTORY_SKIPPED)).hasSize(4);
    assertThat(inventory.findings().get(0).message())
        .isEqualTo(
            "read 2 machines from "
                + file
                + " (native-csv); 4 invalid rows skipped, 0 machines left out");
  }

  @Test
  void aMissingColumnNamesTheColumn() throws IOException {
    Path file = csv("host,churnGiBPerDay", "a,1");

    assertThatThrownBy(
            () -> Inventories.read(file, InventoryFormat.NATIVE_CSV, ReadOptions.defaults()))
        .hasMessage(
            "inventory "
                + file
                + ": the header has no column name, which the native-csv format needs");
  }

  @Test
  void aRowWithMoreValuesThanColumnsIsInvalid() throws IOException {
    Path file = csv("name,churnGiBPerDay", "a,1,7");

    assertThatThrownBy(() -> read(file))
        .hasMessage("inventory " + file + " line 2: has 3 values but the header has 2 columns");
  }

  @Test
  void anUnknownColumnIsReportedAsNotUsed() throws IOException {
    Path file = csv("name,churnGiBPerDay,owner", "a,1,alice");

    assertThat(read(file).assumptions())
        .first()
        .isEqualTo("the field owner is not a native inventory field and was not used");
  }

  @Test
  void aJsonSyntaxErrorNamesTheLine() throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(
        file, "[\n {\"name\": \"a\", \"churnGiBPerDay\": 1},\n {\"name\": \"b\",, }\n]");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InventoryException.class)
        .hasMessageStartingWith("inventory " + file + " line 3: ");
  }

  @Test
  void aJsonFieldWithAWrongValueNamesTheObjectsLineAndTheField() throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(
        file,
        "[\n {\"name\": \"a\", \"churnGiBPerDay\": 1},\n {\"name\": \"b\", \"churn\": \"lots\"}\n]");

    assertThatThrownBy(() -> read(file))
        .hasMessageStartingWith(
            "inventory " + file + " line 3 column churn: 'lots' is not a daily churn");
  }

  @Test
  void aYamlDuplicateNamesBothLines() throws IOException {
    Path file = dir.resolve("m.yaml");
    Files.writeString(
        file,
        "- name: a\n  churnGiBPerDay: 1\n- name: b\n  churnGiBPerDay: 2\n- name: a\n  churn: 1TB\n");

    assertThatThrownBy(() -> read(file))
        .hasMessage(
            "inventory "
                + file
                + " line 5: machine name a appears twice (lines 1 and 5); names must be unique");
  }

  @Test
  void anEmptyInventoryHasNoWorkload() throws IOException {
    Path file = csv("name,churnGiBPerDay");

    assertThatThrownBy(() -> read(file).workload())
        .hasMessage("inventory " + file + " has no machine to plan");
  }

  private Inventory read(Path file) {
    return Inventories.read(file, null, ReadOptions.defaults());
  }

  private Path csv(String... lines) throws IOException {
    Path file = dir.resolve("machines.csv");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
