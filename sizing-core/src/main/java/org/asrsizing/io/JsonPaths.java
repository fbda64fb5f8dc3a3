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
}
