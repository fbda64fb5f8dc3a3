package org.asrsizing.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs committed under {@code src/test/resources/.../golden}. A test
 * compares the real output with its file; after a deliberate change of output, {@code mvn test
 * -Dgolden.update=true} rewrites the files instead, and the diff is reviewed before committing.
 */
final class Golden {

  static final Path DIR = Path.of("src/test/resources/org/asrsizing/io/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  static void assertMatches(String file, String actual) throws IOException {
    Path path = DIR.resolve(file);
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(path, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(path)
        .as("golden file %s is missing; create it with mvn test -Dgolden.update=true", path)
        .exists();
    assertThat(actual)
        .as("output differs from %s (refresh with -Dgolden.update=true and review the diff)", path)
        .isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
  }
}
