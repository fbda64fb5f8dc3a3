package org.asrsizing.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where text stops being UTF-8. Every file the tool reads is UTF-8 (a UTF-16 file is not), and a
 * reader that meets other bytes says where, as "line L, column C" (columns count characters).
 */
public final class Utf8 {

  private static final int CHUNK = 1 << 16;

  private Utf8() {}

  /** The line and column of the first byte of {@code text} that is not UTF-8, if any. */
  public static Optional<String> firstInvalid(byte[] text) {
    try {
      return firstInvalid(new java.io.ByteArrayInputStream(text));
    } catch (IOException e) {
      throw new IllegalStateException("a byte array cannot fail to read", e);
    }
  }

  /**
   * The line and column of the first byte of {@code file} that is not UTF-8, if any; empty too when
   * the file cannot be read again.
   */
  public static Optional<String> firstInvalid(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return firstInvalid(in);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Fails with {@code error} of "WHAT is not UTF-8 text at line L, column C" when {@code file} is
   * not UTF-8, for the readers that hand the file to a parser that would only say "malformed".
   */
  public static void require(
      Path file, String what, java.util.function.Function<String, RuntimeException> error) {
    Optional<String> at = firstInvalid(file);
    if (at.isPresent()) {
      throw error.apply(what + " is not UTF-8 text at " + at.get());
    }
  }

  private static Optional<String> firstInvalid(InputStream in) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    CharBuffer chars = CharBuffer.allocate(CHUNK);
    Position at = new Position();
    boolean end = false;
    while (!end) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      end = n < 0;
      if (n > 0) {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      CoderResult r = decoder.decode(bytes, chars, end);
      at.advance(chars);
      if (r.isError()) {
        return Optional.of(at.toString());
      }
      bytes.compact();
    }
    return Optional.empty();
  }

  /** Line and column of the next character. */
  private static final class Position {
    private long line = 1;
    private long column = 1;

    void advance(CharBuffer decoded) {
      decoded.flip();
      while (decoded.hasRemaining()) {
        char c = decoded.get();
        if (c == '\n') {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
      decoded.clear();
    }

    @Override
    public String toString() {
      return "line " + line + ", column " + column;
    }
  }
}
