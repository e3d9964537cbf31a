package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class EventFilterTest {

  private static Event event(String date, String cameo, String target, Modality... modalities) {
    Actor source = new Actor("Ghana", "GHA", "GOV");
    Actor to = target == null ? null : new Actor(target, target, null);
    List<EventMention> mentions =
        java.util.Arrays.stream(modalities)
            .map(
                m ->
                    new EventMention(
                        "a",
                        cameo,
                        new ActorMention(source, new Span(0, 5)),
                        to == null ? null : new ActorMention(to, new Span(10, 14)),
                        null,
                        null,
                        null,
                        m,
                        null,
                        new Span(0, 20),
                        new Span(6, 9),
                        new Provenance("test", "1")))
            .toList();
    return new Event(
        "e1",
        cameo,
        -2,
        source,
        to,
        date == null ? null : PartialDate.parse(date),
        "Ghana acts",
        mentions);
  }

  private static EventFilter dates(String from, String to) {
    return new EventFilter(
        from == null ? null : PartialDate.parse(from),
        to == null ? null : PartialDate.parse(to),
        null,
        null,
        null);
  }

  @Test
  void partialDatesMatchWhenTheyShareADay() {
    Event march = event("2025-03", "036", "TGO", Modality.ASSERTED);
    assertTrue(dates("2025-03-31", null).matches(march));
    assertTrue(dates(null, "2025-03-01").matches(march));
    assertTrue(dates("2025", "2025").matches(march));
    assertFalse(dates("2025-04-01", null).matches(march));
    assertFalse(dates(null, "2025-02-28").matches(march));
    Event day = event("2025-03-05", "036", "TGO", Modality.ASSERTED);
    assertFalse(dates("2025-03-06", null).matches(day));
    assertTrue(dates("2025-03-05", "2025-03-05").matches(day));
  }

  @Test
  void undatedEventsMatchOnlyWithoutADateRange() {
    Event undated = event(null, "036", "TGO", Modality.ASSERTED);
    assertTrue(dates(null, null).matches(undated));
    assertFalse(dates("2025", null).matches(undated));
  }

  @Test
  void countryCameoAndModalityNarrowTheEvents() {
    Event e = event("2025-03-05", "1731", "TGO", Modality.REPORTED, Modality.DENIED);
    assertTrue(new EventFilter(null, null, "TGO", "17", Modality.DENIED).matches(e));
    assertTrue(new EventFilter(null, null, "GHA", "1731", null).matches(e));
    assertFalse(new EventFilter(null, null, "NGA", null, null).matches(e));
    assertFalse(new EventFilter(null, null, null, "172", null).matches(e));
    assertFalse(new EventFilter(null, null, null, null, Modality.ASSERTED).matches(e));
    assertTrue(
        new EventFilter(null, null, "GHA", null, null)
            .matches(event("2025", "01", null, Modality.ASSERTED)));
  }

  @Test
  void aRangeEndingBeforeItStartsIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> dates("2025-04", "2025-03"));
    assertTrue(e.getMessage().contains("from=2025-04, to=2025-03"), e.getMessage());
  }
}
