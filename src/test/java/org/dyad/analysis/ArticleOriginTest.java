package org.dyad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.nlp.Gazetteer;
import org.junit.jupiter.api.Test;

class ArticleOriginTest {

  private static final Gazetteer GAZ = Gazetteer.load();
  private static final ArticleOrigin ORIGIN = new ArticleOrigin(GAZ);

  private static String dateline(String text) {
    Article a = new Article("d", "d.txt", null, null, null, null, null, false, "en", text);
    return ORIGIN.datelineCountry(
        new AnnotatedArticle(a, List.of(), GAZ.find(text), List.of(), List.of()));
  }

  @Test
  void findsDatedCapitalLinesAndWireDatelines() {
    assertEquals(
        "PHL", dateline("Envoy summoned\n\nApril 30, 2024 \u2014 Manila\n\nThe ministry..."));
    assertEquals("IND", dateline("Talks resume\nNEW DELHI, India (Reuters) - Officials said..."));
    assertEquals("PAK", dateline("ISLAMABAD (AP) \u2014 Pakistan's army said on Monday..."));
  }

  @Test
  void aCapitalInTheHeadlineOrTheStoryIsNoDateline() {
    assertNull(dateline("Moscow warns Kyiv\n\nOfficials in Moscow said on May 3, 2025 that..."));
    assertNull(dateline("Talks in Geneva\n\nDiplomats met in Geneva on Monday."));
    assertNull(dateline(""));
  }
}
