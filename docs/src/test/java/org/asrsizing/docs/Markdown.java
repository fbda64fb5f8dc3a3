package org.asrsizing.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Just enough Markdown for the docs tests: fenced blocks and pipe tables, by line. */
final class Markdown {

  /** A fenced block: its info string, the lines between the fences, and where they are. */
  record Block(Path file, String info, int firstLine, List<String> lines) {}

  /** A pipe table after a {@code <!-- marker -->} comment line. */
  record Table(Path file, String marker, List<String> header, List<List<String>> rows) {}

  private Markdown() {}

  /** The repository root: tests run there (see docs/pom.xml). */
  static Path root() {
    return Path.of("").toAbsolutePath();
  }

  /** README.md and every Markdown file under docs/. */
  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(root().resolve("README.md"));
    try (Stream<Path> files = Files.walk(root().resolve("docs"))) {
      files
          .filter(p -> p.toString().endsWith(".md"))
          .filter(p -> !p.toString().contains("/target/"))
          .sorted()
          .forEach(pages::add);
    }
    return pages;
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  static List<Block> blocks(Path file) throws IOException {
    List<String> lines = lines(file);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("```") && lines.get(i).length() > 3) {
        String info = lines.get(i).substring(3).strip();
        int start = i + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).equals("```")) {
          end++;
        }
        blocks.add(new Block(file, info, start, List.copyOf(lines.subList(start, end))));
        i = end;
      }
    }
    return blocks;
  }

  static List<Table> tables(Path file) throws IOException {
    List<String> lines = lines(file);
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("<!-- table:") && line.endsWith("-->")) {
        String marker = line.substring("<!-- table:".length(), line.length() - 3).strip();
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
          j++;
        }
        List<String> header = cells(lines.get(j));
        List<List<String>> rows = new ArrayList<>();
        for (j += 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
          rows.add(cells(lines.get(j)));
        }
        tables.add(new Table(file, marker, header, rows));
        i = j;
      }
    }
    return tables;
  }

  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.length() - 1);
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
