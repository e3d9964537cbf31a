package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;

class NonTimexesTest {

  private static final PartialDate DCT = PartialDate.parse("2024-10-16");

  private static boolean otherSense(String text, String covered) {
    int s = text.indexOf(covered);
    return NonTimexes.otherSense(text, s, s + covered.length());
  }

  private static boolean title(String text, String covered) {
    int s = text.indexOf(covered);
    return NonTimexes.inQuotedTitle(text, s, s + covered.length());
  }

  @Test
  void aMarchOrAnEventNamedAfterAMonthOrSeasonIsNoTime() {
    assertTrue(otherSense("Thousands joined the march on the capital.", "the march"));
    assertTrue(otherSense("Farmers led this march last year.", "this march"));
    assertTrue(otherSense("She spoke at the March for Peace rally.", "the March"));
    assertTrue(otherSense("the Spring of Hope protests", "Spring"));
    assertFalse(otherSense("Talks resume in March for two weeks.", "March"));
    assertFalse(otherSense("the March of 2019 floods", "March"));
    assertFalse(otherSense("in the spring of last year", "spring"));
  }

  @Test
  void aSecondBeforeANounIsAnOrdinal() {
    assertTrue(otherSense("It was a second attempt to cross.", "a second"));
    assertTrue(otherSense("One second round is planned.", "One second"));
    assertFalse(otherSense("Wait a second or two.", "a second"));
    assertFalse(otherSense("The light flashed for a second.", "a second"));
    assertFalse(otherSense("A second later it fell.", "A second"));
  }

  @Test
  void titlesMayJoinTheirCapitalisedWordsWithOfOrFor() {
    assertTrue(title("the ``Summer of Hope'' rallies", "Summer"));
    assertTrue(title("a \"March for the Children\" event", "March"));
    assertFalse(title("\"Next Monday at noon,\" she said.", "Next Monday"));
  }

  @Test
  void theRuleDropsOtherSensesAndCanBeSwitchedOff() {
    String t = "Thousands joined the march on the capital.";
    int s = t.indexOf("the march");
    TimeExpression r = new TimeExpression(new Span(s, s + 9), "the march", "DATE", "2025-03");
    assertTrue(new TimexNormalizer().normalize(t, List.of(r), DCT).isEmpty());
    EnumSet<TimexNormalizer.Rule> without = EnumSet.allOf(TimexNormalizer.Rule.class);
    without.remove(TimexNormalizer.Rule.OTHER_SENSES);
    assertEquals(1, new TimexNormalizer(without).normalize(t, List.of(r), DCT).size());
  }
}
