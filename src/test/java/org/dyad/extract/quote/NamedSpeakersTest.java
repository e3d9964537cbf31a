package org.dyad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.analysis.OneArticle;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

/** Speakers named by a party or an outlet, on sentences written for the test. */
class NamedSpeakersTest {

  private static final String PARTY =
      """
      Opposition slams accords

      Three days after the accords, the largest opposition faction in the parliament, Zartonk, \
      condemned them. “The commitments have nothing to do with real peace,” Zartonk said in a \
      statement.

      The alliance, led by former President Robert Kocharian, described the accords as “an attempt \
      to legitimize the seizure of our land and the removal of the issue from the agenda.”
      """;

  private static final String MEDIA =
      """
      Israeli media react

      On Saturday, Israel's Channel 12 reported that the “Iranians mock us” after the post. \
      Channel 12 said the cabinet was “deeply split” over the plan.
      """;

  private static String speakerOf(OneArticle a, String words) {
    Quote q =
        a.analysis().quotes().stream()
            .filter(x -> x.text().contains(words))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no quote with " + words));
    return q.speaker() == null ? null : q.speaker().name() + "/" + q.speaker().country();
  }

  @Test
  void theAllianceIsThePartyThatSpokeBefore() {
    OneArticle a = OneArticle.analyse("party", PARTY, "2025-08-12");
    assertEquals("Zartonk/null", speakerOf(a, "seizure of our land"));
  }

  @Test
  void anOutletTheDirectoryKnowsIsTheSpeakerNotTheCountryThatOwnsIt() {
    OneArticle a = OneArticle.analyse("media", MEDIA, "2025-04-20");
    assertEquals("Channel 12/ISR", speakerOf(a, "mock us"));
    assertEquals("Channel 12/ISR", speakerOf(a, "deeply split"));
  }
}
