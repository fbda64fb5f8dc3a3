package org.asrsizing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.asrsizing.io.CatalogLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/compatibility.md shows the catalog's operating system table and disk limits; every table
 * after a {@code <!-- table: CATALOG SECTION -->} marker is rebuilt from the catalog and must
 * match, row for row.
 */
class CompatibilityPageTest {

  private static final Path PAGE = Markdown.root().resolve("docs/compatibility.md");

  @TestFactory
  Stream<DynamicTest> everyTableOfThePageMatchesTheCatalog() throws IOException {
    return RulesReferenceTest.tablesMatchTheCatalog(PAGE);
  }

  @Test
  void thePageShowsBothTablesAndTheCatalogsAgreeOnThem() throws IOException {
    assertThat(Markdown.tables(PAGE))
        .extracting(Markdown.Table::marker)
        .contains("asr-classic operatingSystems", "asr-classic compatibilityDisks");
    // The table shows both architectures' verdicts; everything else they must share.
    var classic = CatalogLoader.builtIn("asr-classic").compatibility();
    var modernized = CatalogLoader.builtIn("asr-modernized").compatibility();
    assertThat(modernized.disks()).isEqualTo(classic.disks());
    assertThat(modernized.operatingSystems())
        .extracting("name", "pattern", "source")
        .isEqualTo(
            classic.operatingSystems().stream()
                .map(o -> org.assertj.core.groups.Tuple.tuple(o.name(), o.pattern(), o.source()))
                .toList());
  }
}
