package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite file, and what makes that file crash-safe. */
class ArticleStoreSqliteTest extends ArticleStoreContract {

  @TempDir Path dir;
  private int n;

  @Override
  ArticleStore open() throws Exception {
    return ArticleStore.openEmbedded(dir.resolve("db" + n++));
  }

  @Test
  void dataSurvivesClosingAndReopening() throws Exception {
    Path db = dir.resolve("persistent");
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      store.save(article(text(7), "seven.txt"));
    }
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      assertEquals(1, store.countArticles());
    }
  }

  @Test
  void theFileKeepsAWriteAheadLogAndSyncsEveryCommit() throws Exception {
    Path db = dir.resolve("wal");
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      store.save(article(text(9), "nine.txt"));
      String url = ArticleStore.sqliteUrl(db.resolve(ArticleStore.EMBEDDED_FILE));
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        assertEquals("wal", pragma(s, "journal_mode"));
        assertEquals("2", pragma(s, "synchronous"), "2 is FULL");
        assertEquals("1", pragma(s, "foreign_keys"));
      }
    }
  }

  private static String pragma(Statement s, String name) throws Exception {
    try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  @Test
  void anEarlierH2DatabaseIsRefusedWithTheCommandThatMovesIt() throws Exception {
    Path db = dir.resolve("old");
    Files.createDirectories(db);
    Files.writeString(db.resolve(ArticleStore.H2_FILE), "not opened");
    StoreException e = assertThrows(StoreException.class, () -> ArticleStore.openEmbedded(db));
    assertTrue(e.getMessage().contains("H2 database of an earlier Dyad"), e.getMessage());
    assertTrue(e.getMessage().endsWith("dyad recover --db " + db), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  @Test
  void aFileThatIsNoDatabaseIsDamagedAndNamesTheWayOut() throws Exception {
    Path db = dir.resolve("garbage");
    Files.createDirectories(db);
    Files.write(db.resolve(ArticleStore.EMBEDDED_FILE), new byte[8192]);
    Files.writeString(db.resolve(ArticleStore.EMBEDDED_FILE), "x".repeat(8192));
    StoreException e = assertThrows(StoreException.class, () -> ArticleStore.openEmbedded(db));
    assertTrue(e.getMessage().contains("its file is damaged"), e.getMessage());
    assertTrue(e.getMessage().endsWith("dyad recover --db " + db), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }
}
