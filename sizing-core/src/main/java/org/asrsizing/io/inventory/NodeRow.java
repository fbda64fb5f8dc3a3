package org.asrsizing.io.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** One machine object of a JSON or YAML inventory; fields are matched ignoring case. */
record NodeRow(String file, long number, JsonNode node) implements Row {

  @Override
  public String location() {
    return file + " line " + number;
  }

  @Override
  public String unit() {
    return "line";
  }

  @Override
  public String text(String column) {
    String key = Header.normalize(column);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (Header.normalize(field.getKey()).equals(key)) {
        return text(column, field.getValue());
      }
    }
    return null;
  }

  @Override
  public String padded(String stripped) {
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      JsonNode value = it.next();
      String text = value.isTextual() ? value.asText() : null;
      if (text != null && text.length() > stripped.length() && text.strip().equals(stripped)) {
        return text;
      }
    }
    return null;
  }

  private static String text(String column, JsonNode value) {
    if (value.isContainerNode()) {
      throw new RowException(column, InventoryMessages.notAValue(column));
    }
    if (value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isNumber() && !(Math.abs(value.doubleValue()) <= Cells.LARGEST)) {
      // 1e400 is Infinity to the parser: its digits are gone, so the message cannot quote them.
      throw new RowException(column, InventoryMessages.tooLargeNumber());
    }
    String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText().strip();
    return text.isEmpty() ? null : text;
  }
}
