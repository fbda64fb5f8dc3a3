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
    return Markdown.tables(PAGE).stream()
        .map(
            t ->
                DynamicTest.dynamicTest(
                    t.marker(),
                    () -> {
                      RulesReferenceTest.Expected e = RulesReferenceTest.expected(t.marker());
                      assertThat(t.header()).as("header of " + t.marker()).isEqualTo(e.header());
                      assertThat(t.rows())
                          .as("rows of %s; expected table:%n%s", t.marker(), e.markdown())
                          .isEqualTo(e.rows());
                    }));
  }

  @Test
  void thePageShowsBothTablesAndTheCatalogsAgreeOnThem() throws IOException {
    assertThat(Markdown.tables(PAGE))
        .extracting(Markdown.Table::marker)
        .contains("asr-classic operatingSystems", "asr-classic compatibilityDisks");
    // The page shows the classic catalog's table only: both catalogs must carry the same one.
    assertThat(CatalogLoader.builtIn("asr-modernized").compatibility())
        .isEqualTo(CatalogLoader.builtIn("asr-classic").compatibility());
  }
}
