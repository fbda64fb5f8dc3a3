package org.asrsizing.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;

/** The catalogs the benchmarks plan against: the two ASR tables and synthetic ones. */
public final class BenchCatalogs {

  /** ASR classic: configuration server plus scale-out process servers. */
  public static final String CLASSIC = "asr-classic";

  /** ASR modernized: replication appliances only. */
  public static final String MODERNIZED = "asr-modernized";

  /**
   * Synthetic appliances-only catalog whose four tiers have crossing churn/machine ratios (8, 6,
   * 5.3 and 10.2 GiB/day per slot) and a scale-out threshold of one machine: every instance is a
   * plain variable-sized bin packing, with no built-in server rule and no management servers.
   */
  public static final String SYNTHETIC = "synthetic-crossing";

  /** All catalogs, in report order. */
  public static final List<String> ALL = List.of(CLASSIC, MODERNIZED, SYNTHETIC);

  private BenchCatalogs() {}

  /** The catalog with this id, validated by the core's loader. */
  public static Catalog load(String id) {
    if (CatalogLoader.BUILT_IN.contains(id)) {
      return CatalogLoader.builtIn(id);
    }
    String resource = "/org/asrsizing/bench/" + id + ".json";
    try (InputStream in = BenchCatalogs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("unknown catalog " + id + "; known: " + ALL);
      }
      // The core validates catalogs only on the way in from a file; go through one.
      Path file = Files.createTempFile(id, ".json");
      try {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        return CatalogLoader.fromFile(file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The vCPUs of the smallest server that carries machines once scaled out. */
  public static int smallestServerVcpus(Catalog catalog) {
    return catalog.scaleOutTiers().get(0).vcpus();
  }
}
