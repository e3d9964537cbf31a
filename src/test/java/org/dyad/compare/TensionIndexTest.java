package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.model.TensionPoint;
import org.junit.jupiter.api.Test;

class TensionIndexTest {

  private static EventMention mention(String article, String src, String tgt) {
    return new EventMention(
        article,
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
        new Provenance("t", "1"));
  }

  private static Event event(
      String id, String date, double goldstein, String src, String tgt, int reports) {
    List<EventMention> ms = new java.util.ArrayList<>();
    for (int i = 0; i < reports; i++) {
      ms.add(mention(i % 2 == 0 ? "ru" : "az", src, tgt));
    }
    return new Event(
        id,
        "173",
        goldstein,
        new Actor(src, src, null),
        new Actor(tgt, tgt, null),
        PartialDate.parse(date),
        "s",
        ms);
  }

  @Test
  void countsEachEventOnceHoweverOftenReportedInBothDirections() {
    List<Event> events =
        List.of(
            event("e1", "2025-06-27", -5, "RUS", "AZE", 10),
            event("e2", "2025-06-30", -5, "AZE", "RUS", 1),
            event("e3", "2025-07", 3.4, "RUS", "AZE", 4),
            event("e4", "2025-07-02", -10, "RUS", "UKR", 3));
    Map<String, Perspective> p =
        Map.of(
            "ru", new Perspective("ru", "RUS", List.of("RUS", "AZE"), 0.5, List.of(), List.of()),
            "az", new Perspective("az", "AZE", List.of("AZE", "RUS"), 0.5, List.of(), List.of()));
    List<TensionPoint> series =
        TensionIndex.series(events, List.of("AZE", "RUS"), p, TensionIndex.Period.MONTH);
    List<TensionPoint> all = series.stream().filter(t -> t.series().equals("all")).toList();
    assertEquals(2, all.size());
    assertEquals("2025-06", all.get(0).period());
    assertEquals(-10.0, all.get(0).value());
    assertEquals(List.of("e1", "e2"), all.get(0).events());
    assertEquals(3.4, all.get(1).value());
    assertEquals(-10.0, all.get(0).conflict());
    assertEquals(0.0, all.get(0).cooperation());
    assertEquals(1, TensionIndex.phases(series, events).size());
    List<TensionPoint> weeks =
        TensionIndex.series(events, List.of("AZE", "RUS"), p, TensionIndex.Period.WEEK);
    assertEquals(2, weeks.stream().filter(t -> t.series().equals("all")).count());
  }

  private static List<TensionPoint> monthly(List<Event> events) {
    return TensionIndex.series(events, List.of("AZE", "RUS"), Map.of(), TensionIndex.Period.MONTH);
  }

  @Test
  void splitsEachPeriodIntoConflictAndCooperation() {
    List<TensionPoint> all =
        monthly(
            List.of(
                event("e1", "2024-12-25", -10, "RUS", "AZE", 3),
                event("e2", "2024-12-28", 7, "RUS", "AZE", 2),
                event("e3", "2024-12-29", 0, "AZE", "RUS", 1)));
    assertEquals(1, all.size());
    assertEquals(-10.0, all.get(0).conflict());
    assertEquals(7.0, all.get(0).cooperation());
    assertEquals(-3.0, all.get(0).value());
    assertEquals(List.of("e1", "e2", "e3"), all.get(0).events());
  }

  @Test
  void phasesBridgeOneQuietMonthButNotACooperativeOneAndNameTheirTriggers() {
    List<Event> events =
        List.of(
            event("a", "2024-12-25", -10, "RUS", "AZE", 5),
            event("b", "2024-12-28", 7, "RUS", "AZE", 1),
            event("c", "2025-01-04", -2, "AZE", "RUS", 1),
            event("d", "2025-02", -4, "AZE", "RUS", 1),
            event("e", "2025-02", -4, "AZE", "RUS", 1),
            event("f", "2025-03-06", 4, "RUS", "AZE", 1),
            event("g", "2025-05-05", -4, "RUS", "AZE", 1),
            event("h", "2025-05-09", -4, "AZE", "RUS", 1),
            event("i", "2025-06-27", -5, "RUS", "AZE", 4),
            event("j", "2025-06-28", -9, "RUS", "AZE", 3),
            event("k", "2025-06-30", -5, "AZE", "RUS", 2),
            event("l", "2025-10", -3, "AZE", "RUS", 1));
    List<org.dyad.model.CrisisPhase> phases = TensionIndex.phases(monthly(events), events);
    assertEquals(2, phases.size(), phases.toString());
    var first = phases.get(0);
    assertEquals("2024-12", first.start());
    assertEquals("2025-02", first.end());
    assertEquals("2025-02", first.peak());
    assertEquals(-13.0, first.value());
    assertEquals("a", first.triggers().get(0));
    assertEquals(List.of("a", "b", "c", "d", "e"), first.events());
    var second = phases.get(1);
    assertEquals("2025-05", second.start());
    assertEquals("2025-06", second.end());
    assertEquals(List.of("g", "h", "j"), second.triggers());
  }

  @Test
  void aSingleMildPeriodIsNoCrisis() {
    List<Event> events =
        List.of(
            event("a", "2022-03", -5, "RUS", "AZE", 1), event("b", "2022-06", -5, "AZE", "RUS", 1));
    assertEquals(List.of(), TensionIndex.phases(monthly(events), events));
    assertEquals(List.of(), TensionIndex.phases(List.of(), events));
  }

  @Test
  void anApologyInTheMonthOfAShootDownDoesNotUndoTheCrisis() {
    List<Event> events =
        List.of(
            event("a", "2024-12-25", -10, "RUS", "AZE", 1),
            event("b", "2024-12-28", 7, "RUS", "AZE", 1));
    List<org.dyad.model.CrisisPhase> phases = TensionIndex.phases(monthly(events), events);
    assertEquals(1, phases.size(), "conflict of 10 outweighing cooperation of 7: " + phases);
  }

  @Test
  void calendarsAreContinuousAcrossYearEnds() {
    assertEquals(
        List.of("2024-11", "2024-12", "2025-01", "2025-02"),
        TensionIndex.calendar("2024-11", "2025-02"));
    assertEquals(
        List.of("2020-W52", "2020-W53", "2021-W01"), TensionIndex.calendar("2020-W52", "2021-W01"));
    assertEquals(List.of("2025-06"), TensionIndex.calendar("2025-06", "2025-06"));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> TensionIndex.calendar("2025-06", "2025-W26"));
  }
}
