package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Edit;
import org.dyad.model.EntityMention;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Dyad's database of articles and their annotations: an embedded SQLite file by default, any
 * PostgreSQL server for teams. Each article is saved in its own transaction, durable when {@link
 * #save} returns, so an interrupted or killed run keeps everything saved before it; exact and
 * near-duplicate texts are stored once.
 *
 * <p>The embedded file uses SQLite's write-ahead log with {@code synchronous=FULL}: a process
 * killed at any moment leaves a database that opens with every committed article, and a commit is
 * on disk before it is reported. PostgreSQL migrates from {@code db/migration}, SQLite from {@code
 * db/sqlite} (the same versions in SQLite's dialect).
 */
public final class ArticleStore implements AutoCloseable {

  /** Estimated Jaccard similarity from which two texts count as the same article. */
  public static final double NEAR_DUPLICATE = 0.85;

  /** The embedded database's file in its folder. */
  public static final String EMBEDDED_FILE = "dyad.sqlite";

  /** The file of the H2 database that Dyad used to keep in the same folder. */
  static final String H2_FILE = "dyad.mv.db";

  /** SQLite result codes for a damaged file and for a file that is no database. */
  private static final int SQLITE_CORRUPT = 11;

  private static final int SQLITE_NOTADB = 26;

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The JSON body of an article's annotations. */
  record AnnotationBody(
      List<Sentence> sentences,
      List<EntityMention> entities,
      List<TimeExpression> timexes,
      List<Provenance> provenance) {}

  private final Connection connection;
  private final String description;

  /** How to recover an embedded folder whose file is damaged, or null for a server. */
  private final String recoverHint;

  /** The columns queries read: {@link #COLUMNS}, or its older form for a database being read. */
  private final String columns;

  private ArticleStore(
      Connection connection, String description, String recoverHint, String columns) {
    this.connection = connection;
    this.description = description;
    this.recoverHint = recoverHint;
    this.columns = columns;
  }

  /**
   * Opens (creating if needed) the embedded database in {@code dir}; a folder that still holds an
   * earlier version's H2 database is refused with the command that moves its articles over.
   */
  public static ArticleStore openEmbedded(Path dir) throws StoreException {
    if (Files.exists(dir.resolve(H2_FILE)) && !Files.exists(dir.resolve(EMBEDDED_FILE))) {
      throw new StoreException(
          "cannot open embedded database "
              + dir
              + ": it holds an H2 database of an earlier Dyad ("
              + H2_FILE
              + "); move its articles to the new format with: dyad recover --db "
              + dir,
          null);
    }
    return openSqlite(dir, EMBEDDED_FILE);
  }

  /** Opens (creating if needed) the SQLite database {@code file} in {@code dir}. */
  static ArticleStore openSqlite(Path dir, String file) throws StoreException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create database folder " + dir + ": " + e.getMessage(), e);
    }
    return open(
        sqliteUrl(dir.resolve(file)),
        null,
        null,
        "classpath:db/sqlite",
        "embedded database " + dir,
        "recover its articles with: dyad recover --db " + dir);
  }

  /**
   * The JDBC URL of an embedded file: write-ahead log, every commit synced to disk, foreign keys
   * enforced, and a wait of up to 30 s for another process's write to end.
   */
  static String sqliteUrl(Path file) {
    return "jdbc:sqlite:"
        + file.toAbsolutePath()
        + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=30000";
  }

  /** Opens a database by JDBC URL (for example {@code jdbc:postgresql://host/dyad}). */
  public static ArticleStore open(String jdbcUrl, String user, String password)
      throws StoreException {
    return open(jdbcUrl, user, password, "classpath:db/migration", "database " + jdbcUrl, null);
  }

  private static ArticleStore open(
      String url,
      String user,
      String password,
      String migrations,
      String description,
      String recoverHint)
      throws StoreException {
    try {
      Flyway.configure().dataSource(url, user, password).locations(migrations).load().migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot open " + description + ": " + rootMessage(e, recoverHint), e);
    }
    try {
      Connection c = DriverManager.getConnection(url, user, password);
      c.setAutoCommit(false);
      return new ArticleStore(c, description, recoverHint, COLUMNS);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open " + description + ": " + rootMessage(e, recoverHint), e);
    }
  }

  /**
   * A store over an open connection to a database whose schema is already there (recovery), which
   * may be from before the article's syndication source was kept.
   */
  static ArticleStore reading(Connection c, String description) throws SQLException {
    c.setAutoCommit(false);
    return new ArticleStore(
        c, description, null, hasSyndication(c) ? COLUMNS : COLUMNS_BEFORE_SYNDICATION);
  }

  /** True when the database's article table has the syndicated_from column (migration V3). */
  static boolean hasSyndication(Connection c) throws SQLException {
    for (String table : List.of("article", "ARTICLE")) {
      try (ResultSet r = c.getMetaData().getColumns(null, null, table, null)) {
        while (r.next()) {
          if (r.getString("COLUMN_NAME").equalsIgnoreCase("syndicated_from")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e, String recoverHint) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.toString() : t.getMessage();
    if (recoverHint != null && (damaged(t) || damaged(e))) {
      return "its file is damaged (" + m.split("\n")[0] + "); " + recoverHint;
    }
    return m.split("\n")[0];
  }

  /** True when SQLite found its file damaged or not a database at all. */
  private static boolean damaged(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLException s
          && (s.getErrorCode() == SQLITE_CORRUPT || s.getErrorCode() == SQLITE_NOTADB)) {
        return true;
      }
      if (c.getMessage() != null
          && (c.getMessage().contains("SQLITE_CORRUPT")
              || c.getMessage().contains("SQLITE_NOTADB"))) {
        return true;
      }
    }
    return false;
  }

  /** The message of a failed query or write, with the way out when the file is damaged. */
  private String failure(String what, Exception e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
    if (recoverHint != null && damaged(e)) {
      return what + " " + description + ": its file is damaged (" + m + "); " + recoverHint;
    }
    return what + " " + description + ": " + m;
  }

  /** The id of a stored article with the same or nearly the same text, if any. */
  public synchronized Optional<String> findDuplicate(String text) throws StoreException {
    try {
      Optional<String> exact = byHash(ArticleIds.contentHash(text));
      if (exact.isPresent()) {
        return exact;
      }
      Optional<String> near = nearDuplicate(MinHash.signature(text));
      connection.commit();
      return near;
    } catch (SQLException e) {
      throw new StoreException(failure("cannot query", e), e);
    }
  }

  /** Saves an article with its annotations in one transaction unless it is already stored. */
  public synchronized SaveResult save(AnnotatedArticle a) throws StoreException {
    Article art = a.article();
    String hash = ArticleIds.contentHash(art.text());
    long[] sig = MinHash.signature(art.text());
    try {
      Optional<String> exact = byHash(hash);
      if (exact.isPresent()) {
        connection.rollback();
        return new SaveResult(SaveResult.Status.DUPLICATE, art.id(), exact.get());
      }
      Optional<String> near = nearDuplicate(sig);
      if (near.isPresent()) {
        connection.rollback();
        return new SaveResult(SaveResult.Status.NEAR_DUPLICATE, art.id(), near.get());
      }
      insertArticle(art, hash, sig);
      insertAnnotations(a);
      connection.commit();
      return new SaveResult(SaveResult.Status.STORED, art.id(), null);
    } catch (SQLException | JsonProcessingException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException(failure("cannot save article " + art.source() + " to", e), e);
    }
  }

  private Optional<String> byHash(String hash) throws SQLException {
    try (PreparedStatement q =
        connection.prepareStatement("SELECT id FROM article WHERE content_hash = ?")) {
      q.setString(1, hash);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private Optional<String> nearDuplicate(long[] sig) throws SQLException {
    long[] bands = MinHash.bands(sig);
    Set<String> candidates = new LinkedHashSet<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT article_id FROM article_band WHERE band = ? AND band_hash = ?")) {
      for (int b = 0; b < bands.length; b++) {
        q.setInt(1, b);
        q.setLong(2, bands[b]);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            candidates.add(r.getString(1));
          }
        }
      }
    }
    try (PreparedStatement q =
        connection.prepareStatement("SELECT minhash FROM article WHERE id = ?")) {
      for (String id : candidates) {
        q.setString(1, id);
        try (ResultSet r = q.executeQuery()) {
          if (r.next()
              && MinHash.similarity(sig, MinHash.decode(r.getString(1))) >= NEAR_DUPLICATE) {
            return Optional.of(id);
          }
        }
      }
    }
    return Optional.empty();
  }

  private void insertArticle(Article a, String hash, long[] sig) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO article (id, source, url, title, outlet, author, published,"
                + " published_inferred, language, text, content_hash, minhash, ingested_at,"
                + " syndicated_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, a.id());
      p.setString(2, a.source());
      setNullable(p, 3, a.url());
      setNullable(p, 4, a.title());
      setNullable(p, 5, a.outlet());
      setNullable(p, 6, a.author());
      setNullable(p, 7, a.published() == null ? null : a.published().toString());
      p.setBoolean(8, a.publishedInferred());
      p.setString(9, a.language());
      p.setString(10, a.text());
      p.setString(11, hash);
      p.setString(12, MinHash.encode(sig));
      p.setTimestamp(13, Timestamp.from(Instant.now()));
      setNullable(p, 14, a.syndicatedFrom());
      p.executeUpdate();
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO article_band (article_id, band, band_hash) VALUES (?, ?, ?)")) {
      long[] bands = MinHash.bands(sig);
      for (int b = 0; b < bands.length; b++) {
        p.setString(1, a.id());
        p.setInt(2, b);
        p.setLong(3, bands[b]);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void insertAnnotations(AnnotatedArticle a) throws SQLException, JsonProcessingException {
    String id = a.article().id();
    Provenance last =
        a.provenance().isEmpty()
            ? new Provenance("none", "0")
            : a.provenance().get(a.provenance().size() - 1);
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO annotation (article_id, stage, version, body) VALUES (?, ?, ?, ?)")) {
      p.setString(1, id);
      p.setString(2, last.stage());
      p.setString(3, last.version());
      p.setString(
          4,
          JSON.writeValueAsString(
              new AnnotationBody(a.sentences(), a.entities(), a.timexes(), a.provenance())));
      p.executeUpdate();
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO entity_mention (article_id, start_offset, end_offset, type, text,"
                + " normalized) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (EntityMention e : a.entities()) {
        p.setString(1, id);
        p.setInt(2, e.span().start());
        p.setInt(3, e.span().end());
        p.setString(4, e.type().name());
        p.setString(5, e.text());
        setNullable(p, 6, e.normalized());
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO time_expression (article_id, start_offset, end_offset, type, timex_value, text)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (TimeExpression t : a.timexes()) {
        p.setString(1, id);
        p.setInt(2, t.span().start());
        p.setInt(3, t.span().end());
        p.setString(4, t.type());
        setNullable(p, 5, t.value());
        p.setString(6, t.text());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void setNullable(PreparedStatement p, int i, String v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.VARCHAR);
    } else {
      p.setString(i, v);
    }
  }

  /** One stored article with its annotations. */
  public synchronized Optional<AnnotatedArticle> load(String id) throws StoreException {
    List<AnnotatedArticle> found = query("WHERE a.id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every stored article, ordered by source then id. */
  public synchronized List<AnnotatedArticle> loadAll() throws StoreException {
    return query("", null);
  }

  /** The ids of every stored article, in the order of {@link #loadAll}: by source, then id. */
  public synchronized List<String> articleIds() throws StoreException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement q =
            connection.prepareStatement(
                "SELECT a.id FROM article a JOIN annotation n ON n.article_id = a.id"
                    + " ORDER BY a.source, a.id");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
      connection.commit();
      return out;
    } catch (SQLException e) {
      throw new StoreException(failure("cannot read article ids from", e), e);
    }
  }

  /** One stored row before its annotations are parsed. */
  private record Row(Article article, String body) {}

  /**
   * The stored articles with these ids, in the given order, leaving out ids that are not stored.
   * Their annotations are parsed outside the store's lock, so several threads can load at once.
   */
  public List<AnnotatedArticle> load(List<String> ids) throws StoreException {
    Map<String, Row> rows = rows(ids);
    List<AnnotatedArticle> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      Row row = rows.get(id);
      if (row == null) {
        continue;
      }
      try {
        AnnotationBody body = JSON.readValue(row.body(), AnnotationBody.class);
        out.add(
            new AnnotatedArticle(
                row.article(),
                body.sentences(),
                body.entities(),
                body.timexes(),
                body.provenance()));
      } catch (JsonProcessingException e) {
        throw new StoreException(
            "cannot read article " + id + " from " + description + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private synchronized Map<String, Row> rows(List<String> ids) throws StoreException {
    Map<String, Row> out = new HashMap<>();
    try {
      for (int from = 0; from < ids.size(); from += 100) {
        List<String> part = ids.subList(from, Math.min(ids.size(), from + 100));
        String sql =
            "SELECT "
                + columns
                + " FROM article a JOIN annotation n ON n.article_id = a.id WHERE a.id IN ("
                + String.join(", ", java.util.Collections.nCopies(part.size(), "?"))
                + ")";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
          for (int i = 0; i < part.size(); i++) {
            q.setString(i + 1, part.get(i));
          }
          try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
              Article a = article(r);
              out.put(a.id(), new Row(a, r.getString(11)));
            }
          }
        }
      }
      connection.commit();
      return out;
    } catch (SQLException e) {
      throw new StoreException(failure("cannot read articles from", e), e);
    }
  }

  public synchronized int countArticles() throws StoreException {
    try (PreparedStatement q = connection.prepareStatement("SELECT COUNT(*) FROM article");
        ResultSet r = q.executeQuery()) {
      r.next();
      int n = r.getInt(1);
      connection.commit();
      return n;
    } catch (SQLException e) {
      throw new StoreException(failure("cannot count articles in", e), e);
    }
  }

  /**
   * Stores an analyst's edit, numbered after the last one and dated now, in its own transaction.
   *
   * @throws IllegalArgumentException when the edit is malformed (see {@link Edit}), or an undo
   *     names an edit that is not stored or is not the latest word on it
   */
  public synchronized Edit addEdit(Edit.Kind kind, String target, String value, String author)
      throws StoreException {
    try {
      long id;
      try (PreparedStatement q =
              connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM analyst_edit");
          ResultSet r = q.executeQuery()) {
        r.next();
        id = r.getLong(1) + 1;
      }
      if (kind == Edit.Kind.UNDO
          && target != null
          && target.strip().matches("\\d{1,18}")
          && Long.parseLong(target.strip()) >= id) {
        connection.rollback();
        throw new IllegalArgumentException("there is no edit " + target.strip() + " to undo");
      }
      Edit e =
          new Edit(id, kind, target, value, author, Instant.now().truncatedTo(ChronoUnit.MILLIS));
      if (kind == Edit.Kind.UNDO) {
        List<Edit> all = readEdits();
        if (all.stream().noneMatch(x -> x.id() == e.undoes())) {
          connection.rollback();
          throw new IllegalArgumentException("there is no edit " + e.undoes() + " to undo");
        }
        if (all.stream().anyMatch(x -> x.kind() == Edit.Kind.UNDO && x.undoes() == e.undoes())) {
          connection.rollback();
          throw new IllegalArgumentException(
              "edit " + e.undoes() + " has been undone already; undo that undo to restore it");
        }
      }
      insertEdit(e);
      connection.commit();
      return e;
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the failure below says what went wrong
      }
      throw new StoreException(failure("cannot store an edit in", e), e);
    }
  }

  /**
   * Stores edits read from another database (recovery) with their ids, authors and times, in one
   * transaction; an id already stored is left as it is.
   */
  public synchronized void restoreEdits(List<Edit> edits) throws StoreException {
    try {
      Set<Long> have = new java.util.HashSet<>();
      readEdits().forEach(e -> have.add(e.id()));
      for (Edit e : edits) {
        if (have.add(e.id())) {
          insertEdit(e);
        }
      }
      connection.commit();
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the failure below says what went wrong
      }
      throw new StoreException(failure("cannot restore edits in", e), e);
    }
  }

  /** Every stored edit, oldest first. */
  public synchronized List<Edit> edits() throws StoreException {
    try {
      List<Edit> out = readEdits();
      connection.commit();
      return out;
    } catch (SQLException e) {
      throw new StoreException(failure("cannot read edits from", e), e);
    }
  }

  private void insertEdit(Edit e) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO analyst_edit (id, kind, target, edit_value, author, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, e.id());
      p.setString(2, e.kind().name());
      p.setString(3, e.target());
      setNullable(p, 4, e.value());
      p.setString(5, e.author());
      p.setTimestamp(6, Timestamp.from(e.createdAt()));
      p.executeUpdate();
    }
  }

  private List<Edit> readEdits() throws SQLException {
    List<Edit> out = new ArrayList<>();
    try (PreparedStatement q = connection.prepareStatement(EDITS);
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        out.add(edit(r));
      }
    }
    return out;
  }

  /** The stored edits, oldest first, in the columns {@link #edit} reads. */
  static final String EDITS =
      "SELECT id, kind, target, edit_value, author, created_at FROM analyst_edit ORDER BY id";

  /** The edit at the current row of {@link #EDITS}'s result. */
  static Edit edit(ResultSet r) throws SQLException {
    return new Edit(
        r.getLong(1),
        Edit.Kind.valueOf(r.getString(2)),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getTimestamp(6).toInstant());
  }

  /** The columns {@link #row} reads, from {@code article a} and {@code annotation n}. */
  static final String COLUMNS =
      "a.id, a.source, a.url, a.title, a.outlet, a.author, a.published, a.published_inferred,"
          + " a.language, a.text, n.body, a.syndicated_from";

  /** {@link #COLUMNS} for a database from before syndication sources were kept (recovery). */
  static final String COLUMNS_BEFORE_SYNDICATION =
      COLUMNS.replace("a.syndicated_from", "NULL AS syndicated_from");

  /** The article of the current row of a query selecting {@link #COLUMNS}. */
  private static Article article(ResultSet r) throws SQLException {
    String published = r.getString(7);
    return new Article(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6),
        published == null ? null : PartialDate.parse(published),
        r.getBoolean(8),
        r.getString(9),
        r.getString(10),
        r.getString(12));
  }

  private List<AnnotatedArticle> query(String where, String arg) throws StoreException {
    String sql =
        "SELECT "
            + columns
            + " FROM article a JOIN annotation n ON n.article_id = a.id "
            + where
            + " ORDER BY a.source, a.id";
    List<AnnotatedArticle> out = new ArrayList<>();
    try (PreparedStatement q = connection.prepareStatement(sql)) {
      if (arg != null) {
        q.setString(1, arg);
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(row(r));
        }
      }
      connection.commit();
      return out;
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(failure("cannot read articles from", e), e);
    }
  }

  /** The article with its annotations in the current row of a query of {@link #COLUMNS}. */
  static AnnotatedArticle row(ResultSet r) throws SQLException, JsonProcessingException {
    Article a = article(r);
    AnnotationBody body = JSON.readValue(r.getString(11), AnnotationBody.class);
    return new AnnotatedArticle(
        a, body.sentences(), body.entities(), body.timexes(), body.provenance());
  }

  @Override
  public synchronized void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + description + ": " + e.getMessage(), e);
    }
  }
}
