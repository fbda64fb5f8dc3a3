package org.asrsizing.io.inventory;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.asrsizing.io.Utf8;

/** Opening files for the readers, and turning I/O failures into one sentence. */
final class Files2 {

  private Files2() {}

  /** A strict UTF-8 reader of {@code path}: bytes that are not UTF-8 fail instead of garbling. */
  static BufferedReader reader(Path path, String file) {
    try {
      return new BufferedReader(
          new InputStreamReader(
              Files.newInputStream(path),
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)),
          1 << 16);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * A failure reading {@code path} (named {@code file}) as one sentence; bytes that are not UTF-8
   * are located by line and column.
   */
  static InventoryException unreadable(Path path, String file, IOException e) {
    return notUtf8(path, file, e).orElseGet(() -> unreadable(file, e));
  }

  static InventoryException unreadable(String file, IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "it does not exist";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof CharacterCodingException) {
      reason = "it is not UTF-8 text";
    } else if (e.getCause() instanceof CharacterCodingException
        || String.valueOf(e.getMessage()).contains("MalformedInputException")) {
      reason = "it is not UTF-8 text";
    } else {
      reason = firstLine(String.valueOf(e.getMessage()));
    }
    return new InventoryException(InventoryMessages.unreadable(file, reason), e);
  }

  /** A parser's syntax error as one sentence naming the line, or a decoding error as such. */
  static InventoryException malformed(
      Path path,
      String file,
      com.fasterxml.jackson.core.JsonProcessingException e,
      long fallbackLine) {
    Optional<InventoryException> notUtf8 = notUtf8(path, file, e);
    if (notUtf8.isPresent()) {
      return notUtf8.get();
    }
    long line = e.getLocation() == null ? fallbackLine : e.getLocation().getLineNr();
    return new InventoryException(
        InventoryMessages.malformed(
            file, line, firstLine(org.asrsizing.io.ParserLimits.message(e))),
        e);
  }

  /**
   * A decoding error that a parser met, if {@code e} is one, as one sentence with the line and
   * column of the first byte of {@code path} that is not UTF-8.
   */
  static Optional<InventoryException> notUtf8(Path path, String file, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException
          || String.valueOf(t.getMessage()).contains("MalformedInputException")) {
        String where = Utf8.firstInvalid(path).map(p -> " at " + p).orElse("");
        return Optional.of(
            new InventoryException(
                InventoryMessages.unreadable(file, "it is not UTF-8 text" + where), e));
      }
    }
    return Optional.empty();
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // Closing a file that was only read cannot lose data.
    }
  }
}
