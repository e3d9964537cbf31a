package org.dyad.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling and a move, so no reader ever sees half a file. */
final class AtomicFiles {

  /** What goes into the file. */
  interface Body {
    void writeTo(Writer w) throws IOException;
  }

  private AtomicFiles() {}

  /** Writes {@code body} to {@code out} as UTF-8, replacing any existing file only when done. */
  static void write(Path out, Body body) throws IOException {
    if (out == null) {
      throw new IllegalArgumentException("out must not be null");
    }
    Path target = out.toAbsolutePath();
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
      // an OutputStreamWriter replaces unpaired surrogates instead of failing on them
      try (Writer w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
        body.writeTo(w);
      }
      readableByAll(tmp);
      move(tmp, target);
      tmp = null;
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + e, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write already failed; that failure is the one to report
        }
      }
    }
  }

  /** Temporary files are private to their owner; a report or export is meant to be shared. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException notPosix) {
      // other file systems keep their own defaults
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
