package org.asrsizing.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Jackson's words reach a person without Java class names. */
class FileProblemTest {

  @Test
  void classesAndTypesBecomeWhatAPersonWrites() {
    assertThat(
            FileProblem.plain(
                "Unrecognized field \"grow\" (class org.asrsizing.whatif.Scenario), not marked as"
                    + " ignorable"))
        .isEqualTo("Unrecognized field \"grow\"");
    assertThat(
            FileProblem.plain(
                "No fallback setter/field defined for creator property 'document' (of"
                    + " `org.asrsizing.catalog.Source`)"))
        .isEqualTo("the value cannot be set (given twice?) for the field 'document'");
    assertThat(FileProblem.plain("Cannot deserialize value of type `java.lang.Integer` from Array"))
        .isEqualTo("Cannot deserialize value of type a whole number from Array");
    assertThat(FileProblem.plain("expected `java.util.List<java.lang.String>`"))
        .isEqualTo("expected a list");
  }
}
