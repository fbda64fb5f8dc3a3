package org.asrsizing.docs.embedding;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.api.Sizing;
import org.asrsizing.format.PlanJsonWriter;
import org.asrsizing.format.PlanXlsxWriter;
import org.asrsizing.model.Plan;
import org.asrsizing.model.Workload;
import org.asrsizing.plan.PlanOptions;

/** Writes a plan as JSON and as an Excel workbook into the folder given as the first argument. */
public class WritePlan {
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Plan plan =
        Sizing.plan(
            Workload.aggregate(220, 1536),
            Sizing.catalog("asr-classic"),
            PlanOptions.defaults(),
            0);

    try (Writer out =
        Files.newBufferedWriter(folder.resolve("plan.json"), StandardCharsets.UTF_8)) {
      PlanJsonWriter.write(plan, out); // the shape of `--format json`, see json-format.md
    }
    try (OutputStream out = Files.newOutputStream(folder.resolve("plan.xlsx"))) {
      PlanXlsxWriter.write(plan, out); // the sheets of `--format xlsx`
    }
    System.out.println("wrote plan.json and plan.xlsx");
  }
}
