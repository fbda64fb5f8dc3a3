package org.asrsizing.io.inventory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.asrsizing.io.FileProblem;
import org.asrsizing.io.StructuredFile;

/**
 * Reads the native JSON or YAML inventory: an array of machine objects, or an object whose {@code
 * machines} field is that array. Objects are read one at a time, each with the line it starts on.
 */
final class NativeTreeReader implements InventoryReader {

  private static final String MACHINES = "machines";

  private final StructuredFile.Syntax syntax;
  private final InventoryFormat format;

  private NativeTreeReader(StructuredFile.Syntax syntax, InventoryFormat format) {
    this.syntax = syntax;
    this.format = format;
  }

  static NativeTreeReader json() {
    return new NativeTreeReader(StructuredFile.Syntax.JSON, InventoryFormat.NATIVE_JSON);
  }

  static NativeTreeReader yaml() {
    return new NativeTreeReader(StructuredFile.Syntax.YAML, InventoryFormat.NATIVE_YAML);
  }

  @Override
  public Inventory read(Path path, String shownAs, ReadOptions options) {
    String file = shownAs;
    StructuredFile tree =
        new StructuredFile(
            "inventory " + file,
            syntax,
            syntax.mapper().build(),
            sentences(file),
            InventoryException::new);
    ObjectMapper mapper = tree.mapper();
    MachineCollector machines = new MachineCollector(file, format, options);
    try (Reader reader = Files2.reader(path, file);
        JsonParser p = mapper.createParser(reader)) {
      boolean inObject = toMachineArray(p, file);
      JsonToken t;
      boolean anyOs = false;
      boolean anyBoot = false;
      boolean anyDiskList = false;
      boolean anySector = false;
      while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
        long line = p.currentTokenLocation().getLineNr();
        JsonNode node = mapper.readTree(p);
        noteUnknownFields(node, machines);
        NodeRow whole = new NodeRow(file, line, node);
        JsonNode list = NativeDisks.list(node);
        anyDiskList |= list != null;
        anySector |= NativeDisks.anySector(list);
        try {
          anyOs |= whole.text(NativeFields.OS) != null;
          anyBoot |=
              whole.text(NativeFields.BOOT) != null || whole.text(NativeFields.FIRMWARE) != null;
        } catch (RowException e) {
          // reported with the machine below
        }
        machines.add(whole, r -> machine(whole, list, file, line, machines));
      }
      if (!anyOs) {
        machines.assume(InventoryMessages.notChecked("operating system", "field os"));
      }
      if (!anyBoot) {
        machines.assume(BootCells.notChecked("field boot"));
      }
      if (anyDiskList && !anySector) {
        machines.assume(
            InventoryMessages.notChecked(
                "logical sector size of the disks (4K disks)", "disks' field sectorBytes"));
      }
      if (!anyDiskList) {
        machines.assume(
            InventoryMessages.notChecked(
                "per-disk size, churn, IOPS and sector size", "disks list"));
      }
      if (t != JsonToken.END_ARRAY) {
        throw new InventoryException(
            InventoryMessages.malformed(
                file, p.currentTokenLocation().getLineNr(), "expected an object for each machine"));
      }
      nothingAfter(p, file, inObject);
    } catch (JsonProcessingException e) {
      Optional<InventoryException> notUtf8 = Files2.notUtf8(path, file, e);
      throw notUtf8.isPresent() ? notUtf8.get() : tree.failure(e);
    } catch (IOException e) {
      throw Files2.unreadable(path, file, e);
    }
    return machines.result();
  }

  /** Inventories name the line of a syntax error only, as their CSV rows do. */
  private static StructuredFile.Sentences sentences(String file) {
    return new StructuredFile.Sentences() {
      @Override
      public String notParsed(String what, StructuredFile.Syntax syntax, FileProblem p) {
        return InventoryMessages.malformed(file, Math.max(1, p.line()), p.detail().strip());
      }
    };
  }

  /**
   * Moves {@code p} onto the start of the machine array; whether the array is a field of the
   * document's object.
   */
  private static boolean toMachineArray(JsonParser p, String file) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      return false;
    }
    if (t == JsonToken.START_OBJECT) {
      for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        t = p.nextToken();
        if (MACHINES.equals(field) && t == JsonToken.START_ARRAY) {
          return true;
        }
        p.skipChildren();
      }
    }
    throw new InventoryException(
        InventoryMessages.file(
            file, "expected an array of machines, or an object with a machines array"));
  }

  /**
   * Fails when a second YAML document or more JSON follows the one that holds the machines: the
   * parser would stop at the first, and the machines after it would be lost without a word.
   */
  private static void nothingAfter(JsonParser p, String file, boolean inObject) throws IOException {
    if (inObject) {
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        p.nextToken();
        p.skipChildren();
      }
    }
    JsonToken next = p.nextToken();
    while (next == JsonToken.VALUE_NULL) {
      next = p.nextToken(); // an empty YAML document, such as a closing "---"
    }
    if (next != null) {
      throw new InventoryException(
          InventoryMessages.malformed(
              file,
              p.currentTokenLocation().getLineNr(),
              "a second document starts here; give every machine in the one list of the first"));
    }
  }

  /** The machine of one object; a disk list is read into disks and counted as data disks. */
  private static org.asrsizing.model.Machine machine(
      NodeRow whole, JsonNode list, String file, long line, MachineCollector machines) {
    if (list == null) {
      return NativeFields.machine(whole, machines, java.util.List.of());
    }
    java.util.List<org.asrsizing.model.Disk> disks = NativeDisks.of(list, file, line);
    NodeRow counted = new NodeRow(file, line, NativeDisks.counted(whole.node(), list, disks));
    return NativeFields.machine(counted, machines, disks);
  }

  private static void noteUnknownFields(JsonNode node, MachineCollector machines) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!NativeFields.used(name, machines.options())) {
        machines.assume(NativeFields.unusedField(name));
      }
    }
  }
}
