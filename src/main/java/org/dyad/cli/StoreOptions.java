package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.dyad.store.ArticleStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where a command keeps its articles: an embedded database folder or a PostgreSQL server. */
final class StoreOptions {

  /**
   * The environment variable holding the PostgreSQL password (never taken from the command line).
   */
  static final String PASSWORD_VARIABLE = "DYAD_DB_PASSWORD";

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      description =
          "Embedded database folder (default: $DYAD_HOME/db, else $XDG_DATA_HOME/dyad/db, else"
              + " ~/.local/share/dyad/db).")
  Path db;

  @Option(
      names = "--db-url",
      paramLabel = "URL",
      description =
          "A PostgreSQL database instead of the embedded one:"
              + " jdbc:postgresql://HOST[:PORT]/DATABASE. The password is read from $"
              + PASSWORD_VARIABLE
              + ".")
  String dbUrl;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "PostgreSQL user (default: your login name).")
  String dbUser;

  /**
   * Opens the store the options name; without any, the embedded database at the default location,
   * which is announced on {@code err}.
   */
  ArticleStore open(PrintWriter err) throws StoreException {
    if (db != null && dbUrl != null) {
      throw usage("--db and --db-url cannot be used together: choose a folder or a server");
    }
    if (dbUrl == null) {
      if (dbUser != null) {
        throw usage("--db-user needs --db-url");
      }
      Path dir = db;
      if (dir == null) {
        dir = DefaultLocations.database();
        err.println(
            "dyad: using the embedded database at " + dir + " (set another with --db or --db-url)");
      }
      return ArticleStore.openEmbedded(dir);
    }
    if (!dbUrl.startsWith("jdbc:postgresql:")) {
      throw usage(
          "--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST/DATABASE): " + dbUrl);
    }
    if (dbUrl.toLowerCase(java.util.Locale.ROOT).matches(".*[?&]password=.*")) {
      throw usage(
          "--db-url must not carry the password (others can see command lines): set $"
              + PASSWORD_VARIABLE
              + " instead");
    }
    return ArticleStore.open(dbUrl, dbUser, System.getenv(PASSWORD_VARIABLE));
  }

  /** The store the options name, for messages. */
  String describe() {
    if (dbUrl != null) {
      return "PostgreSQL database " + dbUrl;
    }
    return "embedded database " + (db != null ? db : DefaultLocations.database());
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }
}
