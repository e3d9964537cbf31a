package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Edit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovering the articles of embedded databases that cannot be opened. */
class RecoveryTest {

  @TempDir Path dir;

  private static AnnotatedArticle article(int i) {
    return ArticleStoreContract.article(ArticleStoreContract.text(100 + i), "story-" + i + ".txt");
  }

  @Test
  void movesTheArticlesOfAnEarlierH2DatabaseAndKeepsItsFile() throws Exception {
    Path db = dir.resolve("old");
    Files.createDirectories(db);
    String url = "jdbc:h2:file:" + db.toAbsolutePath().resolve("dyad") + ";AUTO_SERVER=FALSE";
    try (ArticleStore h2 = ArticleStore.open(url, "sa", "")) {
      for (int i = 0; i < 3; i++) {
        h2.save(article(i));
      }
    }
    Recovery.Result r = Recovery.recover(db);
    assertEquals(3, r.found());
    assertEquals(3, r.stored());
    assertEquals(0, r.unreadable());
    assertFalse(Files.exists(db.resolve(ArticleStore.H2_FILE)));
    assertTrue(Files.exists(r.kept()), "the H2 file is kept: " + r.kept());
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      assertEquals(3, store.countArticles());
      assertEquals(article(1), store.load(article(1).article().id()).orElseThrow());
    }
  }

  private static Path h2Database(Path db, int articles) throws Exception {
    Files.createDirectories(db);
    String url = "jdbc:h2:file:" + db.toAbsolutePath().resolve("dyad") + ";AUTO_SERVER=FALSE";
    try (ArticleStore h2 = ArticleStore.open(url, "sa", "")) {
      for (int i = 0; i < articles; i++) {
        h2.save(article(i));
      }
    }
    return db.resolve(ArticleStore.H2_FILE);
  }

  @Test
  void readsAnH2DatabaseFromBeforeSyndicationSourcesWereKept() throws Exception {
    Path db = dir.resolve("v2");
    h2Database(db, 2);
    String url = "jdbc:h2:file:" + db.toAbsolutePath().resolve("dyad") + ";AUTO_SERVER=FALSE";
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
        java.sql.Statement st = c.createStatement()) {
      st.execute("ALTER TABLE article DROP COLUMN syndicated_from");
      st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '3'");
    }
    Recovery.Result r = Recovery.recover(db);
    assertEquals(2, r.found());
    assertEquals(2, r.stored());
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      assertEquals(article(1), store.load(article(1).article().id()).orElseThrow());
    }
  }

  @Test
  void h2sRecoveryToolRebuildsTheArticlesFromTheFilesPages() throws Exception {
    Path db = dir.resolve("pages");
    h2Database(db, 3);
    Recovery.Salvage s = Recovery.readH2Pages(db);
    assertEquals(0, s.unreadable());
    assertEquals(
        List.of(article(0), article(1), article(2)).stream()
            .sorted(java.util.Comparator.comparing(a -> a.article().source()))
            .toList(),
        s.articles());
  }

  @Test
  void anH2FileBeyondRepairIsLeftAsItIs() throws Exception {
    Path db = dir.resolve("beyond");
    Path file = h2Database(db, 2);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write(new byte[8192]);
    }
    StoreException e = assertThrows(StoreException.class, () -> Recovery.recover(db));
    assertTrue(e.getMessage().contains("even with H2's recovery tool"), e.getMessage());
    assertTrue(e.getMessage().endsWith("it is left as it is"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    assertTrue(Files.exists(file));
  }

  @Test
  void leavesAHealthyDatabaseAsItIs() throws Exception {
    Path db = dir.resolve("fine");
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      store.save(article(1));
    }
    Recovery.Result r = Recovery.recover(db);
    assertTrue(r.healthy());
    assertEquals(1, r.found());
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      assertEquals(1, store.countArticles());
    }
  }

  @Test
  void savesTheReadableArticlesOfADamagedFile() throws Exception {
    Path db = dir.resolve("damaged");
    int stories = 40;
    List<Edit> edits;
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      for (int i = 0; i < stories; i++) {
        store.save(article(i));
      }
      store.addEdit(Edit.Kind.HIDE_EVENT, "x1@3-9", null, "Ana Lyst");
      store.addEdit(Edit.Kind.UNDO, "1", null, "Bo Reviewer");
      edits = store.edits();
    }
    Path file = db.resolve(ArticleStore.EMBEDDED_FILE);
    long pages = Files.size(file) / 4096;
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      for (long page = pages / 3; page < pages / 2; page += 5) {
        f.seek(page * 4096);
        f.write("garbage ".repeat(512).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      }
    }
    StoreException broken =
        assertThrows(
            StoreException.class,
            () -> {
              try (ArticleStore store = ArticleStore.openEmbedded(db)) {
                store.loadAll();
              }
            });
    assertTrue(broken.getMessage().contains("dyad recover --db " + db), broken.getMessage());

    Recovery.Result r = Recovery.recover(db);
    assertFalse(r.healthy());
    assertNotNull(r.kept());
    assertTrue(Files.exists(r.kept()));
    assertTrue(r.found() >= stories / 2, "most articles come back: " + r);
    assertEquals(r.found(), r.stored());
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      Set<String> ids = new HashSet<>();
      for (AnnotatedArticle a : store.loadAll()) {
        assertEquals(article(Integer.parseInt(a.article().source().replaceAll("\\D", ""))), a);
        ids.add(a.article().id());
      }
      assertEquals(r.found(), ids.size());
      assertEquals(edits, store.edits(), "the analysts' edits come back with their history");
    }
    assertTrue(Recovery.recover(db).healthy(), "the fresh database is healthy");
  }

  @Test
  void aFolderWithoutADatabaseIsAStoreFailure() {
    StoreException e = assertThrows(StoreException.class, () -> Recovery.recover(dir));
    assertTrue(e.getMessage().contains("no Dyad database in " + dir), e.getMessage());
  }
}
