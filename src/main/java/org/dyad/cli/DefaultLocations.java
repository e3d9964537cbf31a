package org.dyad.cli;

import java.nio.file.Path;

/** Where Dyad keeps its data when the user does not say. */
final class DefaultLocations {

  private DefaultLocations() {}

  /**
   * {@code $DYAD_HOME/db}, else {@code $XDG_DATA_HOME/dyad/db}, else {@code
   * ~/.local/share/dyad/db}.
   */
  static Path database() {
    String home = System.getenv("DYAD_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "db");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("dyad").resolve("db");
  }
}
