package org.asrsizing.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes every file the command line writes, atomically: the bytes go to a temporary file beside
 * the target, which is renamed over it once complete. A failed or interrupted run leaves no partial
 * file and does not destroy one that was there. A file replaced keeps its permissions, and a link
 * is written through. A device or pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written
 * into as it is, since nothing can be renamed over it without replacing the device itself.
 */
final class OutputFiles {

  /** Why a file could not be written, in words for the user (never an exception's class name). */
  static final class WriteFailure extends Exception {
    WriteFailure(String reason) {
      super(reason);
    }
  }

  private OutputFiles() {}

  /** What goes into a file, written as it is made, so a large output is never held whole. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code bytes} to {@code file}; a {@code secret} file is readable and writable by its
   * owner only, from the first byte on.
   *
   * @throws WriteFailure with the reason in words
   */
  static void write(Path file, byte[] bytes, boolean secret) throws WriteFailure {
    write(file, out -> out.write(bytes), secret);
  }

  /**
   * As above, with what {@code body} writes.
   *
   * @throws WriteFailure with the reason in words
   */
  static void write(Path file, Body body, boolean secret) throws WriteFailure {
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new WriteFailure("it is a folder");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced, only written into:
      // renaming a file over it would replace the device itself.
      if (secret) {
        throw new WriteFailure(
            "it is not a regular file, and a file with a secret is written only as one");
      }
      writeInto(target, body);
      return;
    }
    if (Files.isSymbolicLink(target) && Files.exists(target)) {
      target = realPath(target); // write the file the link points to; the link stays
    }
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new WriteFailure("its folder does not exist");
    }
    boolean replacing = Files.exists(target);
    Path temp = createTemp(folder, target, secret, replacing);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        body.writeTo(out);
      }
      if (!secret && replacing && posix()) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (AccessDeniedException e) {
      throw new WriteFailure("permission denied");
    } catch (NoSuchFileException e) {
      throw new WriteFailure("its folder does not exist");
    } catch (IOException e) {
      throw new WriteFailure(reason(e));
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // The temporary file is beside the target and named after it; nothing else to do.
      }
    }
  }

  /**
   * A new, empty file beside {@code target}, named after it. A secret one is owner-only from the
   * start; one that replaces a file has that file's permissions (as far as the umask allows; they
   * are set exactly before the rename); any other gets the permissions every new file gets (the
   * umask's), as the target would if it were written directly.
   */
  private static Path createTemp(Path folder, Path target, boolean secret, boolean replacing)
      throws WriteFailure {
    String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    for (int attempt = 0; ; attempt++) {
      Path temp = folder.resolve(prefix + (System.nanoTime() + attempt) + ".part");
      try {
        if (!posix()) {
          return Files.createFile(temp);
        }
        if (secret) {
          return Files.createFile(
              temp,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        // A file replaced: its own permissions from the first byte, so that a private file is
        // never readable by others while it is written.
        return replacing
            ? Files.createFile(
                temp, PosixFilePermissions.asFileAttribute(Files.getPosixFilePermissions(target)))
            : Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        continue; // another run's temporary file of the same target; try the next name
      } catch (AccessDeniedException e) {
        throw new WriteFailure("permission denied");
      } catch (IOException | UnsupportedOperationException e) {
        throw new WriteFailure("its folder exists but does not take new files");
      }
    }
  }

  /** Writes into a file that is not a regular one, as it is, without a temporary file. */
  private static void writeInto(Path target, Body body) throws WriteFailure {
    try (OutputStream out =
        new BufferedOutputStream(
            Files.newOutputStream(
                target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
            1 << 16)) {
      body.writeTo(out);
    } catch (AccessDeniedException e) {
      throw new WriteFailure("permission denied");
    } catch (IOException e) {
      throw new WriteFailure(reason(e));
    }
  }

  private static Path realPath(Path link) throws WriteFailure {
    try {
      return link.toRealPath();
    } catch (AccessDeniedException e) {
      throw new WriteFailure("permission denied");
    } catch (IOException e) {
      throw new WriteFailure(reason(e));
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /**
   * Makes {@code folder} and any folders above it that are missing; a path that is, or runs
   * through, a file is named in the reason.
   */
  static void makeFolder(Path folder) throws WriteFailure {
    Path target = folder.toAbsolutePath();
    for (Path p = target; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new WriteFailure(
            (p.equals(target) ? "it" : p.toString()) + " is a file, not a folder");
      }
    }
    try {
      Files.createDirectories(target);
    } catch (AccessDeniedException e) {
      throw new WriteFailure("permission denied");
    } catch (IOException e) {
      throw new WriteFailure(reason(e));
    }
  }

  /** The operating system's own words, without the Java exception around them. */
  private static String reason(IOException e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return "the file system refused it";
    }
    int colon = m.lastIndexOf(": ");
    return colon >= 0 ? m.substring(colon + 2) : m;
  }
}
