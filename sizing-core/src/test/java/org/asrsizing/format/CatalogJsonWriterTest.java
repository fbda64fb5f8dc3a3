package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.io.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogJsonWriterTest {

  @Test
  void writesACatalogThatLoadsBackUnchanged(@TempDir Path dir) throws Exception {
    for (String name : CatalogLoader.BUILT_IN) {
      Path file = dir.resolve(name + ".json");
      Files.writeString(file, CatalogJsonWriter.toJson(CatalogLoader.builtIn(name)));

      assertThat(CatalogLoader.fromFile(file)).isEqualTo(CatalogLoader.builtIn(name));
    }
  }

  @Test
  void tableShowsASourceOnEveryTierRow() {
    String text = CatalogTableWriter.toText(CatalogLoader.builtIn("asr-classic"));

    assertThat(text)
        .containsPattern(
            "(?m)^  small +4 +2 x 2 +8 +300 +250 +85  vmware-azure-set-up-process-server-scale\\.md \\(2017\\)$");
  }
}
