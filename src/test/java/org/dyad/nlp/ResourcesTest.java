package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {

  @Test
  void aCellListsValuesBetweenBars() {
    assertEquals(List.of("Abkhaz", "Abkhazian"), Resources.values(" Abkhaz | Abkhazian "));
    assertEquals(List.of("one"), Resources.values("one||  |"));
    assertEquals(List.of(), Resources.values(""));
  }

  @Test
  void aMissingResourceIsNamed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Resources.tsv("/dyad/none.tsv", 2));
    assertEquals("resource /dyad/none.tsv is missing from the classpath", e.getMessage());
  }
}
