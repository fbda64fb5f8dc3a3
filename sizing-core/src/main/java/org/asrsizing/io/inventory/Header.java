package org.asrsizing.io.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names of a table and where each is. Names are compared after {@link #normalize}: case,
 * surrounding blanks, repeated blanks and the asterisk Azure Migrate puts before mandatory columns
 * do not matter.
 */
final class Header {

  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> lookups = new HashMap<>();

  Header(List<String> names, String file) {
    this.names = List.copyOf(names);
    for (int i = 0; i < names.size(); i++) {
      String key = normalize(names.get(i));
      if (key.isEmpty()) {
        continue;
      }
      if (index.putIfAbsent(key, i) != null) {
        throw new InventoryException(
            InventoryMessages.file(file, InventoryMessages.duplicateColumn(names.get(i).strip())));
      }
    }
  }

  static String normalize(String name) {
    String s = name.replace("\uFEFF", "").strip();
    while (s.startsWith("*")) {
      s = s.substring(1).strip();
    }
    return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The column names as written, blanks stripped. */
  List<String> names() {
    return names.stream().map(n -> n.replace("\uFEFF", "").strip()).toList();
  }

  int size() {
    return names.size();
  }

  boolean has(String column) {
    return index.containsKey(normalize(column));
  }

  /** The position of {@code column}, or -1. */
  int indexOf(String column) {
    // Rows look up the same few names millions of times: normalize each once, and look it up
    // without a capturing lambda, which would be a new object per cell.
    Integer i = lookups.get(column);
    if (i == null) {
      i = index.getOrDefault(normalize(column), -1);
      lookups.put(column, i);
    }
    return i;
  }

  /** Fails unless {@code column} is there. */
  void require(String column, String file, String format) {
    if (!has(column)) {
      throw new InventoryException(
          InventoryMessages.file(file, InventoryMessages.missingColumn(column, format)));
    }
  }
}
