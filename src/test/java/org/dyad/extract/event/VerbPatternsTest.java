package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.analysis.Extraction;
import org.dyad.dictionary.Dictionaries;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CAMEO verb dictionary's verbs and patterns as triggers, on sentences written for the test.
 */
class VerbPatternsTest {

  private static final String TEXT =
      """
      Lithuanian protesters burned an effigy of the Belarusian president in Vilnius on May 2, 2024.

      A Ukrainian navy boat rammed a Russian patrol vessel on May 5, 2024.
      """;

  private static AnnotatedArticle article;

  @BeforeAll
  static void annotate() {
    var annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), Gazetteer.load());
    article =
        annotator.annotate(
            new Article(
                "verbs",
                "verbs.txt",
                null,
                "t",
                null,
                null,
                PartialDate.parse("2024-05-10"),
                false,
                "en",
                TEXT));
  }

  private static Set<String> codes(Dictionaries d) {
    CorpusAnalysis a = new Extraction(Gazetteer.load(), d).analyze(List.of(article));
    return a.events().stream()
        .map(e -> e.source().country() + ">" + e.target().country() + ":" + e.cameo())
        .collect(Collectors.toSet());
  }

  @Test
  void patternsAndViolentVerbsOfTheDictionaryAreTriggers() {
    Set<String> codes = codes(Dictionaries.standard());
    assertTrue(codes.contains("LTU>BLR:141"), codes.toString());
    assertTrue(codes.contains("UKR>RUS:190"), codes.toString());
  }

  @Test
  void withoutTheDictionaryTheyAreNot() {
    Set<String> codes = codes(Dictionaries.none());
    assertFalse(codes.contains("LTU>BLR:141"), codes.toString());
    assertFalse(codes.contains("UKR>RUS:190"), codes.toString());
  }

  @Test
  void patternWordsBringTheirSentencesIntoTheParseScope() {
    var cues = EventLexicon.load(Dictionaries.standard().verbs()).cues();
    assertTrue(cues.get("V:burn").contains(Set.of("effigy")), cues.get("V:burn").toString());
    assertTrue(cues.get("V:ram").contains(Set.of()), "a violent verb counts alone");
    assertFalse(
        cues.getOrDefault("V:suspect", List.of()).contains(Set.of()),
        "a verb of root 11 alone does not");
  }
}
