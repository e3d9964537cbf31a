package org.dyad.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.TimeTagger;
import org.dyad.nlp.TimexNormalizer;
import org.junit.jupiter.api.Test;

class SuTimeTaggerTest {

  private static final PartialDate DCT = PartialDate.parse("2024-10-16");
  private static final String TEXT =
      "The ministers met on 12 March 2023 and again yesterday. Talks lasted three days.\n"
          + "Trade has grown since the 1990s, and the 6-year-old accord expires next year.";

  @Test
  void findsAndNormalisesTimeExpressions() {
    List<TimeExpression> raw = SuTimeTagger.shared().tag(TEXT, DCT);
    for (TimeExpression t : raw) {
      assertEquals(t.text(), t.span().of(TEXT));
    }
    assertTrue(
        raw.stream().anyMatch(t -> t.text().equals("6-year-old") || t.text().startsWith("6-year")),
        () -> "SUTime marks the age: " + raw);
    TimeTagger tagger = TimexNormalizer.wrap(SuTimeTagger.shared());
    List<TimeExpression> out = tagger.tag(TEXT, DCT);
    List<String> values = out.stream().map(t -> t.text() + "=" + t.value()).toList();
    assertEquals(
        List.of(
            "12 March 2023=2023-03-12",
            "yesterday=2024-10-15",
            "three days=P3D",
            "the 1990s=199",
            "next year=2025"),
        values);
    assertEquals("DURATION", out.get(2).type());
  }

  @Test
  void worksWithoutADocumentDate() {
    List<TimeExpression> out = SuTimeTagger.shared().tag("It happened in June 2020.", null);
    assertEquals(1, out.size());
    assertEquals("2020-06", out.get(0).value());
    assertTrue(SuTimeTagger.shared().tag("", DCT).isEmpty());
  }
}
