package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PairAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class CorpusPairsTest {

  private static Event event(String src, String tgt, int reports) {
    List<EventMention> ms = new ArrayList<>();
    for (int i = 0; i < reports; i++) {
      ms.add(
          new EventMention(
              "a" + i,
              "173",
              new ActorMention(new Actor(src, src, null), new Span(0, 1)),
              new ActorMention(new Actor(tgt, tgt, null), new Span(2, 3)),
              null,
              null,
              null,
              Modality.ASSERTED,
              null,
              new Span(0, 5),
              new Span(0, 1),
              new Provenance("t", "1")));
    }
    return new Event(
        "e",
        "173",
        -5,
        new Actor(src, src, null),
        new Actor(tgt, tgt, null),
        PartialDate.parse("2025-06"),
        "s",
        ms);
  }

  @Test
  void aPairIsACandidateWhenItLeadsSeveralArticles() {
    List<Map<String, Integer>> articles =
        List.of(
            Map.of("RUS", 9, "AZE", 12, "KAZ", 1),
            Map.of("AZE", 8, "RUS", 7),
            Map.of("IND", 10, "PAK", 6, "USA", 1),
            Map.of("PAK", 4, "IND", 5),
            Map.of("USA", 11, "AZE", 8, "RUS", 2));
    assertEquals(
        List.of(List.of("AZE", "RUS"), List.of("IND", "PAK")),
        CorpusPairs.candidates(articles),
        "USA-AZE leads one article only");
  }

  @Test
  void aCorpusLedByNoPairTwiceHasItsMostLeadingPair() {
    assertEquals(
        List.of(List.of("ARM", "AZE")),
        CorpusPairs.candidates(List.of(Map.of("ARM", 3, "AZE", 2), Map.of("AZE", 1))));
    assertEquals(List.of(), CorpusPairs.candidates(List.of(Map.of("AZE", 4))));
  }

  @Test
  void anArticleIsAnalysedAgainstThePairWhoseCountriesItNamesMost() {
    List<List<String>> pairs = List.of(List.of("AZE", "RUS"), List.of("IND", "PAK"));
    assertEquals(
        List.of("IND", "PAK"), CorpusPairs.pairOf(Map.of("USA", 20, "PAK", 3, "IND", 2), pairs));
    assertEquals(List.of("AZE", "RUS"), CorpusPairs.pairOf(Map.of("FRA", 2), pairs));
    assertEquals(List.of(), CorpusPairs.pairOf(Map.of("FRA", 2), List.of()));
  }

  @Test
  void pairsAreRankedByTheirMergedEventsAndThoseWithoutAnyAreDropped() {
    List<List<String>> candidates =
        List.of(List.of("AZE", "RUS"), List.of("IND", "PAK"), List.of("FRA", "GBR"));
    List<Event> merged =
        List.of(
            event("IND", "PAK", 1),
            event("PAK", "IND", 3),
            event("RUS", "AZE", 9),
            event("RUS", "RUS", 2));
    assertEquals(
        List.of(List.of("IND", "PAK"), List.of("AZE", "RUS")),
        CorpusPairs.rank(candidates, merged));
    assertEquals(
        List.of(List.of("FRA", "GBR")), CorpusPairs.rank(List.of(List.of("FRA", "GBR")), merged));
  }

  @Test
  void pairsAreWrittenAsTwoCodesInEitherOrder() {
    assertEquals(List.of("AZE", "RUS"), PairAnalysis.parse("rus,aze"));
    assertEquals(List.of("AZE", "RUS"), PairAnalysis.parse("AZE-RUS"));
    assertEquals(List.of("AZE", "RUS"), PairAnalysis.parse(" AZE , RUS "));
    for (String bad : new String[] {"AZE", "AZE,AZE", "AZE,RUS,IND", "Azerbaijan,Russia", ""}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PairAnalysis.parse(bad));
      assertEquals(true, e.getMessage().length() > 0, bad);
    }
  }
}
