package org.asrsizing.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void utf8TextHasNoInvalidByte() {
    assertThat(Utf8.firstInvalid("name,churn\ncafé,10\n😀,1\n".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void aLatin1ByteIsFoundByLineAndColumn() {
    byte[] text = "name,churn\ncaf\u00e9,10\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(Utf8.firstInvalid(text)).contains("line 2, column 4");
  }

  @Test
  void columnsCountCharactersNotBytesOrSurrogates() {
    byte[] good = "é😀x".getBytes(StandardCharsets.UTF_8);
    byte[] text = new byte[good.length + 1];
    System.arraycopy(good, 0, text, 0, good.length);
    text[good.length] = (byte) 0xff;

    assertThat(Utf8.firstInvalid(text)).contains("line 1, column 4");
  }

  @Test
  void aUtf16FileIsNotUtf8() {
    byte[] text = "\ufeffname".getBytes(StandardCharsets.UTF_16LE);

    assertThat(Utf8.firstInvalid(text)).contains("line 1, column 1");
  }

  @Test
  void anInvalidByteBeyondTheFirstChunkIsFound() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      lines.append("machine-").append(i).append(",1\n");
    }
    byte[] head = lines.toString().getBytes(StandardCharsets.UTF_8);
    byte[] text = new byte[head.length + 3];
    System.arraycopy(head, 0, text, 0, head.length);
    text[head.length] = 'a';
    text[head.length + 1] = (byte) 0xc3;
    text[head.length + 2] = 'b';

    assertThat(Utf8.firstInvalid(text)).contains("line 20001, column 2");
  }
}
