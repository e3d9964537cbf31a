package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes the folders that output files go into before a run starts, and says so. */
final class OutputFolders {

  private OutputFolders() {}

  /**
   * Creates each missing folder of the given output files (nulls are skipped), printing one line
   * per folder created, so that a mistyped path is seen and a folder that cannot be made fails the
   * run before any work.
   */
  static void prepare(PrintWriter out, Path... files) throws IOException {
    for (Path file : files) {
      if (file == null) {
        continue;
      }
      Path folder = file.toAbsolutePath().getParent();
      if (folder == null || Files.isDirectory(folder)) {
        continue;
      }
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new IOException("cannot create folder " + folder + " for " + file + ": " + e, e);
      }
      out.println("dyad: created folder " + folder + " for " + file);
    }
  }
}
