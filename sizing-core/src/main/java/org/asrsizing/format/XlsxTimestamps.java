package org.asrsizing.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook's bytes depend on its content only. fastexcel records the time of writing as the
 * document's creation time in {@code docProps/core.xml} and offers no way to set it; this copy
 * leaves that element out (every core property is optional) and gives every entry the same time.
 */
final class XlsxTimestamps {

  static final String CORE_PROPERTIES = "docProps/core.xml";

  private static final Pattern CREATED =
      Pattern.compile("<dcterms:created\\b[^>]*>[^<]*</dcterms:created>");

  /** The time of every entry: the earliest a zip file can record. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private XlsxTimestamps() {}

  /**
   * Copies the workbook {@code xlsx} to {@code out} without its creation time. The workbook goes
   * through a temporary file: fastexcel's zip entries are written for readers of the central
   * directory ({@link ZipFile}), which {@link java.util.zip.ZipInputStream} cannot follow.
   */
  static void copyWithoutCreationTime(byte[] xlsx, OutputStream out) throws IOException {
    Path temp = Files.createTempFile("asr-sizing-", ".xlsx");
    try {
      Files.write(temp, xlsx);
      copy(temp, out);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void copy(Path xlsx, OutputStream out) throws IOException {
    try (ZipFile in = new ZipFile(xlsx.toFile());
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out))) {
      for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
        ZipEntry e = entries.nextElement();
        byte[] data;
        try (InputStream entry = in.getInputStream(e)) {
          data = entry.readAllBytes();
        }
        if (e.getName().equals(CORE_PROPERTIES)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          data = CREATED.matcher(xml).replaceAll("").getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(copy);
        zip.write(data);
        zip.closeEntry();
      }
    }
    out.flush();
  }

  /** Lets the zip stream finish without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
