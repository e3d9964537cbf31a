package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class DivergenceFinderTest {

  @Test
  void laysVersionsSideBySideAndFlagsContradictions() {
    String a =
        "Two journalists were detained in Lahore and officials said one died of a heart attack.";
    String b = "Seven journalists were detained in Lahore; one died of injuries after a beating.";
    Provenance p = new Provenance("t", "1");
    Actor pak = new Actor("Pakistan", "PAK", "GOV");
    Actor ind = new Actor("India", "IND", null);
    EventMention ma =
        new EventMention(
            "a",
            "173",
            new ActorMention(pak, new Span(0, 3)),
            new ActorMention(ind, new Span(4, 8)),
            PartialDate.parse("2025-05"),
            null,
            null,
            Modality.ASSERTED,
            null,
            new Span(0, a.length()),
            new Span(0, 3),
            p);
    EventMention mb =
        new EventMention(
            "b",
            "173",
            new ActorMention(pak, new Span(0, 3)),
            new ActorMention(ind, new Span(4, 8)),
            PartialDate.parse("2025-05-02"),
            null,
            null,
            Modality.ASSERTED,
            null,
            new Span(0, b.length()),
            new Span(0, 3),
            p);
    Event e =
        new Event("e1", "173", -5, pak, ind, PartialDate.parse("2025-05-02"), "s", List.of(ma, mb));
    List<Divergence> ds =
        new DivergenceFinder()
            .find(
                List.of(e),
                Map.of("a", a, "b", b),
                Map.of(
                    "a", new Perspective("a", "PAK", List.of(), 0, List.of(), List.of()),
                    "b", new Perspective("b", "IND", List.of(), 0, List.of(), List.of())));
    assertEquals(1, ds.size());
    Divergence d = ds.get(0);
    assertEquals(2, d.versions().size());
    assertEquals("PAK", d.versions().get(0).side());
    assertTrue(d.contradiction());
    assertTrue(
        d.conflicts().stream().anyMatch(c -> c.startsWith("number")), d.conflicts().toString());
    assertTrue(
        d.conflicts().stream().anyMatch(c -> c.startsWith("cause")), d.conflicts().toString());
  }
}
