package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A note {@code dyad serve} leaves in the embedded database folder it serves ({@code
 * dyad-serve.json}: its process id and address), so that other commands can say who holds the
 * database. A note whose process is gone is ignored.
 */
final class ServeMarker implements AutoCloseable {

  /** The note's file name in the database folder. */
  static final String FILE = "dyad-serve.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The server a note names. */
  record Serving(long pid, String url) {}

  private final Path file;

  private ServeMarker(Path file) {
    this.file = file;
  }

  /**
   * Writes the note for this process serving {@code url} from {@code dir}; a folder that cannot be
   * written gets no note (serving goes on).
   */
  static ServeMarker write(Path dir, String url) {
    Path file = dir.resolve(FILE);
    try {
      JSON.writeValue(
          file.toFile(),
          JSON.createObjectNode()
              .put("pid", ProcessHandle.current().pid())
              .put("url", url)
              .put("started", Instant.now().toString()));
    } catch (IOException e) {
      return new ServeMarker(null);
    }
    return new ServeMarker(file);
  }

  /** The server that holds {@code dir} now, if a live process left its note there. */
  static Optional<Serving> find(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(file.toFile());
      long pid = n.path("pid").asLong(-1);
      String url = n.path("url").asText("");
      boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(new Serving(pid, url)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Removes the note. */
  @Override
  public void close() {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A stale note names a process that is gone and is ignored.
      }
    }
  }
}
