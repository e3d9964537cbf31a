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
    assertEquals(1, TensionIndex.phases(series, -5).size());
    List<TensionPoint> weeks =
        TensionIndex.series(events, List.of("AZE", "RUS"), p, TensionIndex.Period.WEEK);
    assertEquals(2, weeks.stream().filter(t -> t.series().equals("all")).count());
  }
}
