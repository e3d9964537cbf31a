package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreH2Test extends ArticleStoreContract {

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
}
