package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asrsizing.model.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamInventoryTest {

  private static final String STDIN = "standard input";
  private static final Path RVTOOLS =
      Path.of("src/test/resources/org/asrsizing/io/inventory/rvtools/mib");

  @TempDir Path dir;

  private static Inventory read(String text, InventoryFormat format) {
    return read(text.getBytes(StandardCharsets.UTF_8), format);
  }

  private static Inventory read(byte[] bytes, InventoryFormat format) {
    return Inventories.read(new ByteArrayInputStream(bytes), STDIN, format, ReadOptions.defaults());
  }

  private static List<String> names(Inventory inventory) {
    return inventory.machines().stream().map(Machine::name).toList();
  }

  @Test
  void aCsvIsToldByItsHeaderAndNamedAsGiven() {
    Inventory inventory = read("name,churn\nweb01,120GB\nweb02,80\n", null);

    assertThat(inventory.format()).isEqualTo(InventoryFormat.NATIVE_CSV);
    assertThat(inventory.source()).isEqualTo(STDIN);
    assertThat(names(inventory)).containsExactly("web01", "web02");
  }

  @Test
  void jsonAndYamlAreToldByTheirFirstLine() {
    Inventory json = read("[{\"name\": \"a\", \"churnGiBPerDay\": 10}]", null);
    Inventory yaml = read("# exported\nmachines:\n  - name: b\n    churnGiBPerDay: 5\n", null);
    Inventory list = read("- name: c\n  churnGiBPerDay: 5\n", null);

    assertThat(json.format()).isEqualTo(InventoryFormat.NATIVE_JSON);
    assertThat(names(json)).containsExactly("a");
    assertThat(yaml.format()).isEqualTo(InventoryFormat.NATIVE_YAML);
    assertThat(names(yaml)).containsExactly("b");
    assertThat(list.format()).isEqualTo(InventoryFormat.NATIVE_YAML);
  }

  @Test
  void anXlsxWorkbookIsToldByItsZipSignature() throws IOException {
    Path xlsx =
        XlsxFromCsv.write(RVTOOLS, dir.resolve("rv.xlsx"), List.of("vInfo", "vDisk", "vPartition"));

    Inventory fromStream = read(Files.readAllBytes(xlsx), null);

    assertThat(fromStream.format()).isEqualTo(InventoryFormat.RVTOOLS);
    assertThat(fromStream.machines())
        .isEqualTo(Inventories.read(xlsx, null, ReadOptions.defaults()).machines());
  }

  @Test
  void anRvToolsVinfoSheetIsReadAloneWithoutItsSiblings() throws IOException {
    String vInfo = Files.readString(RVTOOLS.resolve("RVTools_tabvInfo.csv"));

    Inventory inventory = read(vInfo, null);

    assertThat(inventory.format()).isEqualTo(InventoryFormat.RVTOOLS_CSV);
    assertThat(inventory.machines()).isNotEmpty();
  }

  @Test
  void aGivenFormatIsUsedAsItIs() {
    assertThatThrownBy(() -> read("name,churn\nweb01,1\n", InventoryFormat.NATIVE_JSON))
        .isInstanceOf(InventoryException.class)
        .hasMessageStartingWith("inventory standard input");
  }

  @Test
  void anErrorNamesTheStreamAndItsLine() {
    assertThatThrownBy(() -> read("name,churn\nweb01,lots\n", null))
        .isInstanceOf(InventoryException.class)
        .hasMessageStartingWith("inventory standard input line 2");
  }

  @Test
  void nothingToReadIsSaidSoNotThatAFileIsEmpty() {
    assertThatThrownBy(() -> read(new byte[0], null))
        .isInstanceOf(InventoryException.class)
        .hasMessage("inventory standard input is empty: nothing was read from it");
  }

  @Test
  void contentThatNoFormatFitsIsRefusedWithTheFormats() {
    assertThatThrownBy(() -> read("host,cpu\nx,1\n", null))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("standard input")
        .hasMessageContaining("native-csv");
  }

  @Test
  void theStreamIsReadToItsEndAndNotClosed() throws IOException {
    InputStream in = new ByteArrayInputStream("name,churn\na,1\n".getBytes(StandardCharsets.UTF_8));

    Inventories.read(in, STDIN, null, ReadOptions.defaults());

    assertThat(in.read()).isEqualTo(-1);
  }

  /**
   * A stream that never ends ({@code /dev/zero}, {@code yes |}) used to be copied to a temporary
   * file until the disk was full; it is read up to the stream limit and refused there, and the
   * temporary copy is gone.
   */
  @Test
  void aStreamThatNeverEndsIsRefusedAtTheLimitAndLeavesNoCopy() throws IOException {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'a';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            return len;
          }
        };
    long before = temporaryCopies();

    assertThatThrownBy(
            () -> Inventories.read(endless, STDIN, null, ReadOptions.defaults(), 1 << 20))
        .isInstanceOf(InventoryException.class)
        .hasMessage(
            "inventory standard input is larger than the 1 MiB read from a stream; save it to a"
                + " file and give the file's name");
    assertThat(temporaryCopies()).isEqualTo(before);
  }

  @Test
  void aStreamOfExactlyTheLimitIsRead() {
    byte[] bytes = "name,churn\na,1\n".getBytes(StandardCharsets.UTF_8);

    Inventory inventory =
        Inventories.read(
            new ByteArrayInputStream(bytes), STDIN, null, ReadOptions.defaults(), bytes.length);

    assertThat(inventory.machines()).extracting(Machine::name).containsExactly("a");
  }

  private static long temporaryCopies() throws IOException {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("sizing-inventory")).count();
    }
  }
}
