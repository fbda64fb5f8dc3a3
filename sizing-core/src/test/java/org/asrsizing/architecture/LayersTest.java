package org.asrsizing.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The layers of sizing-core (docs/architecture.md): values, rules, use cases, edges. Arrows point
 * down only. Readers and writers are edges wherever they live today; the redesign moves them into
 * {@code io} and {@code format}; then the suffix predicate below becomes a package one. Known and
 * not yet enforced: {@code model}'s Jackson annotations (to become mix-ins in the JSON format).
 */
class LayersTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.asrsizing");

  private static final Pattern EDGE_NAME = Pattern.compile(".*(Writer|Reader|Loader|Json|Columns)");

  /**
   * How values look on paper and on disk: the io packages and every reader and writer, with the
   * classes nested in them.
   */
  private static final DescribedPredicate<JavaClass> EDGES =
      DescribedPredicate.describe(
          "readers and writers",
          c ->
              c.getPackageName().startsWith("org.asrsizing")
                  && (c.getPackageName().startsWith("org.asrsizing.io")
                      || EDGE_NAME.matcher(topLevelName(c)).matches()));

  private static String topLevelName(JavaClass c) {
    String name = c.getName().substring(c.getPackageName().length() + 1);
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  @Test
  void arrowsPointDownFromEdgesToUseCasesToRulesToTheEngineToValues() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("values")
        .definedBy(
            resideInAPackage("org.asrsizing.model..")
                .or(resideInAPackage("org.asrsizing.catalog.."))
                .and(DescribedPredicate.not(EDGES)))
        .layer("engine")
        .definedBy(resideInAPackage("org.asrsizing.placement.."))
        .layer("rules")
        .definedBy(resideInAPackage("org.asrsizing.rules..").and(DescribedPredicate.not(EDGES)))
        .layer("use cases")
        .definedBy(
            resideInAPackage("org.asrsizing.plan..")
                .or(resideInAPackage("org.asrsizing.rebalance.."))
                .or(resideInAPackage("org.asrsizing.whatif.."))
                .or(resideInAPackage("org.asrsizing.runbook.."))
                .and(DescribedPredicate.not(EDGES)))
        .layer("edges")
        .definedBy(EDGES)
        .whereLayer("values")
        .mayNotAccessAnyLayer()
        .whereLayer("engine")
        .mayOnlyAccessLayers("values")
        .whereLayer("rules")
        .mayOnlyAccessLayers("values", "engine")
        .whereLayer("use cases")
        .mayOnlyAccessLayers("values", "engine", "rules")
        .check(CORE);
  }

  @Test
  void theRulesSeeTheWholeCore() {
    // A rule over no classes would pass whatever the code does.
    assertThat(CORE.containPackage("org.asrsizing.plan")).isTrue();
    assertThat(CORE.containPackage("org.asrsizing.placement")).isTrue();
    assertThat(CORE.containPackage("org.asrsizing.rebalance")).isTrue();
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
            "org.asrsizing.rebalance..",
            "org.asrsizing.whatif..",
            "org.asrsizing.io..")
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
        .resideInAnyPackage("org.asrsizing.rebalance..", "org.asrsizing.whatif..")
        .check(CORE);
  }

  @Test
  void useCasePackagesHaveNoCyclesBetweenThem() {
    slices()
        .matching("org.asrsizing.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(EDGES, DescribedPredicate.alwaysTrue())
        .check(CORE);
  }
}
