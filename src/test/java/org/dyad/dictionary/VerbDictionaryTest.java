package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.dyad.dictionary.VerbPattern.Noun;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {

  private static final String SMALL =
      """
      # verbs written for this test
      &COIN
      +GROAT
      +SILVER_PENNY
      +LUCRE_      # no plural

      &BOAT_
      +BARGE
      +&COIN        # a set inside a set

      ####### VERB PATTERNS #######

      ---  SHUN   [110]  ---
      SHUN {SHUNS SHUNNED SHUNNING}
      AVOID
      SIDESTEP [111]
      - * TALKS                      [164]   # comment
      - * {PEACE TALKS}              [036:036]
      - * (WITH &COIN)               [---]
      - SENATORS * (OF &UNKNOWN)     [120]
      - BARGE *                      [:173]

      ---  HAND   [---]  ---
      +HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER}
      WIRE_+TRANSFER
      - * &COIN (TO)                 [071]

      ~ a (a b SHUN) SAY = a b 110
      """;

  private static VerbDictionary small() throws IOException {
    return VerbDictionary.parse("small", SMALL);
  }

  @Test
  void verbsTakeTheBlockCodeUnlessTheyHaveTheirOwn() throws IOException {
    VerbDictionary d = small();
    assertEquals("110", d.verbs("shun").get(0).code());
    assertEquals("110", d.verbs("AVOID").get(0).code());
    assertEquals("111", d.verbs("sidestep").get(0).code());
    assertNull(d.verbs("hand").get(0).code(), "[---] codes nothing");
    assertEquals("SHUN", d.verbs("avoid").get(0).block());
  }

  @Test
  void formsRegularAndIrregular() throws IOException {
    VerbDictionary d = small();
    assertEquals(Set.of("SHUN", "SHUNS", "SHUNNED", "SHUNNING"), d.verbs("shun").get(0).forms());
    assertEquals(Set.of("AVOID", "AVOIDS", "AVOIDED", "AVOIDING"), d.verbs("avoid").get(0).forms());
  }

  @Test
  void multiWordVerbs() throws IOException {
    VerbDictionary d = small();
    Verb handOver = d.verbs("hand").get(0);
    assertEquals(List.of("OVER"), handOver.after());
    assertTrue(handOver.forms().contains("HANDED"));
    Verb wire = d.verbs("transfer").get(0);
    assertEquals(List.of("WIRE"), wire.before());
  }

  @Test
  void patternsWithPhrasesPrepositionsAndSets() throws IOException {
    List<VerbPattern> p = small().verbs("avoid").get(0).patterns();
    assertEquals(4, p.size(), "the pattern naming an undefined set is ignored");
    assertEquals("164", p.get(0).code());
    assertEquals(new Noun("TALKS", List.of()), p.get(0).after().get(0).alternatives().get(0));
    assertEquals(
        new Noun("TALKS", List.of("PEACE")), p.get(1).after().get(0).alternatives().get(0));
    assertEquals("036", p.get(1).reverseCode());
    VerbPattern with = p.get(2);
    assertNull(with.code(), "[---] patterns code nothing");
    assertEquals(Set.of("WITH"), with.afterPreps().get(0).prepositions());
    List<Noun> coins = with.afterPreps().get(0).nouns().get(0).alternatives();
    assertTrue(coins.contains(new Noun("GROATS", List.of())), "regular plural");
    assertTrue(coins.contains(new Noun("PENNIES", List.of("SILVER"))), "plural of the head");
    assertTrue(coins.contains(new Noun("LUCRE", List.of())));
    assertTrue(!coins.contains(new Noun("LUCRES", List.of())), "'_' stops the plural");
    VerbPattern barge = p.get(3);
    assertNull(barge.code());
    assertEquals("173", barge.reverseCode());
    assertEquals("BARGE", barge.before().get(0).alternatives().get(0).head());
    assertEquals(6, small().patternCount());
    assertEquals(1, small().ignoredPatternCount());
  }

  @Test
  void setsInsideSetsAndSetsWithoutPlurals() throws IOException {
    VerbPattern give = small().verbs("hand").get(0).patterns().get(0);
    assertEquals("071", give.code());
    assertEquals(Set.of("TO"), give.afterPreps().get(0).prepositions());
    assertTrue(give.afterPreps().get(0).nouns().isEmpty());
    assertTrue(give.after().get(0).alternatives().contains(new Noun("GROAT", List.of())));
  }

  @Test
  void specificityCountsRequiredWords() throws IOException {
    List<VerbPattern> p = small().verbs("shun").get(0).patterns();
    assertEquals(1, p.get(0).specificity());
    assertEquals(2, p.get(1).specificity());
    assertEquals(2, p.get(2).specificity());
  }

  @Test
  void aContractionInAPatternIsOneWordAsItsTokenGivesIt() throws IOException {
    VerbDictionary d =
        VerbDictionary.parse(
            "contraction",
            """
            ####### VERB PATTERNS #######

            --- SHUN [110] ---
            SHUN
            - * WON'T [111]
            """);
    Noun n = d.verbs("shun").get(0).patterns().get(0).after().get(0).alternatives().get(0);
    assertEquals(new Noun(Words.key("won't"), List.of()), n, "not T modified by WON");
  }

  @Test
  void theActorsAPatternPlacesAreReadWithTheirAnchorsAndSkips() throws IOException {
    VerbDictionary d =
        VerbDictionary.parse(
            "slots",
            """
            --- FREE [---] ---
            FREE
            - + * FROM $ [066]
            - * FEAST AT ^ WITH + [043]
            - $ ^ FOR * [164]
            """);
    List<VerbPattern> p = d.verbs("free").get(0).patterns();
    assertEquals(
        List.of(
            new VerbPattern.Slot(false, true, -1, false, 0),
            new VerbPattern.Slot(true, false, 0, false, 0)),
        p.get(0).slots());
    assertEquals(3, p.get(1).after().size(), "the markers are no words");
    assertEquals(List.of(new VerbPattern.Slot(false, false, 2, false, 0)), p.get(1).slots());
    assertEquals(List.of(new VerbPattern.Slot(true, true, 0, false, 1)), p.get(2).slots());
  }
}
