package org.dyad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AcronymsTest {

  @Test
  void acronymExpansionsSpellTheAcronym() {
    assertEquals(
        "Armed Forces of the Ruritania",
        Acronyms.expansion("the Armed Forces of the Ruritania", "AFR"));
    assertEquals("Coast Guard", Acronyms.expansion("said the Coast Guard", "CG"));
    assertNull(Acronyms.expansion("the Coast Guard", "NCG"));
  }
}
