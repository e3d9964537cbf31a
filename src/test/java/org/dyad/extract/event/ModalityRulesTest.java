package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.analysis.Extraction;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acts that were denied, refused, only demanded or imagined are not coded as done; headlines'
 * passives read the right way round; figurative force is no force. Sentences written for the test.
 */
class ModalityRulesTest {

  private static final String TEXT =
      """
      Armenian MP denied entry to Russia

      Moscow denies any mediation between Baku and Yerevan, the Russian foreign ministry said.

      Georgia has not joined the sanctions against Russia.

      Crimea could have been annexed by Turkey, the historian said.

      Kazakhstan demanded that Russia investigate the death of its citizen.

      France condemned the diplomatic maneuvers of Russia in Africa.

      Azerbaijan refused to extradite the Russian journalist.

      The envoy said Turkish troops should take steps to withdraw from Iraq.
      """;

  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyse() {
    Gazetteer gazetteer = Gazetteer.load();
    var annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), gazetteer);
    Article a =
        new Article(
            "modality",
            "modality.txt",
            null,
            null,
            null,
            null,
            PartialDate.parse("2025-03-15"),
            false,
            "en",
            TEXT);
    analysis = new Extraction(gazetteer).analyze(List.of(annotator.annotate(a)));
  }

  private static List<Event> coded(String root, String source, String target) {
    return analysis.events().stream()
        .filter(
            e ->
                e.root().equals(root)
                    && source.equals(e.source().country())
                    && target.equals(e.target() == null ? null : e.target().country()))
        .toList();
  }

  @Test
  void aDeniedMediationIsNoMediation() {
    assertTrue(coded("04", "RUS", "AZE").isEmpty(), analysis.events().toString());
  }

  @Test
  void sanctionsNotJoinedAreNotImposed() {
    assertTrue(coded("16", "GEO", "RUS").isEmpty(), analysis.events().toString());
  }

  @Test
  void whatCouldHaveHappenedDidNot() {
    assertTrue(coded("19", "TUR", "UKR").isEmpty(), analysis.events().toString());
  }

  @Test
  void aDemandIsCodedAndWhatItDemandsIsNot() {
    assertEquals(1, coded("10", "KAZ", "RUS").size(), analysis.events().toString());
    assertTrue(
        analysis.events().stream()
            .noneMatch(e -> e.root().equals("09") && "RUS".equals(e.source().country())),
        analysis.events().toString());
  }

  @Test
  void diplomaticManoeuvresAreNoShowOfForce() {
    assertTrue(coded("15", "RUS", "FRA").isEmpty(), analysis.events().toString());
    assertTrue(coded("15", "FRA", "RUS").isEmpty(), analysis.events().toString());
    assertEquals(1, coded("11", "FRA", "RUS").size(), analysis.events().toString());
  }

  @Test
  void aRefusedExtraditionIsARefusalOnly() {
    assertTrue(
        analysis.events().stream().noneMatch(e -> e.cameo().startsWith("084")),
        analysis.events().toString());
    assertEquals(1, coded("12", "AZE", "RUS").size(), analysis.events().toString());
  }

  @Test
  void whatSomeoneShouldDoToAnotherEndIsNotDone() {
    assertTrue(
        analysis.events().stream()
            .noneMatch(e -> e.root().equals("08") && "TUR".equals(e.source().country())),
        analysis.events().toString());
  }

  @Test
  void aHeadlinesPassiveWithoutItsAuxiliaryIsReadAsAPassive() {
    assertEquals(1, coded("16", "RUS", "ARM").size(), analysis.events().toString());
    assertTrue(coded("16", "ARM", "RUS").isEmpty(), analysis.events().toString());
  }
}
