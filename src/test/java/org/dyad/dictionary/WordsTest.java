package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void dictionaryPhrasesAndTextGiveTheSameWords() {
    assertEquals(List.of("VLADIMIR", "V", "PUTIN"), Words.of("VLADIMIR_V._PUTIN_"));
    assertEquals(List.of("VLADIMIR", "V", "PUTIN"), Words.of("Vladimir V. Putin"));
    assertEquals(List.of("MAZAR", "I", "SHARIF"), Words.of("Mazar-i-Sharif"));
    assertEquals(List.of("SYRIA", "S"), Words.of("Syria's"));
    assertEquals("ERDOGAN", Words.key("Erdoğan"));
    assertEquals("BLASZCZAK", Words.key("Błaszczak"));
    assertEquals("ALIYEV", Words.key("Əliyev"));
    assertEquals(List.of(), Words.of(" -- "));
  }

  @Test
  void regularPlurals() {
    assertEquals("MINISTRIES", Words.plural("MINISTRY"));
    assertEquals("BUSES", Words.plural("BUS"));
    assertEquals("TROOPS", Words.plural("TROOP"));
  }
}
