package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiscardListTest {

  private static final DiscardList LIST =
      DiscardList.parse("# test list\nCROQUET\n+GRAND_REGATTA   # whole story\nCUP_FINAL_\n");

  @Test
  void stemsAndWholeWords() {
    assertEquals("CROQUET", LIST.find("The croquet club met.").phrase());
    assertEquals("CROQUET", LIST.find("two croquets").phrase(), "a stem");
    assertNull(LIST.find("the anticroquet league"), "starts at a word boundary");
    assertEquals("CUP FINAL", LIST.find("after the Cup Final, fans left").phrase());
    assertNull(LIST.find("the cup finalists"), "a trailing _ needs a word end");
  }

  @Test
  void storyLevel() {
    assertTrue(LIST.find("at the Grand Regatta today").story());
    assertFalse(LIST.find("croquet").story());
    assertEquals(3, LIST.size());
  }
}
