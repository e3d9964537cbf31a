package org.dyad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.model.Quote;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

class QuoteCountriesTest {

  private static final String TEXT =
      """
      Pakistan detains Indian trawler crew

      Pakistan has detained the crew of an Indian trawler "on suspicion of spying for a foreign \
      state" and smuggling, the interior ministry and the coast guard said in a joint statement on \
      Monday.

      India's foreign ministry said on Tuesday it "strongly condemned" Pakistan for the arrests, \
      adding that it "will take every step to bring the fishermen home".
      """;

  @Test
  void anOfficialSpeaksForTheCountryActingInTheSentenceAndAddingGoesToTheSpeaker() {
    Gazetteer gazetteer = Gazetteer.load();
    Annotator annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), gazetteer);
    Article a =
        new Article(
            "a1",
            "a1.txt",
            null,
            "t",
            "Example Wire",
            null,
            PartialDate.parse("2025-03-11"),
            false,
            "en",
            TEXT);
    CorpusAnalysis analysis = new Extraction(gazetteer).analyze(List.of(annotator.annotate(a)));
    Quote spying = quoteStarting(analysis, "on suspicion of spying");
    assertEquals("PAK", spying.speaker().country(), spying.toString());
    Quote home = quoteStarting(analysis, "will take every step");
    assertEquals("IND", home.speaker().country(), home.toString());
  }

  private static Quote quoteStarting(CorpusAnalysis analysis, String start) {
    return analysis.quotes().stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + start + "': " + analysis.quotes()));
  }
}
