package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

  /** A small dictionary in the documented format, written for these tests. */
  private static final String SMALL =
      """
      # a comment line
      <!-- an XML comment line -->
      NORTHLAND_  [NRL]   # trailing comment
      +NORTHLANDIC_
      +PORT_ARVEN

      ANNA_BERG_  # a person whose office changed
      +PRESIDENT_BERG
      \t[NRLGOV 20100105-20150104]
      \t[NRLMIL 090101-100104]
      \t[NRLELI]

      OTTO_KRANE
      \t[NRLGOV >20200301]

      LEAGUE_OF_ISLANDS_\t[IGOLOI]
      +THE_LEAGUE
      NO_CODE_AT_ALL
      +NOTHING_HERE
      """;

  private static ActorDictionary small() throws IOException {
    return ActorDictionary.parse("small", SMALL);
  }

  private static ActorEntry entry(ActorDictionary d, String phrase) {
    return d.get(phrase);
  }

  @Test
  void primaryAndSynonymsShareTheRecord() throws IOException {
    ActorDictionary d = small();
    assertEquals("NRL", entry(d, "Northland").codeOn(null));
    assertEquals("NRL", entry(d, "northlandic").codeOn(null));
    assertEquals("NRL", entry(d, "Port Arven").codeOn(LocalDate.of(2001, 1, 1)));
    assertEquals("IGOLOI", entry(d, "the League").codeOn(null));
    assertEquals(4, d.recordCount());
  }

  @Test
  void datedCodesApplyBetweenTheirLimitsInclusive() throws IOException {
    ActorEntry berg = entry(small(), "President Berg");
    assertEquals("NRLMIL", berg.codeOn(LocalDate.of(2009, 1, 1)));
    assertEquals("NRLMIL", berg.codeOn(LocalDate.of(2010, 1, 4)));
    assertEquals("NRLGOV", berg.codeOn(LocalDate.of(2010, 1, 5)));
    assertEquals("NRLGOV", berg.codeOn(LocalDate.of(2015, 1, 4)));
    assertEquals("NRLELI", berg.codeOn(LocalDate.of(2015, 1, 5)), "outside: the default");
    assertEquals("NRLELI", berg.codeOn(LocalDate.of(1990, 6, 1)));
    assertEquals("NRLGOV", berg.codeOn(null), "without a date: the latest office");
    assertTrue(berg.dated());
  }

  @Test
  void openRangesAndNoDefault() throws IOException {
    ActorEntry krane = entry(small(), "Otto Krane");
    assertEquals("NRLGOV", krane.codeOn(LocalDate.of(2020, 3, 1)));
    assertNull(krane.codeOn(LocalDate.of(2020, 2, 29)), "before his office and no default");
    assertEquals("NRLGOV", krane.codeOn(null), "without a date: the latest code");
  }

  @Test
  void recordsWithoutCodesAreIgnored() throws IOException {
    ActorDictionary d = small();
    assertNull(d.get("no code at all"));
    assertNull(d.get("nothing here"));
  }

  @Test
  void longestMatchOverWords() throws IOException {
    ActorDictionary d = small();
    List<String> words = Words.of("the League of Islands met in Port Arven");
    assertEquals(3, d.longest(words, 1).length(), "the primary phrase");
    assertEquals(2, d.longest(words, 0).length(), "a synonym");
    assertNull(d.longest(words, 4), "'met' is no phrase");
    assertEquals("IGOLOI", d.longest(words, 0).entry().codeOn(null));
    assertEquals(2, d.longest(words, 6).length());
  }

  @Test
  void laterFilesComeFirstAndKeepEarlierHistory() throws IOException {
    ActorDictionary later =
        ActorDictionary.parse("later", "ANNA_BERG\n\t[NRLGOV >20200101]\n\t[NRLGOV]\n");
    ActorDictionary d = small().with(later);
    ActorEntry berg = d.get("Anna Berg");
    assertEquals("NRLGOV", berg.codeOn(LocalDate.of(2021, 1, 1)));
    assertEquals("NRLMIL", berg.codeOn(LocalDate.of(2009, 6, 1)), "earlier history kept");
    assertEquals("NRLGOV", berg.codeOn(LocalDate.of(1990, 6, 1)), "the later default wins");
    assertEquals(
        "NRLELI",
        d.get("President Berg").codeOn(LocalDate.of(1990, 6, 1)),
        "other phrases unchanged");
  }

  @Test
  void badLinesAreReportedAndSkipped() throws IOException {
    ActorDictionary d =
        ActorDictionary.parse(
            "bad", "+ORPHAN\nALPHA [AAA 20201301-20201401]\nBETA\n\t[BBB 950101]\n\t[---]\n");
    assertEquals(3, d.problems().size(), d.problems().toString());
    assertTrue(d.problems().get(0).startsWith("bad:1: "), d.problems().get(0));
    assertTrue(d.problems().get(1).startsWith("bad:2: "), d.problems().get(1));
    assertNull(d.get("alpha"));
    assertEquals("BBB", d.get("beta").codeOn(LocalDate.of(1996, 1, 1)));
    assertNull(d.get("beta").codeOn(LocalDate.of(1994, 1, 1)), "a lone date is a start");
  }

  @Test
  void twoDigitYears() {
    assertEquals(LocalDate.of(2030, 1, 2), CodeRestriction.date("300102"));
    assertEquals(LocalDate.of(1931, 1, 2), CodeRestriction.date("310102"));
    assertEquals(LocalDate.of(1990, 8, 22), CodeRestriction.date("9008223"), "PETRARCH's reading");
  }

  @Test
  void countryCodesAreTheThreeLetterCodesGivenAlone() throws IOException {
    assertEquals(java.util.Set.of("NRL"), small().countryCodes());
  }

  @Test
  void aCodeWrittenInLowerCaseIsReadInUpperCase() {
    assertEquals("NRLGOV", CodeRestriction.parse("nrlgov 100101-120101").code());
  }
}
