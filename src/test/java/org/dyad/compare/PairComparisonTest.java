package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PairAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class PairComparisonTest {

  private static final String TEXT = "One side acted against the other on that day.";

  private static Event event(
      String id,
      String article,
      String cameo,
      double goldstein,
      String src,
      String tgt,
      String date) {
    EventMention m =
        new EventMention(
            article,
            cameo,
            new ActorMention(new Actor(src, src, null), new Span(0, 3)),
            new ActorMention(new Actor(tgt, tgt, null), new Span(31, 36)),
            date == null ? null : PartialDate.parse(date),
            null,
            null,
            Modality.ASSERTED,
            null,
            new Span(0, TEXT.length()),
            new Span(13, 18),
            new Provenance("t", "1"));
    return new Event(
        id,
        cameo,
        goldstein,
        new Actor(src, src, null),
        new Actor(tgt, tgt, null),
        date == null ? null : PartialDate.parse(date),
        "s",
        List.of(m));
  }

  private static PairAnalysis compare(List<Event> events, List<String> pair) {
    Map<String, String> texts = Map.of("a", TEXT, "b", TEXT, "c", TEXT);
    Map<String, List<Span>> sentences =
        Map.of(
            "a", List.of(new Span(0, TEXT.length())),
            "b", List.of(new Span(0, TEXT.length())),
            "c", List.of(new Span(0, TEXT.length())));
    return new PairComparison(events, texts, sentences, List.of()).of(pair, Map.of());
  }

  private static Set<String> articles(Divergence d) {
    return d.versions().stream().map(v -> v.articleId()).collect(Collectors.toSet());
  }

  @Test
  void eachSidesAccountOfTheSameDaysClashIsAVersionOfTheOther() {
    List<Event> events =
        List.of(
            event("e1", "a", "112", -2, "IND", "PAK", "2025-04-22"),
            event("e2", "b", "120", -4, "PAK", "IND", "2025-04-22"),
            event("e3", "c", "120", -4, "PAK", "IND", "2025-05-23"),
            event("e4", "c", "042", 1.9, "PAK", "IND", "2025-04-22"));
    PairAnalysis p = compare(events, List.of("IND", "PAK"));
    Map<String, Divergence> byEvent =
        p.divergences().stream().collect(Collectors.toMap(Divergence::eventId, d -> d));
    assertEquals(Set.of("e1", "e2"), byEvent.keySet(), "a month later or a friendly act is not");
    assertEquals(Set.of("a", "b"), articles(byEvent.get("e1")));
    assertEquals(Set.of("a", "b"), articles(byEvent.get("e2")));
  }

  @Test
  void anArticlesNearestAccountWithinTwoWeeksIsTheOtherSidesVersion() {
    List<Event> events =
        List.of(
            event("e1", "a", "190", -10, "IND", "PAK", "2025-04-22"),
            event("e2", "b", "111", -2, "PAK", "IND", "2025-04-30"),
            event("e3", "b", "112", -2, "PAK", "IND", "2025-05-02"),
            event("e4", "c", "112", -2, "PAK", "IND", "2025-05-20"));
    PairAnalysis p = compare(events, List.of("IND", "PAK"));
    Divergence d =
        p.divergences().stream().filter(x -> x.eventId().equals("e1")).findFirst().orElseThrow();
    assertEquals(Set.of("a", "b"), articles(d), "c tells it four weeks later: another matter");
    assertEquals(
        2,
        d.versions().size(),
        "of article b only its nearest account (8 days), not the one 10 days off: " + d.versions());
  }

  @Test
  void anotherArticlesAccountOfAnAccordBetweenThePairIsItsOtherVersion() {
    List<Event> events =
        List.of(
            event("e1", "a", "057", 8, "ARM", "AZE", "2025-08-08"),
            event("e2", "b", "032", 4, "AZE", "ARM", "2025-08-10"),
            event("e3", "c", "061", 6, "AZE", "ARM", "2025-08-08"),
            event("e4", "c", "057", 8, "AZE", "ARM", "2025-09-20"));
    PairAnalysis p = compare(events, List.of("ARM", "AZE"));
    Map<String, Divergence> byEvent =
        p.divergences().stream().collect(Collectors.toMap(Divergence::eventId, d -> d));
    assertEquals(
        Set.of("a", "b"),
        articles(byEvent.get("e1")),
        "trade is no accord, and an agreement six weeks later is another one");
    assertEquals(Set.of("a", "b"), articles(byEvent.get("e2")));
  }

  @Test
  void aPairSeesOnlyTheEventsOfItsCountriesAndTheirTension() {
    List<Event> events =
        List.of(
            event("e1", "a", "190", -10, "IND", "PAK", "2025-05-07"),
            event("e2", "b", "190", -10, "PAK", "IND", "2025-05-07"),
            event("e3", "a", "190", -10, "RUS", "AZE", "2025-05-07"),
            event("e4", "b", "190", -10, "AZE", "RUS", "2025-05-07"));
    PairAnalysis p = compare(events, List.of("AZE", "RUS"));
    assertEquals(
        Set.of("e3", "e4"),
        p.divergences().stream().map(Divergence::eventId).collect(Collectors.toSet()));
    assertEquals(
        Set.of("AZE-RUS"), p.tension().stream().map(t -> t.pair()).collect(Collectors.toSet()));
  }

  @Test
  void anUndatedArticleStandsAtTheDateOfTheArticleThatTellsItsStory() {
    String told = "Rockets fell on Karvano and Meltis overnight, the Ostrava ministry said.";
    String retold = "In Karvano, the Ostrava ministry denied that Meltis had been hit by rockets.";
    String other = "Trade talks opened in Lindgard between the Norvik and Halden delegations.";
    Map<String, String> texts = Map.of("a", told, "b", retold, "c", other, "d", other);
    Map<String, List<Span>> sentences =
        Map.of(
            "a", List.of(new Span(0, told.length())),
            "b", List.of(new Span(0, retold.length())),
            "c", List.of(new Span(0, other.length())),
            "d", List.of(new Span(0, other.length())));
    List<Event> events =
        List.of(
            event("e1", "a", "190", -10, "IND", "PAK", "2025-04-22"),
            event("e2", "b", "195", -10, "PAK", "IND", null),
            event("e3", "d", "190", -10, "PAK", "IND", null));
    Map<String, PartialDate> published =
        Map.of("a", PartialDate.parse("2025-04-22"), "c", PartialDate.parse("2025-06-10"));
    List<Divergence> found =
        new PairComparison(
                events,
                texts,
                sentences,
                List.of(),
                PairComparison.standIns(texts, sentences, published))
            .of(List.of("IND", "PAK"), Map.of())
            .divergences();
    assertEquals(1, found.size(), "only the clash gets the undated account: " + found);
    assertEquals(
        Set.of("a", "b"),
        articles(found.get(0)),
        "b names what a names; d tells c's story, seven weeks later");
    assertEquals(
        List.of(),
        new PairComparison(events, texts, sentences, List.of())
            .of(List.of("IND", "PAK"), Map.of())
            .divergences(),
        "without publication dates no article stands anywhere");
  }

  @Test
  void aClashTakesTheNearestThreeOtherArticlesAccountsOnly() {
    List<String> ids = List.of("a", "b", "c", "d", "e", "f");
    Map<String, String> texts = new java.util.HashMap<>();
    Map<String, List<Span>> sentences = new java.util.HashMap<>();
    for (String id : ids) {
      texts.put(id, TEXT);
      sentences.put(id, List.of(new Span(0, TEXT.length())));
    }
    List<Event> events =
        List.of(
            event("e0", "a", "190", -10, "IND", "PAK", "2025-04-10"),
            event("e1", "b", "112", -2, "PAK", "IND", "2025-04-20"),
            event("e2", "c", "112", -2, "PAK", "IND", "2025-04-11"),
            event("e3", "d", "112", -2, "PAK", "IND", "2025-04-13"),
            event("e4", "e", "112", -2, "PAK", "IND", "2025-04-08"),
            event("e5", "f", "112", -2, "PAK", "IND", "2025-04-22"));
    Divergence d =
        new PairComparison(events, texts, sentences, List.of())
            .of(List.of("IND", "PAK"), Map.of()).divergences().stream()
                .filter(x -> x.eventId().equals("e0"))
                .findFirst()
                .orElseThrow();
    assertEquals(Set.of("a", "c", "d", "e"), articles(d), "1, 3 and 2 days off; not 10 and 12");
  }

  @Test
  void anAccountDatedToTheMonthIsAVersionOfAClashInThatMonthOnly() {
    List<Event> events =
        List.of(
            event("e1", "a", "190", -10, "IND", "PAK", "2025-04-28"),
            event("e2", "b", "112", -2, "PAK", "IND", "2025-04"),
            event("e3", "c", "190", -10, "IND", "PAK", "2025-05-02"));
    PairAnalysis p = compare(events, List.of("IND", "PAK"));
    Map<String, Divergence> byEvent =
        p.divergences().stream().collect(Collectors.toMap(Divergence::eventId, d -> d));
    assertEquals(Set.of("a", "b", "c"), articles(byEvent.get("e1")), "April: b's account counts");
    assertEquals(
        Set.of("a", "c"), articles(byEvent.get("e3")), "May 2 is near but not in b's April");
  }
}
