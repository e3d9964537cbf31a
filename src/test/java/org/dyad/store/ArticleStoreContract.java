package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Edit;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** The behaviour every database behind {@link ArticleStore} must show. */
abstract class ArticleStoreContract {

  /** A fresh, empty store. */
  abstract ArticleStore open() throws Exception;

  static AnnotatedArticle article(String text, String source) {
    Article a =
        new Article(
            ArticleIds.idFor(text),
            source,
            null,
            "Title",
            "Outlet",
            null,
            PartialDate.parse("2025-07-03"),
            true,
            "en",
            text);
    Sentence s =
        new Sentence(
            0,
            new Span(0, 6),
            List.of(new Token(0, new Span(0, 6), "Moscow", "Moscow", "NNP", "LOCATION")),
            List.of(new Dependency("root", -1, 0)));
    return new AnnotatedArticle(
        a,
        List.of(s),
        List.of(new EntityMention(new Span(0, 6), "Moscow", EntityType.COUNTRY, "RUS")),
        List.of(new TimeExpression(new Span(7, 11), "2025", "DATE", "2025")),
        List.of(new Provenance("test", "1")));
  }

  static String text(int variant) {
    StringBuilder b = new StringBuilder("Moscow 2025 ");
    for (int i = 0; i < 40; i++) {
      b.append("sentence number ")
          .append(i)
          .append(" of story ")
          .append(variant)
          .append(" about the talks. ");
    }
    return b.toString();
  }

  @Test
  void roundTripsAnArticleWithItsAnnotations() throws Exception {
    try (ArticleStore store = open()) {
      AnnotatedArticle a = article(text(1), "one.txt");
      assertEquals(SaveResult.Status.STORED, store.save(a).status());
      AnnotatedArticle back = store.load(a.article().id()).orElseThrow();
      assertEquals(a, back);
    }
  }

  @Test
  void keepsEditsWithTheirAuthorAndTimeAndUndoesThemByAnotherEdit() throws Exception {
    try (ArticleStore store = open()) {
      assertEquals(List.of(), store.edits());
      Edit hide = store.addEdit(Edit.Kind.HIDE_EVENT, "a1b2@10-42", null, "Ana Lyst");
      Edit speaker =
          store.addEdit(Edit.Kind.SET_SPEAKER, "a1b2@50-90", "AZE:Jeyhun Bayramov", "Ana Lyst");
      Edit perspective = store.addEdit(Edit.Kind.SET_PERSPECTIVE, "a1b2", "both", "Bo Reviewer");
      Edit undo = store.addEdit(Edit.Kind.UNDO, "1", null, "Bo Reviewer");
      assertEquals(
          List.of(1L, 2L, 3L, 4L), List.of(hide.id(), speaker.id(), perspective.id(), undo.id()));
      assertEquals(List.of(hide, speaker, perspective, undo), store.edits());
      assertEquals("AZE:Jeyhun Bayramov", store.edits().get(1).value());
      assertTrue(!undo.createdAt().isBefore(hide.createdAt()));
      assertThrows(
          IllegalArgumentException.class, () -> store.addEdit(Edit.Kind.UNDO, "1", null, "Ana"));
      assertThrows(
          IllegalArgumentException.class, () -> store.addEdit(Edit.Kind.UNDO, "9", null, "Ana"));
      assertThrows(
          IllegalArgumentException.class,
          () -> store.addEdit(Edit.Kind.SET_ACTOR, "a1b2@10-42", "sideways:RUS:X", "Ana"));
      assertEquals(4, store.edits().size());
    }
  }

  @Test
  void listsIdsInTheOrderOfLoadAllAndLoadsAnyOfThemAtOnce() throws Exception {
    try (ArticleStore store = open()) {
      List<AnnotatedArticle> saved = new java.util.ArrayList<>();
      for (int i = 0; i < 130; i++) {
        AnnotatedArticle a =
            article(text(1000 + i), String.format("story-%03d.txt", (i * 7) % 130));
        store.save(a);
        saved.add(a);
      }
      List<String> ids = store.articleIds();
      assertEquals(store.loadAll().stream().map(a -> a.article().id()).toList(), ids);
      List<String> wanted = new java.util.ArrayList<>(ids);
      java.util.Collections.reverse(wanted);
      wanted.add(5, "not-stored");
      List<AnnotatedArticle> loaded = store.load(wanted);
      wanted.remove("not-stored");
      assertEquals(wanted, loaded.stream().map(a -> a.article().id()).toList());
      for (AnnotatedArticle a : saved) {
        assertEquals(a, loaded.get(wanted.indexOf(a.article().id())));
      }
      assertEquals(List.of(), store.load(List.of()));
    }
  }

  @Test
  void roundTripsTheSourceAnArticleIsSyndicatedFrom() throws Exception {
    try (ArticleStore store = open()) {
      Article plain = article(text(7), "wire.txt").article();
      Article wire =
          new Article(
              plain.id(),
              plain.source(),
              "https://quaypost.example.net/a",
              plain.title(),
              "Quay Post",
              null,
              plain.published(),
              plain.publishedInferred(),
              "en",
              plain.text(),
              "Quaywire");
      AnnotatedArticle a = article(text(7), "wire.txt");
      AnnotatedArticle withWire =
          new AnnotatedArticle(wire, a.sentences(), a.entities(), a.timexes(), a.provenance());
      store.save(withWire);
      assertEquals("Quaywire", store.load(wire.id()).orElseThrow().article().syndicatedFrom());
      assertEquals(
          "Quaywire", store.load(List.of(wire.id())).get(0).article().syndicatedFrom(), "by ids");
    }
  }

  @Test
  void storesTheSameTextOnlyOnce() throws Exception {
    try (ArticleStore store = open()) {
      AnnotatedArticle a = article(text(2), "two.txt");
      store.save(a);
      SaveResult again = store.save(article(text(2), "copy-of-two.txt"));
      assertEquals(SaveResult.Status.DUPLICATE, again.status());
      assertEquals(1, store.countArticles());
      assertEquals(a.article().id(), store.findDuplicate(text(2)).orElseThrow());
    }
  }

  @Test
  void recognisesNearDuplicates() throws Exception {
    try (ArticleStore store = open()) {
      String original = text(3);
      store.save(article(original, "three.txt"));
      String edited =
          original.replace("sentence number 7 of story 3", "line number seven of story 3");
      assertTrue(store.findDuplicate(edited).isPresent());
      assertTrue(store.findDuplicate(text(4)).isEmpty());
      assertEquals(
          SaveResult.Status.NEAR_DUPLICATE, store.save(article(edited, "three-b.txt")).status());
    }
  }

  @Test
  void keepsEverythingCommittedBeforeAFailedSave() throws Exception {
    try (ArticleStore store = open()) {
      store.save(article(text(5), "five.txt"));
      AnnotatedArticle clash = article(text(6), "six.txt");
      Article sameId =
          new Article(
              ArticleIds.idFor(text(5)),
              "six.txt",
              null,
              null,
              null,
              null,
              null,
              false,
              "en",
              text(6));
      AnnotatedArticle bad =
          new AnnotatedArticle(
              sameId, clash.sentences(), clash.entities(), clash.timexes(), clash.provenance());
      try {
        store.save(bad);
      } catch (StoreException expected) {
        assertTrue(expected.getMessage().contains("six.txt"));
      }
      assertEquals(1, store.countArticles());
      assertEquals(1, store.loadAll().size());
    }
  }

  @Test
  void storesLongValuesAndTimeExpressionsWithoutText() throws Exception {
    try (ArticleStore store = open()) {
      AnnotatedArticle base = article(text(8), "eight.txt");
      String longValue = "P" + "1".repeat(200) + "Y";
      AnnotatedArticle a =
          new AnnotatedArticle(
              base.article(),
              base.sentences(),
              List.of(
                  new EntityMention(new Span(0, 6), "Moscow", EntityType.COUNTRY, "X".repeat(300))),
              List.of(new TimeExpression(new Span(7, 11), null, "DURATION", longValue)),
              List.of(new Provenance("test", "v".repeat(120))));
      assertEquals(SaveResult.Status.STORED, store.save(a).status());
      assertEquals(a, store.load(a.article().id()).orElseThrow());
    }
  }
}
