package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.extract.event.EventExtractor;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class MergeBlockTest {

  static EventMention mention(String cameo, String source, String target, Provenance by) {
    return new EventMention(
        "a1",
        cameo,
        new ActorMention(new Actor("x", source, null), new Span(0, 1)),
        new ActorMention(new Actor("y", target, null), new Span(2, 3)),
        PartialDate.parse("2025-06-27"),
        null,
        null,
        Modality.ASSERTED,
        null,
        new Span(0, 10),
        new Span(4, 5),
        by);
  }

  private static final Provenance EVENT = new Provenance("extract.event", "1");

  @Test
  void nonViolentMentionsAreBlockedByFamilyAndDirectedCountryPair() {
    MergeBlock arrest = MergeBlock.of(mention("173", "RUS", "AZE", EVENT));
    assertEquals(new MergeBlock("173", "RUS", "AZE"), arrest);
    assertEquals(arrest, MergeBlock.of(mention("1731", "RUS", "AZE", EVENT)));
    assertNotEquals(arrest, MergeBlock.of(mention("173", "AZE", "RUS", EVENT)));
    assertNotEquals(arrest, MergeBlock.of(mention("172", "RUS", "AZE", EVENT)));
  }

  @Test
  void aBareRootIsItsOwnFamily() {
    assertEquals(
        new MergeBlock("140", "IND", "PAK"), MergeBlock.of(mention("14", "IND", "PAK", EVENT)));
  }

  @Test
  void violenceAgainstOneCountryIsOneBlockWhateverItsSourceOrMeans() {
    MergeBlock strike = MergeBlock.of(mention("190", "RUS", "AZE", EVENT));
    assertEquals(new MergeBlock(MergeBlock.VIOLENCE, null, "AZE"), strike);
    assertEquals(strike, MergeBlock.of(mention("183", "ARM", "AZE", EVENT)));
    assertEquals(strike, MergeBlock.of(mention("202", null, "AZE", EVENT)));
    assertNotEquals(strike, MergeBlock.of(mention("190", "AZE", "RUS", EVENT)));
  }

  @Test
  void anIncidentGoesWithTheViolenceAgainstItsTarget() {
    MergeBlock crash = MergeBlock.of(mention("042", null, "AZE", EventExtractor.INCIDENT));
    assertEquals(MergeBlock.of(mention("190", "RUS", "AZE", EVENT)), crash);
  }

  @Test
  void unknownCountriesAreBlocksOfTheirOwn() {
    assertEquals(
        new MergeBlock("036", null, null), MergeBlock.of(mention("036", null, null, EVENT)));
  }

  @Test
  void rejectsKindsThatAreNotFamiliesWithTheValueInTheMessage() {
    var e = assertThrows(IllegalArgumentException.class, () -> new MergeBlock("17", "RUS", "AZE"));
    assertTrue(e.getMessage().contains("'17'"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new MergeBlock(MergeBlock.VIOLENCE, "RUS", "AZE"));
    assertThrows(IllegalArgumentException.class, () -> MergeBlock.of(null));
  }
}
