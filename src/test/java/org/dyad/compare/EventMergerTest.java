package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.extract.event.CameoCodebook;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class EventMergerTest {

  private static EventMention mention(
      String article, String cameo, String src, String tgt, String date) {
    return mention(
        article, cameo, new Actor(src, src, null), tgt, date, new Provenance("test", "1"));
  }

  private static EventMention mention(
      String article, String cameo, Actor src, String tgt, String date, Provenance provenance) {
    return new EventMention(
        article,
        cameo,
        new ActorMention(src, new Span(0, 1)),
        new ActorMention(new Actor(tgt, tgt, null), new Span(2, 3)),
        date == null ? null : PartialDate.parse(date),
        null,
        null,
        Modality.ASSERTED,
        null,
        new Span(0, 10),
        new Span(4, 5),
        provenance);
  }

  private final EventMerger merger = new EventMerger(CameoCodebook.load());

  @Test
  void aReportRepeatedManyTimesIsOneEvent() {
    List<EventMention> ms = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ms.add(mention("a" + i, "173", "IND", "PAK", i % 2 == 0 ? "2025-05-07" : "2025-05"));
    }
    List<Event> events = merger.merge(ms, m -> "s");
    assertEquals(1, events.size());
    assertEquals(10, events.get(0).mentions().size());
    assertEquals("2025-05-07", events.get(0).date().toString());
    assertEquals(-5.0, events.get(0).goldstein());
  }

  @Test
  void differentDaysActorsOrFamiliesStaySeparate() {
    List<Event> events =
        merger.merge(
            List.of(
                mention("a", "173", "IND", "PAK", "2025-05-07"),
                mention("b", "173", "IND", "PAK", "2025-05-09"),
                mention("c", "173", "PAK", "IND", "2025-05-07"),
                mention("d", "190", "IND", "PAK", "2025-05-07")),
            m -> "s");
    assertEquals(4, events.size());
  }

  @Test
  void undatedMentionsJoinTheirEventAndEventsAreChronological() {
    List<Event> events =
        merger.merge(
            List.of(
                mention("a", "111", "RUS", "AZE", "2025-06-28"),
                mention("a", "111", "RUS", "AZE", null),
                mention("c", "042", "RUS", "AZE", "2025-03-06")),
            m -> "s");
    assertEquals(2, events.size());
    assertEquals("e1", events.get(0).id());
    assertEquals("2025-03-06", events.get(0).date().toString());
    assertEquals(2, events.get(1).mentions().size());
  }

  @Test
  void compatibleDatesAgreeAtTheirCommonPrecision() {
    assertTrue(
        EventMerger.compatible(PartialDate.parse("2025-06"), PartialDate.parse("2025-06-27")));
    assertFalse(
        EventMerger.compatible(PartialDate.parse("2025-06-27"), PartialDate.parse("2025-06-30")));
    assertFalse(EventMerger.compatible(PartialDate.parse("2024"), PartialDate.parse("2025-01")));
  }

  private static EventMention incident(String article, String tgt, String date) {
    return mention(
        article,
        "190",
        new Actor("unattributed", null, null),
        tgt,
        date,
        org.dyad.extract.event.EventExtractor.INCIDENT);
  }

  @Test
  void anIncidentJoinsTheViolentEventItReportsAndTakesItsCodeAndSource() {
    EventMention downing = mention("a", "195", "IND", "PAK", null);
    EventMention crash = incident("b", "PAK", "2025-03-05");
    java.util.Map<EventMention, java.util.Set<String>> anchors =
        java.util.Map.of(
            downing, java.util.Set.of("t:down", "o:aircraft"),
            crash, java.util.Set.of("t:crash", "o:aircraft"));
    List<Event> events = merger.merge(List.of(downing, crash), m -> "s", anchors::get);
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals(2, e.mentions().size());
    assertEquals("2025-03-05", e.date().toString(), "the incident dates the event");
    assertTrue(e.mentions().stream().allMatch(m -> m.cameo().equals("195")));
    assertTrue(e.mentions().stream().allMatch(m -> "IND".equals(m.source().actor().country())));
  }

  @Test
  void anIncidentThatReportsNoAttributedEventIsDropped() {
    EventMention other = mention("a", "195", "IND", "PAK", "2025-03-05");
    EventMention crash = incident("b", "PAK", "2025-03-05");
    java.util.Map<EventMention, java.util.Set<String>> anchors =
        java.util.Map.of(
            other, java.util.Set.of("t:strike", "o:depot"),
            crash, java.util.Set.of("t:crash", "o:aircraft"));
    List<Event> events = merger.merge(List.of(other, crash), m -> "s", anchors::get);
    assertEquals(1, events.size());
    assertEquals(1, events.get(0).mentions().size());
  }

  @Test
  void anUndatedMentionJoinsOnlyAnEventItsOwnArticleTells() {
    EventMention closure = mention("a", "160", "AZE", "RUS", "2025-02");
    EventMention ban = mention("a", "160", "AZE", "RUS", null);
    EventMention closedAgain =
        mention(
            "a", "160", new Actor("AZE", "AZE", null), "RUS", null, new Provenance("test", "2"));
    EventMention elsewhere = mention("c", "160", "AZE", "RUS", null);
    java.util.Map<EventMention, java.util.Set<String>> anchors =
        java.util.Map.of(
            closure, java.util.Set.of("t:clos", "o:house"),
            ban, java.util.Set.of("t:ban", "o:lawmaker"),
            closedAgain, java.util.Set.of("t:shut", "o:house"),
            elsewhere, java.util.Set.of("t:shut", "o:house"));
    List<Event> events =
        merger.merge(List.of(closure, ban, closedAgain, elsewhere), m -> "s", anchors::get);
    assertEquals(3, events.size(), events.toString());
    assertEquals(
        2,
        events.get(0).mentions().size(),
        "the closure and its own article's undated mention of the same thing");
    assertEquals(null, events.get(1).date());
    assertTrue(
        events.stream().noneMatch(e -> e.mentions().contains(elsewhere) && e.mentions().size() > 1),
        "an undated mention from another article stays apart");
  }
}
