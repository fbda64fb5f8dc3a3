package org.asrsizing.cli.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * sizing-core as an embedder on the module path sees it: the packaged jar resolved as the module
 * {@code org.asrsizing.core} with its dependencies, in a layer of its own. Runs after {@code
 * package} (failsafe), when the jar exists.
 */
class ModuleIT {

  private static final String CORE = "org.asrsizing.core";

  @Test
  void theModuleExportsTheApiAndKeepsTheEngineAndRulesInside() {
    ModuleDescriptor descriptor = layer().findModule(CORE).orElseThrow().getDescriptor();
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());

    assertThat(exported)
        .contains(
            "org.asrsizing.api",
            "org.asrsizing.model",
            "org.asrsizing.catalog",
            "org.asrsizing.plan",
            "org.asrsizing.operate",
            "org.asrsizing.io",
            "org.asrsizing.io.inventory",
            "org.asrsizing.format")
        .doesNotContain("org.asrsizing.placement", "org.asrsizing.rules");
    assertThat(descriptor.packages()).contains("org.asrsizing.placement", "org.asrsizing.rules");
  }

  @Test
  void anEmbedderOnTheModulePathPlansAWorkloadAndWritesItsJson() throws Exception {
    ClassLoader loader = layer().findLoader(CORE);
    Class<?> sizing = loader.loadClass("org.asrsizing.api.Sizing");
    Class<?> workloadType = loader.loadClass("org.asrsizing.model.Workload");
    Class<?> catalogType = loader.loadClass("org.asrsizing.catalog.Catalog");
    Class<?> optionsType = loader.loadClass("org.asrsizing.plan.PlanOptions");
    Class<?> planType = loader.loadClass("org.asrsizing.model.Plan");

    Object catalog =
        loader
            .loadClass("org.asrsizing.io.CatalogLoader")
            .getMethod("builtIn", String.class)
            .invoke(null, "asr-classic");
    Object workload =
        workloadType.getMethod("aggregate", int.class, double.class).invoke(null, 220, 1536.0);
    Object options = optionsType.getMethod("defaults").invoke(null);
    Object plan =
        sizing
            .getMethod("plan", workloadType, catalogType, optionsType, int.class)
            .invoke(null, workload, catalog, options, 0);
    // Jackson writes the plan by reflection: this fails unless the module opens its values to it.
    String json =
        (String)
            loader
                .loadClass("org.asrsizing.format.PlanJsonWriter")
                .getMethod("toJson", planType)
                .invoke(null, plan);

    assertThat(json).contains("\"processServers\"").contains("\"tier\" : \"large\"");
  }

  @Test
  void anEmbedderOnTheModulePathReadsYamlCsvAndXlsxFiles() throws Exception {
    ClassLoader loader = layer().findLoader(CORE);
    Path examples = Path.of("..", "docs", "examples");
    Class<?> readOptions = loader.loadClass("org.asrsizing.io.inventory.ReadOptions");
    Object defaults = readOptions.getMethod("defaults").invoke(null);
    var read =
        loader.loadClass("org.asrsizing.api.Sizing").getMethod("read", Path.class, readOptions);
    Class<?> json = loader.loadClass("org.asrsizing.format.Json");

    for (String inventory : new String[] {"machines.yaml", "machines.csv", "rvtools.xlsx"}) {
      Object read1 = read.invoke(null, examples.resolve("inputs").resolve(inventory), defaults);
      assertThat(read1.toString()).as(inventory).contains("Machine[");
    }
    Object catalog =
        loader
            .loadClass("org.asrsizing.io.CatalogLoader")
            .getMethod("fromFile", Path.class)
            .invoke(null, examples.resolve("custom-catalog.yaml"));
    Object deployment =
        loader
            .loadClass("org.asrsizing.io.DeploymentReader")
            .getMethod("read", Path.class, loader.loadClass("org.asrsizing.model.Workload"))
            .invoke(null, examples.resolve("operate").resolve("deployment.yaml"), null);
    String written = (String) json.getMethod("toJson", Object.class).invoke(null, deployment);

    assertThat(catalog.toString()).contains("Tier[");
    assertThat(written).contains("\"servers\"");
  }

  @Test
  void theEngineIsNotReachableFromOutside() throws Exception {
    Module core = layer().findModule(CORE).orElseThrow();
    assertThat(core.isExported("org.asrsizing.placement")).isFalse();
    assertThat(core.isExported("org.asrsizing.api")).isTrue();
  }

  /** The core jar and the jars on the test class path, resolved from the core module down. */
  private static ModuleLayer layer() {
    Path[] jars =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p))
            .filter(p -> !p.getFileName().toString().startsWith("sizing-cli"))
            .toArray(Path[]::new);
    assertThat(jars).anyMatch(p -> p.getFileName().toString().startsWith("sizing-core"));
    ModuleFinder finder = ModuleFinder.of(jars);
    ModuleLayer boot = ModuleLayer.boot();
    Configuration config = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of(CORE));
    return boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
  }
}
