package org.asrsizing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.junit.jupiter.api.Test;

/** The worked user catalog of docs/catalog-format.md loads, and the page shows it as it is. */
class CatalogFormatTest {

  private static final Path EXAMPLE = Markdown.root().resolve("docs/examples/custom-catalog.yaml");

  @Test
  void theWorkedUserCatalogLoads() {
    Catalog catalog = CatalogLoader.fromFile(EXAMPLE);

    assertThat(catalog.id()).isEqualTo("contoso-classic");
    assertThat(catalog.processServerTiers()).isNotEmpty();
  }

  @Test
  void theCatalogFormatPageShowsTheWorkedCatalogVerbatim() throws IOException {
    List<String> file = Files.readAllLines(EXAMPLE);

    assertThat(Markdown.blocks(Markdown.root().resolve("docs/catalog-format.md")))
        .filteredOn(b -> b.info().equals("yaml"))
        .anySatisfy(b -> assertThat(b.lines()).isEqualTo(file));
  }
}
