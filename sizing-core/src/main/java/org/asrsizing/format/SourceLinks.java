package org.asrsizing.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public page of a cited document. Catalogs and findings cite the Azure documentation by its
 * repository path ({@code MicrosoftDocs/azure-docs articles/site-recovery/x.md (2021)}), which is
 * stable across site redesigns; Microsoft Learn publishes each such article at {@code
 * https://learn.microsoft.com/azure/} followed by the path under {@code articles/} without {@code
 * .md}.
 */
final class SourceLinks {

  private static final Pattern AZURE_DOCS =
      Pattern.compile("^MicrosoftDocs/azure-docs articles/([A-Za-z0-9/_.-]+)\\.md\\b.*");

  private static final String LEARN = "https://learn.microsoft.com/azure/";

  private static final Pattern REPOSITORY_FILE =
      Pattern.compile("^MicrosoftDocs/azure-docs ([A-Za-z0-9/_.-]+\\.md)\\b.*");

  private static final String GITHUB = "https://github.com/MicrosoftDocs/azure-docs/blob/main/";

  private SourceLinks() {}

  /**
   * How a cell names a linked source: the article's file and date without the repository folders
   * (the link holds the full address), so that it fits a column; other sources as they are.
   */
  static String shortName(String source) {
    return url(source) == null ? source : source.substring(source.lastIndexOf('/') + 1);
  }

  /** The page's address, or {@code null} when {@code source} names no public Azure article. */
  static String url(String source) {
    if (source == null) {
      return null;
    }
    Matcher m = AZURE_DOCS.matcher(source);
    return m.matches() ? LEARN + m.group(1) : null;
  }

  /**
   * Where a reader opens {@code source}: the published article ({@link #url}), else the file in the
   * public repository for a part Learn publishes only inside articles ({@code includes/...}), else
   * {@code null}.
   */
  static String page(String source) {
    String url = url(source);
    if (url != null || source == null) {
      return url;
    }
    Matcher m = REPOSITORY_FILE.matcher(source);
    return m.matches() ? GITHUB + m.group(1) : null;
  }
}
