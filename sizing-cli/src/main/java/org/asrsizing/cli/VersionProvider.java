package org.asrsizing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import picocli.CommandLine.IVersionProvider;

/** The build's version (filtered into version.properties by Maven) and the bundled catalogs. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    List<String> catalogs = new ArrayList<>();
    for (String name : CatalogLoader.BUILT_IN) {
      Catalog c = CatalogLoader.builtIn(name);
      catalogs.add(c.id() + " " + c.version());
    }
    return new String[] {
      "sizing " + p.getProperty("version", "unknown"), "catalogs: " + String.join(", ", catalogs)
    };
  }
}
