package org.asrsizing.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Finishes what fastexcel cannot do while it streams. It records the time of writing as the
 * document's creation time in {@code docProps/core.xml} and offers no way to set it: this copy
 * leaves that element out (every core property is optional) and gives every entry the same time, so
 * a workbook's bytes depend on its content only. It also declares every sheet's used range as
 * {@code A1}, because it writes that element before the rows: streaming readers (openpyxl in
 * read-only mode, ETL tools) trust it and would see one cell per sheet, so this copy puts the real
 * range in.
 */
final class XlsxTimestamps {

  static final String CORE_PROPERTIES = "docProps/core.xml";

  /** What fastexcel declares as the used range of every sheet. */
  private static final String DIMENSION = "<dimension ref=\"A1\"/>";

  private static final Pattern CREATED =
      Pattern.compile("<dcterms:created\\b[^>]*>[^<]*</dcterms:created>");

  /**
   * The time of every entry, a day after the earliest a zip file can record: the JDK writes a time
   * it finds at or before that earliest one, in the default time zone, as an instant as well, so
   * the first day would make the bytes depend on the time zone.
   */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 2, 0, 0);

  private XlsxTimestamps() {}

  /**
   * Copies the workbook {@code xlsx} to {@code out} without its creation time, each sheet part
   * named in {@code usedRanges} (for example {@code xl/worksheets/sheet1.xml}) declaring its range.
   * The workbook is read through its central directory, in memory: fastexcel's zip entries are
   * written for readers of the central directory, which {@link java.util.zip.ZipInputStream} cannot
   * follow, and a temporary file would fail where the temporary folder is missing.
   */
  static void copy(byte[] xlsx, Map<String, String> usedRanges, OutputStream out)
      throws IOException {
    try (ZipFile in =
            ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out))) {
      for (Enumeration<ZipArchiveEntry> entries = in.getEntries(); entries.hasMoreElements(); ) {
        ZipArchiveEntry e = entries.nextElement();
        byte[] data;
        try (InputStream entry = in.getInputStream(e)) {
          data = entry.readAllBytes();
        }
        if (e.getName().equals(CORE_PROPERTIES)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          data = CREATED.matcher(xml).replaceAll("").getBytes(StandardCharsets.UTF_8);
        }
        String range = usedRanges.get(e.getName());
        if (range != null) {
          data = withDimension(data, range);
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

  /**
   * {@code sheet} with its first {@code <dimension ref="A1"/>} (near the start of the part) set to
   * {@code range}; the rest of a large sheet is not decoded.
   */
  static byte[] withDimension(byte[] sheet, String range) {
    byte[] marker = DIMENSION.getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(sheet, marker, Math.min(sheet.length, 4096));
    if (at < 0) {
      return sheet;
    }
    byte[] replacement = ("<dimension ref=\"" + range + "\"/>").getBytes(StandardCharsets.US_ASCII);
    byte[] result = new byte[sheet.length - marker.length + replacement.length];
    System.arraycopy(sheet, 0, result, 0, at);
    System.arraycopy(replacement, 0, result, at, replacement.length);
    System.arraycopy(
        sheet,
        at + marker.length,
        result,
        at + replacement.length,
        sheet.length - at - marker.length);
    return result;
  }

  private static int indexOf(byte[] data, byte[] marker, int limit) {
    for (int i = 0; i + marker.length <= limit; i++) {
      int j = 0;
      while (j < marker.length && data[i + j] == marker[j]) {
        j++;
      }
      if (j == marker.length) {
        return i;
      }
    }
    return -1;
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
