package org.dyad.extract.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void spellingVariantsAreOnePerson() {
    assertTrue(Names.samePerson("Ilham Aliev", "Ilham Aliyev"));
    assertTrue(Names.samePerson("Nikolai Valuev", "Nikolay Valuev"));
    assertTrue(Names.samePerson("Aliyev", "Ilham Aliyev"));
    assertTrue(Names.samePerson("Mustafa Ozturk", "Mustafa Öztürk"));
  }

  @Test
  void differentPeopleStayApart() {
    assertFalse(Names.samePerson("Heydar Aliyev", "Ilham Aliyev"));
    assertFalse(Names.samePerson("Ivan Petrov", "Ivan Ivanov"));
    assertFalse(Names.sameWord("Khan", "Kahn"));
  }
}
