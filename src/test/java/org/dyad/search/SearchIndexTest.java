package org.dyad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search over articles, quotes and event mentions, updated incrementally. */
class SearchIndexTest {

  private static final Provenance P = new Provenance("test", "1");
  private static final String T1 =
      "Bordurian guards detained twelve fishermen near Klopstock.\n"
          + "\"We protect our waters,\" the minister said.";
  private static final String T2 = "Ruritania summoned the Bordurian ambassador over the arrests.";

  private static AnnotatedArticle article(String id, String title, String text) {
    return new AnnotatedArticle(
        new Article(id, id + ".txt", null, title, "Example Post", null, null, false, "en", text),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static Span at(String text, String part) {
    int i = text.indexOf(part);
    return new Span(i, i + part.length());
  }

  private static CorpusAnalysis corpus(boolean second) {
    Actor bor = new Actor("Borduria", "BOR", "MIL");
    Actor fishermen = new Actor("Ruritanian fishermen", "RUR", "CVL");
    Span clause = at(T1, "Bordurian guards detained twelve fishermen near Klopstock");
    EventMention m =
        new EventMention(
            "a1",
            "173",
            new ActorMention(bor, at(T1, "Bordurian guards")),
            new ActorMention(fishermen, at(T1, "twelve fishermen")),
            null,
            null,
            null,
            Modality.ASSERTED,
            null,
            clause,
            at(T1, "detained"),
            P);
    Event e = new Event("e1", "173", -5, bor, fishermen, null, "s", List.of(m));
    Quote q =
        new Quote(
            "a1",
            at(T1, "We protect our waters,"),
            "We protect our waters,",
            new Actor("Karl Petrov", "BOR", "GOV"),
            null,
            "said",
            null,
            true,
            P);
    List<AnnotatedArticle> articles =
        second
            ? List.of(article("a1", "Fishermen held", T1), article("a2", "Envoy summoned", T2))
            : List.of(article("a1", "Fishermen held", T1));
    return new CorpusAnalysis(articles, List.of(e), List.of(q));
  }

  @Test
  void findsArticlesQuotesAndMentionsWithTheMatchedWords(@TempDir Path dir) throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertEquals(1, index.update(corpus(false)));
      List<SearchIndex.Hit> mentions =
          index.search("detention of fishermen", EnumSet.of(SearchIndex.Kind.MENTION), 10);
      assertEquals(0, mentions.size(), "every word must match");
      mentions = index.search("detaining fishermen", EnumSet.of(SearchIndex.Kind.MENTION), 10);
      assertEquals(1, mentions.size());
      SearchIndex.Hit h = mentions.get(0);
      assertEquals("a1", h.articleId());
      assertEquals(at(T1, "Bordurian guards detained twelve fishermen near Klopstock"), h.span());
      assertEquals(
          List.of("detained", "fishermen"), h.matches().stream().map(s -> s.of(h.text())).toList());
      List<SearchIndex.Hit> quotes =
          index.search("Petrov waters", EnumSet.of(SearchIndex.Kind.QUOTE), 10);
      assertEquals(1, quotes.size(), "the speaker's name is searched too");
      List<SearchIndex.Hit> articles =
          index.search("klops*", EnumSet.allOf(SearchIndex.Kind.class), 10);
      assertTrue(articles.size() >= 2, articles.toString());
    }
  }

  @Test
  void updatesOnlyWhatChangedAndSurvivesAReopen(@TempDir Path dir) throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertEquals(1, index.update(corpus(false)));
      assertEquals(0, index.update(corpus(false)), "nothing changed");
      assertEquals(1, index.update(corpus(true)), "only the new article is indexed");
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertEquals(2, index.articles());
      assertEquals(0, index.update(corpus(true)));
      assertEquals(1, index.update(corpus(false)), "a removed article leaves the index");
      assertEquals(0, index.search("ambassador", Set.of(SearchIndex.Kind.ARTICLE), 10).size());
    }
  }

  @Test
  void aBlankOrOddQueryFindsNothingAndDoesNotFail() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.update(corpus(true));
      assertEquals(List.of(), index.search("  ", EnumSet.allOf(SearchIndex.Kind.class), 5));
      index.search("\"unclosed +-* (", EnumSet.allOf(SearchIndex.Kind.class), 5);
    }
  }

  @Test
  void aHeldIndexCannotBeOpenedTwiceAndMisuseIsRefused(@TempDir Path dir) throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertThrows(java.io.IOException.class, () -> SearchIndex.open(dir));
      assertThrows(
          IllegalArgumentException.class,
          () -> index.search("x", EnumSet.noneOf(SearchIndex.Kind.class), 5));
      assertThrows(
          IllegalArgumentException.class,
          () -> index.search("x", EnumSet.allOf(SearchIndex.Kind.class), 0));
      assertThrows(IllegalArgumentException.class, () -> index.update(null));
    }
  }

  @Test
  void mentionsThatShareAClauseAreToldApartByCodeAndTrigger() throws Exception {
    Actor bor = new Actor("Borduria", "BOR", "MIL");
    Span clause = at(T1, "Bordurian guards detained twelve fishermen near Klopstock");
    List<Event> events = new java.util.ArrayList<>();
    for (String[] c :
        new String[][] {
          {"173", "detained", "Ruritanian fishermen"}, {"190", "guards", "Klopstock"}
        }) {
      EventMention m =
          new EventMention(
              "a1",
              c[0],
              new ActorMention(bor, at(T1, "Bordurian guards")),
              new ActorMention(
                  new Actor(c[2], "RUR", "CVL"),
                  at(T1, c[2].equals("Klopstock") ? "Klopstock" : "twelve fishermen")),
              null,
              null,
              null,
              Modality.ASSERTED,
              null,
              clause,
              at(T1, c[1]),
              P);
      events.add(new Event("e" + c[0], c[0], -5, bor, m.target().actor(), null, "s", List.of(m)));
    }
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.update(
          new CorpusAnalysis(List.of(article("a1", "Fishermen held", T1)), events, List.of()));
      List<SearchIndex.Hit> hits =
          index.search("Bordurian", EnumSet.of(SearchIndex.Kind.MENTION), 10);
      assertEquals(2, hits.size(), hits.toString());
      assertEquals(
          Set.of(
              SearchIndex.mentionKey(events.get(0).mentions().get(0)),
              SearchIndex.mentionKey(events.get(1).mentions().get(0))),
          Set.of(hits.get(0).mention(), hits.get(1).mention()));
      List<SearchIndex.Hit> byName =
          index.search("Ruritanian", EnumSet.of(SearchIndex.Kind.MENTION), 10);
      assertEquals(1, byName.size(), "only the mention whose event names the fishermen");
      assertEquals(
          SearchIndex.mentionKey(events.get(0).mentions().get(0)), byName.get(0).mention());
    }
  }
}
