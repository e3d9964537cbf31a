package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class AgentDictionaryTest {

  private static final String SMALL =
      """
      # agents written for this test
      !PERSON! = MAN, MEN, WOMAN, WOMEN
      !MINIST! = MINISTER, MINISTRY

      CONSTABULARY {} [~COP]   # no plural
      GUARD_OF_HONOUR {GUARDS_OF_HONOUR} [~MIL]
      ACADEMY [~EDU]
      FERRY!PERSON! [~BUS]
      FISHERIES_!MINIST! [~GOVAGR]
      RELIEF_CHARITY [NGO~]
      BOSS [ ~ELI]
      """;

  private static AgentDictionary small() throws IOException {
    return AgentDictionary.parse("small", SMALL);
  }

  @Test
  void codesAndTheirSide() throws IOException {
    AgentDictionary d = small();
    assertEquals("COP", d.get("constabulary").code());
    assertFalse(d.get("constabulary").before());
    assertTrue(d.get("relief charity").before());
    assertEquals("NGO~", d.get("relief charity").written());
    assertEquals("~ELI", d.get("boss").written(), "blanks inside the bracket are allowed");
  }

  @Test
  void pluralsRegularIrregularAndNone() throws IOException {
    AgentDictionary d = small();
    assertEquals("EDU", d.get("academies").code());
    assertEquals("ELI", d.get("bosses").code());
    assertEquals("MIL", d.get("guards of honour").code());
    assertNull(d.get("guard of honours"));
    assertNull(d.get("constabularies"), "{} means no plural");
    assertEquals("NGO", d.get("relief charities").code());
  }

  @Test
  void substitutionSets() throws IOException {
    AgentDictionary d = small();
    assertEquals("BUS", d.get("ferryman").code());
    assertEquals("BUS", d.get("ferrywomen").code());
    assertEquals("GOVAGR", d.get("Fisheries Ministry").code());
    assertEquals("GOVAGR", d.get("fisheries minister").code());
    assertNull(d.get("ferrymans"), "no plurals of substituted forms");
  }

  @Test
  void longestMatch() throws IOException {
    var m = small().longest(Words.of("the guard of honour stood"), 1);
    assertEquals(3, m.length());
    assertEquals("MIL", m.agent().code());
  }

  @Test
  void laterFilesWin() throws IOException {
    AgentDictionary d = small().with(AgentDictionary.parse("mine", "ACADEMY [~GOVEDU]\n"));
    assertEquals("GOVEDU", d.get("academy").code());
  }

  @Test
  void badLinesAreReported() throws IOException {
    AgentDictionary d = AgentDictionary.parse("bad", "NOCODE\nWRONG [COP]\n!X!_WORKER [~LAB]\n");
    assertEquals(3, d.problems().size(), d.problems().toString());
    assertTrue(d.problems().get(1).startsWith("bad:2:"));
  }
}
