package org.asrsizing.io;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The path of a Jackson mapping error in the document, for example {@code summary.vcpus}. */
public final class JsonPaths {

  private JsonPaths() {}

  public static String of(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? "(top level)" : sb.toString();
  }

  /** " line L column C" for a location in a document, or nothing when it is unknown. */
  public static String at(com.fasterxml.jackson.core.JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " line " + location.getLineNr() + " column " + location.getColumnNr();
  }

  /** The first line of a parser's message, which may run on with a source excerpt. */
  public static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
