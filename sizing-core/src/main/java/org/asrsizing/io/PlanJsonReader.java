package org.asrsizing.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import org.asrsizing.model.Plan;

/**
 * Reads a plan written by {@link org.asrsizing.format.PlanJsonWriter} back into a {@link Plan}, so
 * that work can start from a saved plan. Fields this version does not know are ignored (newer
 * writers may add some); derived fields such as the utilisations are recomputed. Numbers come back
 * as written: rounded to six decimals.
 */
public final class PlanJsonReader {

  private static final ObjectMapper MAPPER =
      StructuredFile.Syntax.JSON
          .mapper()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** A saved plan is machine-written: any field that does not map is missing or damaged. */
  private static final StructuredFile.Sentences SENTENCES =
      new StructuredFile.Sentences() {
        @Override
        public String wrongValue(String what, FileProblem p) {
          return refusedValue(what, p);
        }

        @Override
        public String refusedValue(String what, FileProblem p) {
          return what
              + p.at()
              + ": field '"
              + p.path()
              + "' is missing or has the wrong type or value ("
              + p.detail()
              + ")";
        }
      };

  private PlanJsonReader() {}

  /** The plan in {@code file}; a {@link PlanReadException} names the file and the problem. */
  public static Plan read(Path file) {
    StructuredFile plan = plan("plan file " + file);
    return read(plan, plan.bytes(file));
  }

  /** The plan in {@code in}, which is read to its end and left open. */
  public static Plan read(InputStream in) {
    StructuredFile plan = plan("plan");
    return read(plan, plan.bytes(in));
  }

  private static StructuredFile plan(String what) {
    return new StructuredFile(
        what, StructuredFile.Syntax.JSON, MAPPER, SENTENCES, PlanReadException::new);
  }

  private static Plan read(StructuredFile plan, byte[] bytes) {
    JsonNode tree = plan.tree(bytes);
    if (tree == null || tree.isMissingNode() || !tree.isObject()) {
      throw plan.problem(plan.what() + " is not a JSON object");
    }
    JsonNode version = tree.get("schemaVersion");
    if (version == null || !version.isInt()) {
      throw plan.problem(plan.what() + " has no schemaVersion; it is not a saved plan");
    }
    if (version.intValue() != Plan.SCHEMA_VERSION) {
      throw plan.problem(
          plan.what()
              + " has schemaVersion "
              + version.intValue()
              + "; this version of asr-sizing reads schemaVersion "
              + Plan.SCHEMA_VERSION);
    }
    return plan.value(bytes, Plan.class);
  }
}
