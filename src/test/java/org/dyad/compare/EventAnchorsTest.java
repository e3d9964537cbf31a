package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EventAnchorsTest {

  @Test
  void verbsMeetTheirNominalisations() {
    assertEquals(EventAnchors.stem("died"), EventAnchors.stem("death"));
    assertEquals(EventAnchors.stem("dying"), EventAnchors.stem("deaths"));
    assertEquals(EventAnchors.stem("detained"), EventAnchors.stem("detention"));
    assertEquals(EventAnchors.stem("closed"), EventAnchors.stem("closure"));
    assertEquals(EventAnchors.stem("downed"), EventAnchors.stem("downing"));
    assertEquals(EventAnchors.stem("expelled"), EventAnchors.stem("expulsion"));
  }

  @Test
  void differentWordsForOneKindOfThingShareAClass() {
    assertEquals("aircraft", EventAnchors.nounClass("airliner"));
    assertEquals("aircraft", EventAnchors.nounClass("Planes"));
    assertEquals("vessel", EventAnchors.nounClass("tanker"));
    assertEquals("fisherman", EventAnchors.nounClass("fishermans"));
    assertEquals("depot", EventAnchors.nounClass("depots"));
  }

  @Test
  void anchorsNameTheTriggerAndThePatient() {
    Set<String> a = EventAnchors.of("shot down", "the passenger jet");
    assertEquals(Set.of("t:shoot", "o:aircraft"), a);
    assertTrue(EventAnchors.of("crashed", null).contains("t:crash"));
    assertEquals(1, EventAnchors.of("crashed", null).size());
  }
}
