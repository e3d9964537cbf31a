package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.analysis.Extraction;
import org.dyad.model.Article;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Every dyad of an article is coded, not only its main pair's (sentences written for the test). */
class EveryDyadTest {

  private static final String TEXT =
      """
      Armenia accused Azerbaijan of shelling border villages on May 2, 2024. Azerbaijan \
      rejected the Armenian claims on May 3, 2024, and Armenia again accused Azerbaijan.

      Turkey condemned France on May 4, 2024. The United Nations criticised Azerbaijan on \
      May 5, 2024. Azerbaijani police arrested Azerbaijani opposition activists on May 6, 2024.
      """;

  @Test
  void eventsBetweenOtherCountriesAndOrganisationsAreKeptButNotDomesticOnes() {
    var annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), Gazetteer.load());
    var article =
        annotator.annotate(
            new Article(
                "dyads",
                "dyads.txt",
                null,
                "t",
                null,
                null,
                PartialDate.parse("2024-05-10"),
                false,
                "en",
                TEXT));
    Set<String> dyads =
        new Extraction(Gazetteer.load())
            .analyze(List.of(article)).events().stream()
                .map(e -> e.source().country() + ">" + e.target().country())
                .collect(Collectors.toSet());
    assertTrue(dyads.contains("ARM>AZE"), dyads.toString());
    assertTrue(dyads.contains("TUR>FRA"), dyads.toString());
    assertTrue(dyads.contains("IGO>AZE"), dyads.toString());
    assertFalse(dyads.contains("AZE>AZE"), dyads.toString());
  }
}
