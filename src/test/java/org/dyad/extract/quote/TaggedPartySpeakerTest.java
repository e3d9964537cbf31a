package org.dyad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.analysis.OneArticle;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A one-word party name the tagger once takes for a person is still the party "the alliance" means.
 */
class TaggedPartySpeakerTest {

  private static final String TEXT =
      """
      Opposition slams accords

      Three days after the accords, the largest opposition faction in the parliament, Zartonk, \
      condemned them. “The commitments have nothing to do with real peace,” Zartonk said in a \
      statement.

      The alliance, led by former President Robert Kocharian, described the accords as “an attempt \
      to legitimize the seizure of our land and the removal of the issue from the agenda.”
      """;

  @Test
  void theAllianceIsThePartyThatSpokeBefore() {
    OneArticle a = OneArticle.analyse("party", TEXT, "2025-08-12");
    Quote q =
        a.analysis().quotes().stream()
            .filter(x -> x.text().contains("seizure of our land"))
            .findFirst()
            .orElseThrow();
    assertEquals("Zartonk", q.speaker() == null ? null : q.speaker().name(), q.toString());
  }
}
