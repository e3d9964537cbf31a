package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Option(
      names = "--create",
      description =
          "Create the embedded database when the --db folder holds none (analyze creates one in a"
              + " new or empty folder by itself).")
  boolean create;

  /** The files an embedded database folder holds, the current store's first. */
  static final List<String> EMBEDDED_FILES = List.of("dyad.sqlite", "dyad.mv.db");

  /** Whether a command may start a new embedded database or needs one that exists. */
  enum Need {
    /** {@code analyze}: a new or empty folder gets a new database, which is announced. */
    NEW_OR_EXISTING,
    /** {@code export}, {@code serve}: a folder without a database is a mistake unless --create. */
    EXISTING
  }

  /**
   * Opens the store the options name; without any, the embedded database at the default location,
   * which is announced on {@code err}, as is a new embedded database. A folder without a database
   * is refused (unless {@code --create}) when the command needs one, or when it holds other files.
   */
  ArticleStore open(PrintWriter err, Need need) throws StoreException {
    if (db != null && dbUrl != null) {
      throw usage("--db and --db-url cannot be used together: choose a folder or a server");
    }
    if (dbUrl == null) {
      if (dbUser != null) {
        throw usage("--db-user needs --db-url");
      }
      Path dir = db == null ? DefaultLocations.database() : db;
      String flag = db == null ? "the default location" : "--db " + dir;
      if (!holdsDatabase(dir)) {
        if (!create && need == Need.EXISTING) {
          throw usage(
              "no Dyad database at "
                  + flag
                  + " (mistyped? 'dyad analyze INPUT... --db DIR' creates one; --create makes an"
                  + " empty one)");
        }
        if (!create && !isEmptyOrMissing(dir)) {
          throw usage(
              dir
                  + " holds other files but no Dyad database: give a new or empty folder with --db,"
                  + " or add --create to put one there");
        }
        err.println("dyad: new empty database at " + dir.toAbsolutePath().normalize());
      } else if (db == null) {
        err.println(
            "dyad: using the embedded database at " + dir + " (set another with --db or --db-url)");
      }
      err.flush();
      ServeMarker.Serving serving = ServeMarker.find(dir).orElse(null);
      try {
        ArticleStore store = ArticleStore.openEmbedded(dir);
        if (serving != null && need == Need.NEW_OR_EXISTING) {
          err.println(
              "dyad: 'dyad serve' (pid "
                  + serving.pid()
                  + ") is serving this database at "
                  + serving.url()
                  + " and shows new articles once it refreshes");
          err.flush();
        }
        return store;
      } catch (StoreException e) {
        throw held(dir, serving, e);
      }
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

  /** True when {@code dir} holds an embedded database file. */
  static boolean holdsDatabase(Path dir) {
    return EMBEDDED_FILES.stream().anyMatch(f -> Files.isRegularFile(dir.resolve(f)));
  }

  private static boolean isEmptyOrMissing(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The failure to open a folder another process holds, saying which one and what to do: stop a
   * {@code dyad serve} that holds it, or wait for the other process.
   */
  static StoreException held(Path dir, ServeMarker.Serving serving, StoreException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    boolean locked =
        m.contains("locked") || m.contains("in use") || m.contains("Locked") || m.contains("BUSY");
    if (!locked) {
      return e;
    }
    if (serving != null) {
      return new StoreException(
          "cannot open the embedded database "
              + dir
              + ": 'dyad serve' (pid "
              + serving.pid()
              + ", "
              + serving.url()
              + ") holds it while it runs. Stop it with Ctrl-C and run this again, or keep it"
              + " running and send it new articles: 'dyad serve --allow-ingest' takes JSON Lines on"
              + " POST /api/articles",
          e);
    }
    return new StoreException(
        "cannot open the embedded database "
            + dir
            + ": another Dyad process holds it (a 'dyad serve', analyze or export); wait for it to"
            + " end or stop it, then run this again",
        e);
  }

  /** The embedded database folder the options name, or null for a server. */
  Path embeddedFolder() {
    return dbUrl != null ? null : db != null ? db : DefaultLocations.database();
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
