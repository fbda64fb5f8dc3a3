package org.asrsizing.io.inventory;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an RVTools CSV folder as an xlsx workbook, one sheet per {@code RVTools_tab<sheet>.csv},
 * with numbers as number cells, so a test can check that both exports read the same.
 */
final class XlsxFromCsv {

  private XlsxFromCsv() {}

  static Path write(Path folder, Path xlsx, List<String> sheets) throws IOException {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "RVTools", "1.0");
      for (String sheet : sheets) {
        Worksheet ws = wb.newWorksheet(sheet);
        try (MappingIterator<List<String>> rows =
            mapper
                .readerForListOf(String.class)
                .readValues(folder.resolve("RVTools_tab" + sheet + ".csv").toFile())) {
          int r = 0;
          while (rows.hasNext()) {
            List<String> row = rows.next();
            for (int c = 0; c < row.size(); c++) {
              String text = row.get(c);
              if (r > 0 && text.matches("[0-9]+(\\.[0-9]+)?")) {
                ws.value(r, c, new BigDecimal(text));
              } else {
                ws.value(r, c, text);
              }
            }
            r++;
          }
        }
      }
      wb.finish();
    }
    return xlsx;
  }
}
