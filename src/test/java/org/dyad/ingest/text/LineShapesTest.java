package org.dyad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineShapesTest {

  @Test
  void bylinesGiveTheirNames() {
    assertEquals(Optional.of("Jane Roe"), LineShapes.byline("By Jane Roe"));
    assertEquals(Optional.of("Jane Roe"), LineShapes.byline("- By Jane Roe"));
    assertEquals(Optional.of("JANE ROE"), LineShapes.byline("BY JANE ROE"));
    assertEquals(Optional.of("Harbourwire"), LineShapes.byline("By Harbourwire"));
    assertEquals(
        Optional.of("Jane Roe and John Doe"),
        LineShapes.byline("By Jane Roe and John Doe | The Quay Post"));
    assertEquals("The Quay Post", LineShapes.bylineTail("By Jane Roe | The Quay Post"));
  }

  @Test
  void proseStartingWithByIsNoByline() {
    assertEquals(Optional.empty(), LineShapes.byline("By Friday, the ferries were running again."));
    assertEquals(
        Optional.empty(), LineShapes.byline("By Sunday Morning the crowds had gone home."));
    assertEquals(Optional.empty(), LineShapes.byline("By contrast, the port stayed shut."));
  }

  @Test
  void nameLinesAreShortCapitalisedAndUnpunctuated() {
    assertTrue(LineShapes.isNameLine("Jane Roe"));
    assertTrue(LineShapes.isNameLine("Ministry of Harbour Affairs"));
    assertFalse(LineShapes.isNameLine("Ferries resumed"));
    assertFalse(LineShapes.isNameLine("Jane Roe."));
    assertFalse(LineShapes.isNameLine("PORT TOWN, ISLAND \u2013"));
    assertFalse(LineShapes.isNameLine("Six Capitalised Words In A Row"));
  }

  @Test
  void tagListsHashtagsAndPostSignatures() {
    assertTrue(LineShapes.isTagList("Boats, Harbour, Weather"));
    assertFalse(LineShapes.isTagList("Boats, harbours and the weather"));
    assertFalse(LineShapes.isTagList("Boats, Harbour"));
    assertTrue(LineShapes.isSocialEmbed("Ferries are back #harbour #island #travel"));
    assertTrue(LineShapes.isSocialEmbed("\u2014 Quay Post (@QuayPost) March 3, 2025"));
    assertTrue(LineShapes.isSocialEmbed("Back on the water pic.twitter.com/abc123"));
    assertFalse(LineShapes.isSocialEmbed("The #1 ferry route reopened on Monday."));
  }

  @Test
  void breadcrumbsBulletsAndBanners() {
    assertTrue(LineShapes.isBreadcrumb("Home / News / Ferries return to the island", s -> false));
    assertTrue(LineShapes.isBreadcrumb("WORLD / EUROPE", s -> false));
    assertFalse(LineShapes.isBreadcrumb("Ferries return to the island / Video", s -> false));
    assertTrue(LineShapes.isBulletedLabel("\u2022 English"));
    assertFalse(LineShapes.isBulletedLabel("\u2022 The ferry left at dawn with forty passengers."));
    assertTrue(LineShapes.isAllCaps("EVENING EDITION"));
    assertFalse(LineShapes.isAllCaps("Evening Edition"));
  }
}
