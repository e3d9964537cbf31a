package org.dyad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Edit;

/**
 * Moves the articles of an embedded database folder that cannot be opened, a damaged SQLite file or
 * the H2 file of an earlier Dyad, into a fresh embedded database in the same folder; the old file
 * is kept beside it under another name. Every article whose row can still be read comes back.
 */
public final class Recovery {

  /**
   * What a recovery did.
   *
   * @param source what was read: "H2 database", "damaged SQLite database" or "healthy database"
   * @param found articles read from it
   * @param stored of those, newly stored in the embedded database
   * @param alreadyStored of those, already there (stored before, or duplicates)
   * @param unreadable article rows that could not be read
   * @param kept where the old file now is, or null when nothing was moved
   */
  public record Result(
      String source, int found, int stored, int alreadyStored, int unreadable, Path kept) {

    /** True when the database opened and passed SQLite's integrity check: nothing was done. */
    public boolean healthy() {
      return kept == null;
    }
  }

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  private Recovery() {}

  /** Recovers the embedded database folder {@code dir}. */
  public static Result recover(Path dir) throws StoreException {
    if (!Files.isDirectory(dir)) {
      throw new StoreException("no database folder " + dir, null);
    }
    Path h2 = dir.resolve(ArticleStore.H2_FILE);
    Path sqlite = dir.resolve(ArticleStore.EMBEDDED_FILE);
    if (Files.exists(h2)) {
      Salvage s = readH2(dir);
      Path kept = dir.resolve(ArticleStore.H2_FILE + ".recovered-" + stamp());
      Result r = saveAll("H2 database", s, dir, kept);
      move(h2, kept);
      return r;
    }
    if (!Files.exists(sqlite)) {
      throw new StoreException("no Dyad database in " + dir, null);
    }
    Optional<Integer> healthy = healthyCount(dir);
    if (healthy.isPresent()) {
      return new Result("healthy database", healthy.get(), 0, healthy.get(), 0, null);
    }
    String damaged = "dyad-damaged-" + stamp() + ".sqlite";
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path f = dir.resolve(ArticleStore.EMBEDDED_FILE + suffix);
      if (Files.exists(f)) {
        move(f, dir.resolve(damaged + suffix));
      }
    }
    Salvage s;
    try (Connection c = DriverManager.getConnection(ArticleStore.sqliteUrl(dir.resolve(damaged)))) {
      Salvage read = salvageSqlite(c);
      s = new Salvage(read.articles(), read.unreadable(), edits(c));
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the damaged database " + dir.resolve(damaged) + ": " + e.getMessage(), e);
    }
    return saveAll("damaged SQLite database", s, dir, dir.resolve(damaged));
  }

  /** The articles read from a database, the rows that could not be, and the edits read. */
  record Salvage(List<AnnotatedArticle> articles, int unreadable, List<Edit> edits) {

    Salvage(List<AnnotatedArticle> articles, int unreadable) {
      this(articles, unreadable, List.of());
    }
  }

  private static Result saveAll(String source, Salvage s, Path dir, Path kept)
      throws StoreException {
    int stored = 0;
    try (ArticleStore store = ArticleStore.openSqlite(dir, ArticleStore.EMBEDDED_FILE)) {
      for (AnnotatedArticle a : s.articles()) {
        if (store.save(a).status() == SaveResult.Status.STORED) {
          stored++;
        }
      }
      store.restoreEdits(s.edits());
    }
    return new Result(
        source, s.articles().size(), stored, s.articles().size() - stored, s.unreadable(), kept);
  }

  /** The article count when the folder's SQLite file opens and passes the integrity check. */
  private static Optional<Integer> healthyCount(Path dir) {
    try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
      try (Connection c =
              DriverManager.getConnection(
                  ArticleStore.sqliteUrl(dir.resolve(ArticleStore.EMBEDDED_FILE)));
          Statement st = c.createStatement();
          ResultSet r = st.executeQuery("PRAGMA integrity_check")) {
        if (!r.next() || !"ok".equals(r.getString(1))) {
          return Optional.empty();
        }
      }
      store.loadAll();
      return Optional.of(store.countArticles());
    } catch (StoreException | SQLException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The articles of the folder's H2 file: opened read-only when it still opens, else rebuilt from
   * the pages H2's own recovery tool can read, in a copy.
   */
  private static Salvage readH2(Path dir) throws StoreException {
    String url =
        "jdbc:h2:file:"
            + dir.toAbsolutePath().resolve("dyad")
            + ";ACCESS_MODE_DATA=r;AUTO_SERVER=FALSE;IFEXISTS=TRUE";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      return salvage(c, "H2 database " + dir);
    } catch (SQLException e) {
      return readH2Pages(dir);
    }
  }

  /** The articles of the folder's H2 file as H2's recovery tool rebuilds them from a copy. */
  static Salvage readH2Pages(Path dir) throws StoreException {
    Path tmp = null;
    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    try {
      tmp = Files.createTempDirectory("dyad-recover");
      Files.copy(dir.resolve(ArticleStore.H2_FILE), tmp.resolve(ArticleStore.H2_FILE));
      org.h2.tools.Recover tool = new org.h2.tools.Recover();
      tool.setOut(new java.io.PrintStream(said, true, StandardCharsets.UTF_8));
      tool.runTool("-dir", tmp.toString(), "-db", "dyad");
      Path script = tmp.resolve("dyad.h2.sql");
      try (Connection c =
              DriverManager.getConnection(
                  "jdbc:h2:mem:dyad-recover-" + System.nanoTime() + ";DB_CLOSE_DELAY=0", "sa", "");
          var reader = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
        org.h2.tools.RunScript.execute(c, reader);
        try (Statement st = c.createStatement()) {
          st.executeQuery("SELECT COUNT(*) FROM article").close();
        }
        return salvage(c, "H2 database " + dir);
      }
    } catch (IOException | SQLException e) {
      String tool = said.toString(StandardCharsets.UTF_8).strip();
      throw new StoreException(
          "cannot read the H2 database in "
              + dir
              + ", even with H2's recovery tool ("
              + (tool.isEmpty() ? e.getMessage() : tool).split("\\R")[0]
              + "); it is left as it is",
          e);
    } finally {
      delete(tmp);
    }
  }

  /** Every article that can be read from a database with Dyad's tables. */
  private static Salvage salvage(Connection c, String description) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    readColumn(c, "SELECT id FROM article ORDER BY source, id", ids);
    ArticleStore store = ArticleStore.reading(c, description);
    List<AnnotatedArticle> articles = new ArrayList<>();
    int unreadable = 0;
    for (String id : ids) {
      try {
        Optional<AnnotatedArticle> a = store.load(id);
        if (a.isPresent()) {
          articles.add(a.get());
        } else {
          unreadable++;
        }
      } catch (StoreException | RuntimeException e) {
        unreadable++;
      }
    }
    return new Salvage(articles, unreadable);
  }

  /**
   * Every article of a damaged SQLite file whose row and annotation row can be read and whose text
   * still has its stored hash, found by scanning both tables from either end (a scan stops at a
   * damaged page) and fetched by row id, so that no damaged index is needed.
   */
  private static Salvage salvageSqlite(Connection c) throws SQLException {
    c.setAutoCommit(true);
    Set<String> articleRows = new LinkedHashSet<>();
    readColumn(c, "SELECT rowid FROM article ORDER BY rowid", articleRows);
    readColumn(c, "SELECT rowid FROM article ORDER BY rowid DESC", articleRows);
    Map<String, String> annotationRow = new HashMap<>();
    for (String order : List.of("", " DESC")) {
      try (PreparedStatement q =
              c.prepareStatement(
                  "SELECT article_id, rowid FROM annotation ORDER BY rowid" + order);
          ResultSet r = q.executeQuery()) {
        while (r.next()) {
          annotationRow.putIfAbsent(r.getString(1), r.getString(2));
        }
      } catch (SQLException | RuntimeException e) {
        // the rows read so far count
      }
    }
    String columns;
    try {
      columns =
          ArticleStore.hasSyndication(c)
              ? ArticleStore.COLUMNS
              : ArticleStore.COLUMNS_BEFORE_SYNDICATION;
    } catch (SQLException | RuntimeException e) {
      columns = ArticleStore.COLUMNS;
    }
    List<AnnotatedArticle> articles = new ArrayList<>();
    int unreadable = 0;
    try (PreparedStatement id = c.prepareStatement("SELECT id FROM article WHERE rowid = ?");
        PreparedStatement full =
            c.prepareStatement(
                "SELECT "
                    + columns
                    + ", a.content_hash FROM article a, annotation n"
                    + " WHERE a.rowid = ? AND n.rowid = ?")) {
      for (String row : articleRows) {
        try {
          id.setLong(1, Long.parseLong(row));
          String articleId;
          try (ResultSet r = id.executeQuery()) {
            articleId = r.next() ? r.getString(1) : null;
          }
          String annotation = articleId == null ? null : annotationRow.get(articleId);
          if (annotation == null) {
            unreadable++;
            continue;
          }
          full.setLong(1, Long.parseLong(row));
          full.setLong(2, Long.parseLong(annotation));
          try (ResultSet r = full.executeQuery()) {
            if (r.next()) {
              AnnotatedArticle a = ArticleStore.row(r);
              // A damaged page may sit inside a text that still reads: it must hash as stored.
              if (ArticleIds.contentHash(a.article().text()).equals(r.getString(13))) {
                articles.add(a);
              } else {
                unreadable++;
              }
            } else {
              unreadable++;
            }
          }
        } catch (SQLException | IOException | RuntimeException e) {
          unreadable++;
        }
      }
    }
    articles.sort(
        Comparator.comparing((AnnotatedArticle a) -> a.article().source())
            .thenComparing(a -> a.article().id()));
    return new Salvage(articles, unreadable);
  }

  /** The analysts' edits a damaged file still holds, as many as can be read, in order. */
  private static List<Edit> edits(Connection c) {
    List<Edit> out = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(ArticleStore.EDITS);
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        try {
          out.add(ArticleStore.edit(r));
        } catch (SQLException | RuntimeException e) {
          // a damaged row is left out
        }
      }
    } catch (SQLException | RuntimeException e) {
      // no edits table (an earlier Dyad) or a damaged page: the edits read so far count
    }
    return out;
  }

  /** Adds the values a query lists, as many as it gets through before a damaged page stops it. */
  private static void readColumn(Connection c, String sql, Set<String> values) {
    try (PreparedStatement q = c.prepareStatement(sql);
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    } catch (SQLException | RuntimeException e) {
      // the rows read so far count
    }
  }

  private static void move(Path from, Path to) throws StoreException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException("cannot rename " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  private static String stamp() {
    return LocalDateTime.now().format(STAMP);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
