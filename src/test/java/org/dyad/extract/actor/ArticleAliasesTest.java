package org.dyad.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class ArticleAliasesTest {

  @Test
  void anAcronymStandsForTheCapitalisedWordsItsLettersBeginWith() {
    String text =
        "Troops of the Kenya Defence Forces (KDF) moved north. Later the KDF said it had withdrawn.";
    ArticleAliases aliases = new ArticleAliases(text);
    Span full = aliases.definition("KDF", text.lastIndexOf("KDF"));
    assertEquals("Kenya Defence Forces", full.of(text));
  }

  @Test
  void smallWordsInsideTheNameAreSkipped() {
    String text = "the Armed Forces of the Philippines (AFP) said; the AFP added";
    assertEquals(
        "Armed Forces of the Philippines",
        new ArticleAliases(text).definition("AFP", text.lastIndexOf("AFP")).of(text));
  }

  @Test
  void aBracketThatSpellsNoInitialsIsNoDefinition() {
    String text = "Jay Santos (Manila) spoke. Manila replied.";
    assertNull(new ArticleAliases(text).definition("Manila", text.lastIndexOf("Manila")));
  }

  @Test
  void anAcronymIsKnownOnlyAfterItsDefinition() {
    String text = "The NCA met. The National Crime Agency (NCA) said so.";
    assertNull(new ArticleAliases(text).definition("NCA", text.indexOf("NCA")));
  }

  @Test
  void shipsCarryTheirNavysPrefix() {
    assertEquals("PHL", ArticleAliases.shipCountry(List.of("BRP", "Sierra", "Madre")));
    assertEquals("USA", ArticleAliases.shipCountry(List.of("USS", "Ford")));
    assertNull(ArticleAliases.shipCountry(List.of("USS")));
    assertNull(ArticleAliases.shipCountry(List.of("The", "Ford")));
  }
}
