package org.asrsizing.io.inventory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads the native JSON or YAML inventory: an array of machine objects, or an object whose {@code
 * machines} field is that array. Objects are read one at a time, each with the line it starts on.
 */
final class NativeTreeReader implements InventoryReader {

  private static final String MACHINES = "machines";

  private final ObjectMapper mapper;
  private final InventoryFormat format;

  private NativeTreeReader(ObjectMapper mapper, InventoryFormat format) {
    this.mapper = mapper;
    this.format = format;
  }

  static NativeTreeReader json() {
    return new NativeTreeReader(new ObjectMapper(), InventoryFormat.NATIVE_JSON);
  }

  static NativeTreeReader yaml() {
    return new NativeTreeReader(new ObjectMapper(new YAMLFactory()), InventoryFormat.NATIVE_YAML);
  }

  @Override
  public Inventory read(Path path, ReadOptions options) {
    String file = path.toString();
    MachineCollector machines = new MachineCollector(file, format, options);
    try (Reader reader = Files2.reader(path, file);
        JsonParser p = mapper.createParser(reader)) {
      toMachineArray(p, file);
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
        long line = p.currentTokenLocation().getLineNr();
        JsonNode node = mapper.readTree(p);
        noteUnknownFields(node, machines);
        machines.add(new NodeRow(file, line, node), NativeFields::machine);
      }
      if (t != JsonToken.END_ARRAY) {
        throw new InventoryException(
            InventoryMessages.malformed(
                file, p.currentTokenLocation().getLineNr(), "expected an object for each machine"));
      }
    } catch (JsonProcessingException e) {
      throw Files2.malformed(file, e, 1);
    } catch (IOException e) {
      throw Files2.unreadable(file, e);
    }
    return machines.result();
  }

  /** Moves {@code p} onto the start of the machine array. */
  private static void toMachineArray(JsonParser p, String file) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      return;
    }
    if (t == JsonToken.START_OBJECT) {
      for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        t = p.nextToken();
        if (MACHINES.equals(field) && t == JsonToken.START_ARRAY) {
          return;
        }
        p.skipChildren();
      }
    }
    throw new InventoryException(
        InventoryMessages.file(
            file, "expected an array of machines, or an object with a machines array"));
  }

  private static void noteUnknownFields(JsonNode node, MachineCollector machines) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!NativeFields.known(name)) {
        machines.assume(NativeFields.unusedField(name));
      }
    }
  }
}
