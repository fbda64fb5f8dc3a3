package org.asrsizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asrsizing.model.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredFileTest {

  record Box(String name, int size, List<Item> items) {}

  record Item(String label) {}

  @TempDir Path dir;

  private Box read(String fileName, String text) throws IOException {
    Path file = dir.resolve(fileName);
    Files.writeString(file, text);
    return box(file).read(file, Box.class);
  }

  private static StructuredFile box(Path file) {
    StructuredFile.Syntax syntax = StructuredFile.Syntax.of(file, StructuredFile.Syntax.JSON);
    return new StructuredFile(
        "box file " + file,
        syntax,
        syntax.mapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(),
        StructuredFile.STANDARD,
        InputFileException::new);
  }

  @Test
  void readsJsonAndYamlByTheFileName() throws IOException {
    Box json = read("b.json", "{\"name\": \"a\", \"size\": 2, \"items\": [{\"label\": \"x\"}]}");
    Box yaml = read("b.yml", "name: a\nsize: 2\nitems:\n  - label: x\n");

    assertThat(yaml).isEqualTo(json).isEqualTo(new Box("a", 2, List.of(new Item("x"))));
  }

  @Test
  void textThatIsNotJsonNamesTheFileLineAndColumn() {
    assertThatThrownBy(() -> read("b.json", "{\n  \"name\": \n}"))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith("box file " + dir.resolve("b.json") + " line 3 column 1")
        .hasMessageContaining(" is not valid JSON: ");
  }

  @Test
  void anUnknownFieldIsNamedWhereItIsWithTheFieldsItsObjectHas() {
    assertThatThrownBy(() -> read("b.yaml", "name: a\nitems:\n  - label: x\n    colour: red\n"))
        .hasMessage(
            "box file "
                + dir.resolve("b.yaml")
                + " line 4 column 5: unknown field 'colour' in items[0]; expected one of label");
  }

  @Test
  void aValueOfTheWrongTypeNamesTheFieldTheValueAndWhatWasExpected() {
    assertThatThrownBy(() -> read("b.yaml", "name: a\nsize: big\n"))
        .hasMessage(
            "box file "
                + dir.resolve("b.yaml")
                + " line 2 column 7: field 'size' has the value 'big'; expected a whole number");
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("none.json");
    assertThatThrownBy(() -> box(file).read(file, Box.class))
        .hasMessage("box file " + file + " does not exist");
  }
}
