package org.asrsizing.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.asrsizing.model.Plan;

/**
 * Reads a plan written by {@link PlanJsonWriter} back into a {@link Plan}, so that work can start
 * from a saved plan. Fields this version does not know are ignored (newer writers may add some);
 * derived fields such as the utilisations are recomputed. Numbers come back as written: rounded to
 * {@value Json#DECIMALS} decimals.
 */
public final class PlanJsonReader {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private PlanJsonReader() {}

  /** The plan in {@code file}; a {@link PlanReadException} names the file and the problem. */
  public static Plan read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, "plan file " + file);
    } catch (NoSuchFileException e) {
      throw new PlanReadException("plan file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new PlanReadException("plan file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The plan in {@code in}, which is read to its end and left open. */
  public static Plan read(InputStream in) {
    try {
      return read(in, "plan");
    } catch (IOException e) {
      throw new PlanReadException("plan cannot be read: " + e.getMessage(), e);
    }
  }

  private static Plan read(InputStream in, String what) throws IOException {
    byte[] bytes = in.readAllBytes();
    try {
      JsonNode tree = MAPPER.readTree(bytes);
      if (tree == null || tree.isMissingNode() || !tree.isObject()) {
        throw new PlanReadException(what + " is not a JSON object");
      }
      JsonNode version = tree.get("schemaVersion");
      if (version == null || !version.isInt()) {
        throw new PlanReadException(what + " has no schemaVersion; it is not a saved plan");
      }
      if (version.intValue() != Plan.SCHEMA_VERSION) {
        throw new PlanReadException(
            what
                + " has schemaVersion "
                + version.intValue()
                + "; this version of asr-sizing reads schemaVersion "
                + Plan.SCHEMA_VERSION);
      }
      return MAPPER.readValue(bytes, Plan.class);
    } catch (JsonMappingException e) {
      throw new PlanReadException(
          what
              + JsonPaths.at(e.getLocation())
              + ": field '"
              + JsonPaths.of(e)
              + "' is missing or has the wrong type or value ("
              + JsonPaths.firstLine(e.getOriginalMessage())
              + ")",
          e);
    } catch (JacksonException e) {
      throw new PlanReadException(
          what
              + JsonPaths.at(e.getLocation())
              + " is not valid JSON: "
              + JsonPaths.firstLine(e.getOriginalMessage()),
          e);
    }
  }
}
