package org.asrsizing.format;

import java.io.IOException;
import java.util.stream.Stream;
import org.asrsizing.io.CatalogLoader;
import org.asrsizing.model.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format of a few small plans, compared with the committed golden files. Refresh them
 * after a deliberate change with {@code mvn test -pl sizing-core -Dgolden.update=true}.
 */
class PlanWritersGoldenTest {

  static Stream<Arguments> textOutputs() {
    return Stream.of(
        Arguments.of("small", SamplePlans.small()),
        Arguments.of("mixed", SamplePlans.mixed()),
        Arguments.of("scale-out", SamplePlans.scaleOut()),
        Arguments.of("grown", SamplePlans.grownWithHeadroom()));
  }

  static Stream<Arguments> summaryOutputs() {
    return Stream.concat(
        textOutputs(), Stream.of(Arguments.of("alternative", SamplePlans.withAlternative())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("summaryOutputs")
  void theTableMatchesItsGoldenFile(String name, Plan plan) throws IOException {
    Golden.assertMatches(name + ".txt", PlanTableWriter.toText(plan, withCatalog(plan)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("summaryOutputs")
  void theMarkdownMatchesItsGoldenFile(String name, Plan plan) throws IOException {
    Golden.assertMatches(name + ".md", PlanMarkdownWriter.toMarkdown(plan, withCatalog(plan)));
  }

  /** The plan's own catalog, as the command line passes it. */
  private static PlanReportOptions withCatalog(Plan plan) {
    return new PlanReportOptions(CatalogLoader.builtIn(plan.assumptions().catalogId()), false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textOutputs")
  void theJsonMatchesItsGoldenFile(String name, Plan plan) throws IOException {
    Golden.assertMatches(name + ".json", PlanJsonWriter.toJson(plan));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textOutputs")
  void theCsvMatchesItsGoldenFile(String name, Plan plan) throws IOException {
    Golden.assertMatches(name + ".csv", PlanCsvWriter.toCsv(plan));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textOutputs")
  void theWorkbookReadsBackAsItsGoldenFile(String name, Plan plan) throws IOException {
    Golden.assertMatches(
        name + ".xlsx.txt",
        XlsxDump.of(
            PlanXlsxWriter.toBytes(plan, WorkbookCover.none(), withCatalog(plan).catalog())));
  }
}
