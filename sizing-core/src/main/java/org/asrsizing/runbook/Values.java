package org.asrsizing.runbook;

import java.util.ArrayList;
import java.util.List;

/** The values of one server, collecting a placeholder for each missing one, once. */
final class Values {

  private final String server;
  private final List<Placeholder> placeholders = new ArrayList<>();

  Values(String server) {
    this.server = server;
  }

  /** {@code value}, or the placeholder of {@code field} when it is {@code null}. */
  String get(String field, String value) {
    if (value != null) {
      return value;
    }
    Placeholder p = Placeholder.of(server, field);
    if (!placeholders.contains(p)) {
      placeholders.add(p);
    }
    return p.text();
  }

  List<Placeholder> placeholders() {
    return List.copyOf(placeholders);
  }
}
