package org.dyad.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.analysis.Extraction;
import org.dyad.analysis.IncrementalAnalysis;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Corrections;
import org.dyad.model.Edit;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;
import org.dyad.model.Quote;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.report.JsonExporter;
import org.junit.jupiter.api.Test;

/**
 * Analysts' edits applied to a real analysis of articles written for this test: each kind changes
 * what it names and marks it {@code analyst}, edits hold over a re-analysis with a new article, and
 * undoing them gives back the analysis as Dyad found it.
 */
class CorrectorTest {

  private static Extraction extraction;
  private static Annotator annotator;
  private static List<AnnotatedArticle> articles;
  private static CorpusAnalysis found;

  private static final String[][] TEXTS = {
    {
      "r1",
      "Northwind Wire",
      "Moscow Expels Diplomats",
      "Russia expelled two Azerbaijani diplomats from Moscow on March 3, 2025. Russian police"
          + " detained five Azerbaijani citizens in Yekaterinburg on March 2, 2025."
          + " \u201cThese measures are a response to hostile steps,\u201d Russian Foreign Minister"
          + " Sergey Lavrov said."
    },
    {
      "a1",
      "Caspian Ledger",
      "Baku Protests",
      "Azerbaijan condemned the expulsion of its diplomats by Russia on March 4, 2025."
          + " Azerbaijani Foreign Minister Jeyhun Bayramov said that the arrests were"
          + " unacceptable. Russian police detained five Azerbaijani citizens on March 2, 2025,"
          + " the ministry added."
    },
    {
      "r2",
      "Northwind Wire",
      "Talks Planned",
      "Russia and Azerbaijan agreed on March 6, 2025 to hold talks in Baku."
          + " \u201cWe are ready for dialogue,\u201d the Russian ambassador said."
    },
  };

  private static final String LATE =
      "Azerbaijan closed the Russian cultural centre in Baku on March 8, 2025, officials said."
          + " Russia detained five Azerbaijani citizens on March 2, 2025, a report said.";

  private static synchronized void analyse() {
    if (found != null) {
      return;
    }
    Gazetteer gazetteer = Gazetteer.load();
    extraction = new Extraction(gazetteer);
    annotator =
        new GazetteerAnnotator(
            CoreNlpAnnotator.shared().parsingOnly(Extraction.parseScope()), gazetteer);
    List<AnnotatedArticle> out = new ArrayList<>();
    for (String[] t : TEXTS) {
      out.add(annotator.annotate(article(t[0], t[1], t[2], t[3])));
    }
    articles = out;
    found = extraction.analyze(articles);
  }

  private static Article article(String id, String outlet, String title, String text) {
    return new Article(
        id,
        id + ".txt",
        null,
        title,
        outlet,
        null,
        PartialDate.parse("2025-03-09"),
        false,
        "en",
        text);
  }

  private static long next = 1;

  private static Edit edit(Edit.Kind kind, String target, String value) {
    return new Edit(next++, kind, target, value, "Ana Lyst", Instant.parse("2025-03-10T10:00:00Z"));
  }

  private static String key(EventMention m) {
    return Edit.Key.of(m.articleId(), m.span()).toString();
  }

  /** The event told by most mentions (the detentions, told by two articles). */
  private static Event busiest(CorpusAnalysis a) {
    return a.events().stream()
        .max(java.util.Comparator.comparingInt((Event e) -> e.mentions().size()))
        .orElseThrow();
  }

  private static boolean has(CorpusAnalysis a, EventMention m) {
    return a.events().stream().anyMatch(e -> e.mentions().contains(m));
  }

  private static JsonNode export(CorpusAnalysis a) throws Exception {
    return new ObjectMapper().readTree(JsonExporter.toJson(a));
  }

  @Test
  void hidingAnEventTakesItOutOfEventsDivergencesAndTensionAndHoldsOverANewArticle()
      throws Exception {
    analyse();
    Event hidden = busiest(found);
    assertTrue(hidden.mentions().size() >= 2, hidden.toString());
    Corrector corrector = new Corrector(extraction);
    List<Edit> edits = List.of(edit(Edit.Kind.HIDE_EVENT, key(hidden.mentions().get(1)), null));
    CorpusAnalysis corrected = corrector.apply(found, edits);
    assertFalse(has(corrected, hidden.mentions().get(0)));
    assertEquals(found.events().size() - 1, corrected.events().size());
    assertTrue(corrected.divergences().stream().noneMatch(d -> d.eventId().equals(hidden.id())));
    assertTrue(
        corrected.tension().stream().noneMatch(t -> t.events().contains(hidden.id())),
        corrected.tension().toString());
    assertEquals(
        Corrections.Status.APPLIED, corrected.corrections().status().get(edits.get(0).id()));
    assertEquals("HIDE_EVENT", export(corrected).get("edits").get(0).get("kind").asText());

    // Re-analysis with a new article that tells the same detentions: the event stays hidden.
    List<AnnotatedArticle> more = new ArrayList<>(articles);
    more.add(annotator.annotate(article("a2", "Caspian Ledger", "Centre Closed", LATE)));
    CorpusAnalysis raw =
        new IncrementalAnalysis(extraction, 1).update(IncrementalAnalysis.inMemory(more));
    Event grown =
        raw.events().stream()
            .filter(e -> e.mentions().contains(hidden.mentions().get(0)))
            .findFirst()
            .orElseThrow();
    assertTrue(
        grown.mentions().stream().anyMatch(m -> m.articleId().equals("a2")),
        "the new article tells the hidden event: " + grown);
    CorpusAnalysis again = corrector.apply(raw, edits);
    for (EventMention m : grown.mentions()) {
      assertFalse(has(again, m), "a hidden mention came back: " + m);
    }
    assertEquals(raw.events().size() - 1, again.events().size());
  }

  @Test
  void mergingSplittingAndFixingMarkTheFactsAnalystInTheExport() throws Exception {
    analyse();
    Event two = busiest(found);
    Event other = found.events().stream().filter(e -> e != two).findFirst().orElseThrow();
    Quote quote = found.quotes().get(0);
    Corrector corrector = new Corrector(extraction);
    List<Edit> edits =
        List.of(
            edit(Edit.Kind.MERGE_EVENTS, key(two.mentions().get(0)), key(other.mentions().get(0))),
            edit(Edit.Kind.SET_ACTOR, key(two.mentions().get(0)), "source:AZE:Azerbaijani police"),
            edit(
                Edit.Kind.SET_SPEAKER,
                Edit.Key.of(quote.articleId(), quote.span()).toString(),
                "GEO:Tamar Beridze"),
            edit(Edit.Kind.SET_PERSPECTIVE, "r2", "both"));
    CorpusAnalysis c = corrector.apply(found, edits);
    Event merged =
        c.events().stream().filter(e -> e.id().equals(two.id())).findFirst().orElseThrow();
    assertTrue(merged.mentions().containsAll(other.mentions()));
    assertTrue(c.events().stream().noneMatch(e -> e.id().equals(other.id())));
    assertEquals("Azerbaijani police", merged.source().name());
    assertEquals("AZE", merged.source().country());
    assertEquals("both", c.perspectives().get("r2").label());
    JsonNode json = export(c);
    JsonNode event = null;
    for (JsonNode e : json.get("events")) {
      if (e.get("id").asText().equals(two.id())) {
        event = e;
      }
    }
    assertEquals("analyst", event.get("provenance").asText());
    assertEquals(
        "[1,2]".replace("1", "" + edits.get(0).id()).replace("2", "" + edits.get(1).id()),
        event.get("edits").toString());
    JsonNode q = json.get("quotes").get(0);
    assertEquals("Tamar Beridze", q.get("speaker").asText());
    assertEquals("GEO", q.get("speaker_country").asText());
    assertEquals("analyst", q.get("speaker_provenance").asText());
    for (JsonNode a : json.get("articles")) {
      assertEquals(
          a.get("dyad_id").asText().equals("r2"), a.has("perspective_provenance"), a.toString());
    }

    // Split: a mention taken out becomes an event of its own, marked as the analyst's.
    Edit split = edit(Edit.Kind.SPLIT_MENTION, key(other.mentions().get(0)), null);
    List<Edit> more = new ArrayList<>(edits);
    more.add(split);
    CorpusAnalysis s = corrector.apply(found, more);
    Event alone =
        s.events().stream()
            .filter(e -> e.mentions().equals(List.of(other.mentions().get(0))))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(split.id()), s.corrections().of(Corrections.eventFact(alone.id())));
    assertNotEquals(two.id(), alone.id());
  }

  @Test
  void anEditWhoseTargetIsGoneIsStaleAndChangesNothing() {
    analyse();
    Edit gone = edit(Edit.Kind.HIDE_EVENT, "zz9@0-10", null);
    CorpusAnalysis c = new Corrector(extraction).apply(found, List.of(gone));
    assertEquals(Corrections.Status.STALE, c.corrections().status().get(gone.id()));
    assertEquals(found.events(), c.events());
  }

  @Provide
  Arbitrary<List<Integer>> plans() {
    return Arbitraries.integers().between(0, 999).list().ofMinSize(1).ofMaxSize(6);
  }

  /** Edits built from numbers: a kind and targets among the analysis's mentions and quotes. */
  private static List<Edit> editsFrom(List<Integer> plan, long firstId) {
    List<EventMention> mentions = new ArrayList<>();
    found.events().forEach(e -> mentions.addAll(e.mentions()));
    List<Edit> out = new ArrayList<>();
    long id = firstId;
    Instant at = Instant.parse("2025-03-10T10:00:00Z");
    for (int n : plan) {
      EventMention m = mentions.get(n % mentions.size());
      EventMention o = mentions.get((n / 7) % mentions.size());
      Quote q = found.quotes().get((n / 3) % found.quotes().size());
      String k = key(m);
      Edit e =
          switch (n % 6) {
            case 0 -> new Edit(id, Edit.Kind.HIDE_EVENT, k, null, "p", at);
            case 1 ->
                k.equals(key(o))
                    ? new Edit(id, Edit.Kind.SPLIT_MENTION, k, null, "p", at)
                    : new Edit(id, Edit.Kind.MERGE_EVENTS, k, key(o), "p", at);
            case 2 -> new Edit(id, Edit.Kind.SPLIT_MENTION, k, null, "p", at);
            case 3 -> new Edit(id, Edit.Kind.SET_ACTOR, k, "target:GEO:Georgia", "p", at);
            case 4 ->
                new Edit(
                    id,
                    Edit.Kind.SET_SPEAKER,
                    Edit.Key.of(q.articleId(), q.span()).toString(),
                    ":Someone Else",
                    "p",
                    at);
            default ->
                new Edit(
                    id,
                    Edit.Kind.SET_PERSPECTIVE,
                    articles.get(n % articles.size()).article().id(),
                    n % 2 == 0 ? "neutral" : "both",
                    "p",
                    at);
          };
      out.add(e);
      id++;
    }
    return out;
  }

  private static void assertSameFacts(CorpusAnalysis expected, CorpusAnalysis actual) {
    assertEquals(expected.events(), actual.events());
    assertEquals(expected.quotes(), actual.quotes());
    assertEquals(expected.pairs(), actual.pairs());
  }

  @Property(tries = 25)
  void undoingEveryEditGivesBackTheAnalysisAsFound(@ForAll("plans") List<Integer> plan) {
    analyse();
    List<Edit> edits = new ArrayList<>(editsFrom(plan, 1));
    long id = edits.size() + 1;
    for (Edit e : List.copyOf(edits)) {
      edits.add(new Edit(id++, Edit.Kind.UNDO, Long.toString(e.id()), null, "p", e.createdAt()));
    }
    CorpusAnalysis c = new Corrector(extraction).apply(found, edits);
    assertSameFacts(found, c);
    assertTrue(c.corrections().facts().isEmpty());
  }

  @Property(tries = 25)
  void undoingTheLastEditIsNotHavingMadeItAndUndoingTheUndoRestoresIt(
      @ForAll("plans") List<Integer> plan) {
    analyse();
    Corrector corrector = new Corrector(extraction);
    List<Edit> edits = editsFrom(plan, 1);
    Edit last = edits.get(edits.size() - 1);
    List<Edit> undone = new ArrayList<>(edits);
    Edit undo =
        new Edit(last.id() + 1, Edit.Kind.UNDO, "" + last.id(), null, "p", last.createdAt());
    undone.add(undo);
    assertSameFacts(
        corrector.apply(found, edits.subList(0, edits.size() - 1)), corrector.apply(found, undone));
    List<Edit> redone = new ArrayList<>(undone);
    redone.add(new Edit(undo.id() + 1, Edit.Kind.UNDO, "" + undo.id(), null, "p", at()));
    assertSameFacts(corrector.apply(found, edits), corrector.apply(found, redone));
  }

  private static Instant at() {
    return Instant.parse("2025-03-11T10:00:00Z");
  }
}
