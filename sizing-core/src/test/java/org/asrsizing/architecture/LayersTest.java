package org.asrsizing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.asrsizing.model.Finding;
import org.asrsizing.model.Hint;
import org.asrsizing.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * The layers of sizing-core (docs/architecture.md): values, the placement engine, rules, use cases,
 * then formats ({@code format}, every writer) and files ({@code io}, every reader), then the
 * embedder's entry point ({@code api}). Arrows point down only. The values know nothing of how they
 * are read or written: their JSON shape is in {@code format}'s mix-ins.
 */
class LayersTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.asrsizing");

  @Test
  void arrowsPointDownFromTheEntryPointThroughFilesFormatsUseCasesRulesAndTheEngineToValues() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("values")
        .definedBy("org.asrsizing.model..", "org.asrsizing.catalog..")
        .layer("engine")
        .definedBy("org.asrsizing.placement..")
        .layer("rules")
        .definedBy("org.asrsizing.rules..")
        .layer("use cases")
        .definedBy(
            "org.asrsizing.plan..",
            "org.asrsizing.operate..",
            "org.asrsizing.whatif..",
            "org.asrsizing.runbook..")
        .layer("formats")
        .definedBy("org.asrsizing.format..")
        .layer("files")
        .definedBy("org.asrsizing.io..")
        .layer("entry point")
        .definedBy("org.asrsizing.api..")
        .whereLayer("values")
        .mayNotAccessAnyLayer()
        .whereLayer("engine")
        .mayOnlyAccessLayers("values")
        .whereLayer("rules")
        .mayOnlyAccessLayers("values", "engine")
        .whereLayer("use cases")
        .mayOnlyAccessLayers("values", "engine", "rules")
        .whereLayer("formats")
        .mayOnlyAccessLayers("values", "engine", "rules", "use cases")
        .whereLayer("files")
        .mayOnlyAccessLayers("values", "engine", "rules", "use cases", "formats")
        .whereLayer("entry point")
        .mayNotBeAccessedByAnyLayer()
        .check(CORE);
  }

  @Test
  void theRulesSeeTheWholeCore() {
    // A rule over no classes would pass whatever the code does.
    assertThat(CORE.containPackage("org.asrsizing.plan")).isTrue();
    assertThat(CORE.containPackage("org.asrsizing.placement")).isTrue();
    assertThat(CORE.containPackage("org.asrsizing.operate")).isTrue();
    assertThat(CORE.containPackage("org.asrsizing.format")).isTrue();
    assertThat(CORE.containPackage("org.asrsizing.io")).isTrue();
    assertThat(CORE.size()).isGreaterThan(150);
  }

  @Test
  void modelNeedsNoOtherPackageOfTheTool() {
    noClasses()
        .that()
        .resideInAPackage("org.asrsizing.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.asrsizing.catalog..",
            "org.asrsizing.rules..",
            "org.asrsizing.plan..",
            "org.asrsizing.operate..",
            "org.asrsizing.whatif..",
            "org.asrsizing.format..",
            "org.asrsizing.io..")
        .check(CORE);
  }

  @Test
  void valuesKnowNothingOfJackson() {
    noClasses()
        .that()
        .resideInAnyPackage("org.asrsizing.model..", "org.asrsizing.catalog..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml..")
        .check(CORE);
  }

  @Test
  void onlyEmbeddersUseTheEntryPoint() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.asrsizing.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.asrsizing.api..")
        .check(CORE);
  }

  @Test
  void planningNeverReachesOperateOrWhatIf() {
    noClasses()
        .that()
        .resideInAPackage("org.asrsizing.plan..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.asrsizing.operate..", "org.asrsizing.whatif..")
        .check(CORE);
  }

  @Test
  void everyFindingTheToolMakesNamesARuleOfTheRegistry() {
    // The constructor that takes a plain id exists for findings read back from saved files, which
    // may carry ids of other versions; everything the tool finds itself goes through Rule.
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Finding.class.getName())
        .should()
        .callConstructor(
            Finding.class, String.class, Severity.class, String.class, String.class, Hint.class)
        .check(CORE);
  }

  @Test
  void theRunbookWorksOnTheDeploymentModelNotOnTheOperateEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.asrsizing.runbook..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.asrsizing.operate..", "org.asrsizing.whatif..")
        .check(CORE);
  }

  @Test
  void useCasePackagesHaveNoCyclesBetweenThem() {
    slices().matching("org.asrsizing.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
