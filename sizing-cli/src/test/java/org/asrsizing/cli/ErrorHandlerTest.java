package org.asrsizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.asrsizing.catalog.CatalogException;
import org.asrsizing.io.inventory.InventoryException;
import org.asrsizing.model.InputFileException;
import org.asrsizing.operate.DeploymentException;
import org.asrsizing.whatif.WhatIfInputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorHandlerTest {

  private final StringWriter err = new StringWriter();

  private int handle(Exception ex) {
    CommandLine cmd = SizingCommand.commandLine();
    cmd.setErr(new PrintWriter(err));
    return new ErrorHandler().handleExecutionException(ex, cmd, null);
  }

  @Test
  void everyReadersExceptionIsAnInvalidInputFileWithItsSentenceAsItIs() {
    for (InputFileException ex :
        new InputFileException[] {
          new CatalogException("catalog c.yaml line 3: no tiers"),
          new InventoryException("inventory m.csv line 2, column 3: churn is not a number"),
          new DeploymentException("deployment d.json: server ps-1 appears twice"),
          new WhatIfInputException("scenario file s.yaml line 4: unknown field 'x'")
        }) {
      err.getBuffer().setLength(0);
      assertThat(handle(ex)).as(ex.getClass().getSimpleName()).isEqualTo(4);
      assertThat(err.toString()).isEqualTo("sizing: " + ex.getMessage() + System.lineSeparator());
    }
  }

  @Test
  void anIllegalArgumentFromABugIsAnInternalErrorNotBlamedOnAnOption() {
    int code = handle(new IllegalArgumentException("index 3 out of bounds"));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).doesNotContain("--server").doesNotContain("invalid value");
  }
}
