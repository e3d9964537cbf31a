package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.compare.TensionIndex;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PairAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.junit.jupiter.api.Test;

/** The overview's window, phases and newest events. */
class OverviewTest {

  private static final EventMention MENTION =
      ReportFixtures.withFacts().events().get(0).mentions().get(0);

  private static Event event(String id, String date, double goldstein) {
    return new Event(
        id,
        goldstein < 0 ? "173" : "036",
        goldstein,
        MENTION.source().actor(),
        MENTION.target().actor(),
        date == null ? null : PartialDate.parse(date),
        "s",
        List.of(MENTION));
  }

  private static PairAnalysis pair(List<Event> events) {
    Map<String, Perspective> perspectives =
        Map.of(
            "id-1",
            new Perspective("id-1", "RUR", List.of("BOR", "RUR"), 0.5, List.of(), List.of()));
    return new PairAnalysis(
        List.of("BOR", "RUR"),
        perspectives,
        List.of(),
        TensionIndex.series(
            events, List.of("BOR", "RUR"), perspectives, TensionIndex.Period.MONTH));
  }

  @Test
  void chartsTheLastTwelveMonthsBackToTheLatestPhaseAndListsTheNewestFirst() {
    List<Event> events = new ArrayList<>();
    events.add(event("e1", "1993-05", 7));
    events.add(event("e2", "2024-01-10", -9));
    events.add(event("e3", "2024-02-10", -9));
    events.add(event("e4", "2025-06-27", 3));
    events.add(event("e5", null, -5));
    PairAnalysis p = pair(events);
    Overview o = Overview.of(p, events, new Headlines(List.of()), 3);
    assertEquals("2023-12", o.from(), "a month before the latest phase, which began earlier");
    assertEquals("2025-06", o.to());
    assertEquals("2024-01", o.latestPhase().start());
    assertEquals(List.of("e4", "e3", "e2"), o.newest().stream().map(i -> i.event().id()).toList());
    assertEquals(1, o.undated());
    assertEquals(Map.of("RUR", 1), o.newest().get(0).sides());
  }

  @Test
  void withoutAPhaseTheWindowIsTheLastTwelveMonths() {
    List<Event> events = List.of(event("e1", "2023-01-10", 2), event("e2", "2025-06-27", 3));
    Overview o = Overview.of(pair(events), events, new Headlines(List.of()), 10);
    assertEquals("2024-07", o.from());
    assertNull(o.latestPhase());
  }

  @Test
  void aPairWithoutDatedEventsHasNoWindow() {
    List<Event> events = List.of(event("e1", null, 2));
    Overview o = Overview.of(pair(events), events, new Headlines(List.of()), 10);
    assertNull(o.from());
    assertEquals(0, o.newest().size());
  }
}
