package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class PerspectiveClassifierTest {

  /** A statement of a speaker of {@code country} at {@code start} of an invented article. */
  private static Quote said(String country, int start, String words, boolean direct) {
    Actor speaker = country == null ? null : new Actor("a spokeswoman", country, "GOV");
    return new Quote(
        "a1",
        new Span(start, start + words.length()),
        words,
        speaker,
        null,
        "said",
        null,
        direct,
        null);
  }

  @Test
  void aLoneOpeningStatementWeighsLittleWhenTheOtherSidesVoicesFollow() {
    List<Quote> quotes =
        List.of(
            said("FRA", 10, "the border post had been closed for repairs", false),
            said("DEU", 120, "We were never told about any repairs", true),
            said("DEU", 240, "the closure cost hauliers two days", false),
            said("DEU", 360, "Nobody in Berlin believes this story", true),
            said("DEU", 480, "the ministry would ask for compensation", false));
    double order = PerspectiveClassifier.voiceOrder(quotes, "FRA", "DEU");
    assertTrue(order > 0 && order < 0.1, "France opens, Germany is heard after: " + order);
    assertEquals(-order, PerspectiveClassifier.voiceOrder(quotes, "DEU", "FRA"), 1e-12, "mirrored");
    List<Quote> oneSided = new ArrayList<>(quotes);
    oneSided.replaceAll(q -> said("FRA", q.span().start(), q.text(), q.direct()));
    double allFrench = PerspectiveClassifier.voiceOrder(oneSided, "FRA", "DEU");
    assertTrue(allFrench > 0.7 && allFrench < 1, "France's voices only: " + allFrench);
  }

  @Test
  void theFirstVoiceStillLeadsWhenTheSidesThenAlternate() {
    List<Quote> quotes = new ArrayList<>();
    quotes.add(said("DEU", 500, "Talks will resume next week", true));
    quotes.add(said("FRA", 20, "Paris wants the bridge reopened first", true));
    quotes.add(said("DEU", 900, "the delegation would travel on Monday", false));
    quotes.add(said(null, 50, "the weather had delayed the inspection", false));
    quotes.add(said("ITA", 5, "Rome will mediate if asked", true));
    double order = PerspectiveClassifier.voiceOrder(quotes, "FRA", "DEU");
    assertTrue(order > 0, "France speaks first, whatever the list order: " + order);
    assertTrue(order < 1, "Germany is heard too: " + order);
  }

  private static double allItalian() {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      quotes.add(said("ITA", 10 + 100 * i, "Rome will mediate if asked", true));
    }
    return PerspectiveClassifier.voiceOrder(quotes, "ITA", "DEU");
  }

  @Test
  void withoutAVoiceOfEitherSideTheOrderIsEven() {
    List<Quote> quotes =
        List.of(
            said("ITA", 5, "Rome will mediate if asked", true),
            said(null, 50, "the weather had delayed the inspection", false));
    assertEquals(0.0, PerspectiveClassifier.voiceOrder(quotes, "FRA", "DEU"));
    double lone = PerspectiveClassifier.voiceOrder(quotes.subList(0, 1), "ITA", "DEU");
    assertTrue(lone > 0.5 && lone < allItalian(), "one remark is not the whole order: " + lone);
  }

  @Test
  void aFewWordsOfEachSideAreNotYetTwoAccountsCarried() {
    double words = PerspectiveClassifier.WORDS_PER_VOICE;
    double brief = PerspectiveClassifier.evenness(12 / words, 10 / words);
    double long_ = PerspectiveClassifier.evenness(240 / words, 200 / words);
    assertTrue(brief < 0.5, "a sentence each: " + brief);
    assertTrue(long_ > 0.8, "paragraphs each: " + long_);
    assertEquals(0.0, PerspectiveClassifier.evenness(300 / words, 0));
    assertEquals(PerspectiveClassifier.evenness(3, 5), PerspectiveClassifier.evenness(5, 3), 1e-12);
  }
}
