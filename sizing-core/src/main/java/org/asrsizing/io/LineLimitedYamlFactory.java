package org.asrsizing.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A YAML factory whose parsers refuse a line longer than {@value #MAX_LINE} characters. The YAML
 * library reads a run of characters without a space by copying its whole window again for every
 * 1,024 more, so one such run of millions of characters takes minutes; no real file has a line that
 * long.
 */
final class LineLimitedYamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  /** The longest line read, characters. */
  static final int MAX_LINE = 1_000_000;

  LineLimitedYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  public YAMLFactory copy() {
    return new LineLimitedYamlFactory(rebuild());
  }

  @Override
  protected Reader _createReader(InputStream in, JsonEncoding enc, IOContext ctxt)
      throws IOException {
    return new LineLimited(super._createReader(in, enc, ctxt));
  }

  @Override
  protected Reader _createReader(byte[] data, int offset, int len, JsonEncoding enc, IOContext ctxt)
      throws IOException {
    return new LineLimited(super._createReader(data, offset, len, enc, ctxt));
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return super._createParser(r instanceof LineLimited ? r : new LineLimited(r), ctxt);
  }

  /** Thrown by the reader: the line, from 1, that is too long. */
  static final class LineTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    final long line;

    LineTooLong(long line) {
      super("line " + line + " is longer than the " + MAX_LINE + " characters a line may have");
      this.line = line;
    }
  }

  /** Counts the characters since the last line break. */
  private static final class LineLimited extends FilterReader {
    private long line = 1;
    private int column;

    LineLimited(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = offset; i < offset + n; i++) {
        count(buffer[i]);
      }
      return n;
    }

    private void count(char c) throws LineTooLong {
      if (c == '\n') {
        line++;
        column = 0;
      } else if (++column > MAX_LINE) {
        throw new LineTooLong(line);
      }
    }
  }
}
