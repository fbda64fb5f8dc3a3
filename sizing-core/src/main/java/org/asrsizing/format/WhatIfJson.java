package org.asrsizing.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.asrsizing.model.Finding;
import org.asrsizing.whatif.WhatIfContext;

/**
 * Writes what-if results as JSON: {@code schemaVersion}, {@code mode}, the assumptions, then the
 * result's own fields, in the writers' one JSON configuration ({@link Json}).
 */
public final class WhatIfJson {

  /** The version of the what-if JSON formats. */
  public static final int SCHEMA_VERSION = 1;

  private WhatIfJson() {}

  /** The JSON text of {@code result} of {@code mode}, ending with a line end. */
  public static String toJson(String mode, WhatIfContext context, Object result) {
    return toJson(mode, context, null, result);
  }

  /**
   * The JSON text of {@code result} of {@code mode} with its {@code findings} after the
   * assumptions; {@code null} findings leave the field out.
   */
  public static String toJson(
      String mode, WhatIfContext context, List<Finding> findings, Object result) {
    return Json.toJson(new Document(SCHEMA_VERSION, mode, context, findings, result));
  }

  @JsonPropertyOrder({"schemaVersion", "mode", "assumptions", "findings"})
  private record Document(
      int schemaVersion,
      String mode,
      WhatIfContext assumptions,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Finding> findings,
      @JsonUnwrapped Object result) {}
}
