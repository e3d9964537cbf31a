package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlTest {

  private static final String DOC =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>demo</DOCID>\n"
          + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-03-05\" temporalFunction=\"false\""
          + " functionInDocument=\"CREATION_TIME\">20240305</TIMEX3></DCT>\n"
          + "<TEXT>\nThe mill of Smith &amp; Sons <EVENT eid=\"e1\" class=\"OCCURRENCE\">closed</EVENT>"
          + " <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-03-04\">yesterday</TIMEX3> after"
          + " <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3>"
          + "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PRESENT_REF\" />.\n</TEXT>\n"
          + "<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>\n"
          + "</TimeML>\n";

  private static String stripTimex(String s) {
    return s.replaceAll("<TIMEX3[^>]*>|</TIMEX3>", "");
  }

  /** The text inside TEXT with tags removed and entities kept, as the TempEval scorer sees it. */
  private static String scorerPlain(String s) {
    String body = s.substring(s.indexOf("<TEXT>") + 6, s.lastIndexOf("</TEXT>"));
    return body.replaceAll("<(/?)(\\w+)([^>]*)>", "");
  }

  @Test
  void readsTextCreationDateAndGoldTimexes() {
    TimeMl.Document d = TimeMl.parse(DOC);
    assertEquals("\nThe mill of Smith & Sons closed yesterday after three years.\n", d.text());
    assertEquals(PartialDate.parse("2024-03-05"), d.creationDate());
    assertEquals(2, d.timexes().size());
    TimeExpression y = d.timexes().get(0);
    assertEquals("yesterday", y.span().of(d.text()));
    assertEquals("2024-03-04", y.value());
    assertEquals("DURATION", d.timexes().get(1).type());
    assertEquals("three years", d.timexes().get(1).text());
  }

  @Test
  void theWireHeadersStoryTimestampIsTheReferenceDate() {
    TimeMl.Document plain = TimeMl.parse(DOC);
    assertEquals(plain.creationDate(), plain.referenceDate());
    String resent =
        DOC.replace(
            "<TEXT>",
            "<EXTRAINFO>\nXYZ20240229.0042  NEWS STORY  2024-02-29 17:05\n</EXTRAINFO>\n<TEXT>");
    TimeMl.Document d = TimeMl.parse(resent);
    assertEquals(PartialDate.parse("2024-03-05"), d.creationDate());
    assertEquals(PartialDate.parse("2024-02-29"), d.referenceDate());
    String american =
        DOC.replace(
            "<TEXT>", "<EXTRAINFO>\n NEWS STORY \n 02/28/2024 09:00:00\n</EXTRAINFO><TEXT>");
    assertEquals(PartialDate.parse("2024-02-28"), TimeMl.parse(american).referenceDate());
  }

  @Test
  void writeReplacesGoldTagsAndKeepsEverythingElse() {
    TimeMl.Document d = TimeMl.parse(DOC);
    int s = d.text().indexOf("three years");
    List<TimeExpression> mine =
        List.of(new TimeExpression(new Span(s, s + 11), "three years", "DURATION", "P3Y"));
    String out = TimeMl.write(d, mine);
    assertEquals(stripTimex(DOC), stripTimex(out));
    assertTrue(
        out.contains("<TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3>"));
    assertTrue(!out.contains(">yesterday</TIMEX3>"));
    assertEquals(scorerPlain(DOC), scorerPlain(out));
    assertEquals(mine, TimeMl.parse(out).timexes());
  }

  @Test
  void spansOverEntitiesMapToTheRawCharacters() {
    TimeMl.Document d = TimeMl.fromPlainText("Q&A on 5 May & <b> then", null);
    assertEquals("Q&A on 5 May & <b> then", d.text());
    int s = d.text().indexOf("5 May & <b>");
    TimeExpression t = new TimeExpression(new Span(s, s + 11), "x", "DATE", "a\"b<c>&");
    String out = TimeMl.write(d, List.of(t));
    assertTrue(
        out.contains(
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"a&quot;b&lt;c&gt;&amp;\">5 May &amp; &lt;b&gt;"
                + "</TIMEX3>"),
        out);
    TimeMl.Document back = TimeMl.parse(out);
    assertEquals(d.text(), back.text());
    assertEquals(new Span(s, s + 11), back.timexes().get(0).span());
    assertEquals("a\"b<c>&", back.timexes().get(0).value());
  }

  @Test
  void tagsNestOutsideAdjacentElements() {
    String src = "<TimeML><TEXT>on <EVENT>Monday</EVENT> <SIGNAL>at</SIGNAL> noon</TEXT></TimeML>";
    TimeMl.Document d = TimeMl.parse(src);
    assertEquals("on Monday at noon", d.text());
    List<TimeExpression> tags =
        List.of(
            new TimeExpression(new Span(3, 9), "Monday", "DATE", "2024-03-04"),
            new TimeExpression(new Span(13, 17), "noon", "TIME", "2024-03-04T12:00"));
    String out = TimeMl.write(d, tags);
    assertTrue(
        out.contains(
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-03-04\"><EVENT>Monday"
                + "</EVENT></TIMEX3>"),
        out);
    assertTrue(out.contains("</SIGNAL> <TIMEX3 tid=\"t2\""), out);
    assertNull(d.creationDate());
  }

  @Test
  void plainTextGetsAWrapperAndCreationDate() {
    TimeMl.Document d =
        TimeMl.fromPlainText("Talks resume on Friday.", PartialDate.parse("2025-06-27"));
    assertEquals("Talks resume on Friday.", d.text());
    assertEquals(PartialDate.parse("2025-06-27"), d.creationDate());
    assertTrue(d.source().contains("functionInDocument=\"CREATION_TIME\""));
    assertTrue(d.timexes().isEmpty());
  }

  @Test
  void readsTmlAndTextFiles(@TempDir Path dir) throws Exception {
    Path tml = dir.resolve("a.tml");
    Files.writeString(tml, DOC);
    assertEquals(PartialDate.parse("2024-03-05"), TimeMl.read(tml, null).creationDate());
    Path txt = dir.resolve("b.txt");
    Files.writeString(txt, "A & B met in 2020.");
    TimeMl.Document d = TimeMl.read(txt, PartialDate.parse("2021-01-01"));
    assertEquals("A & B met in 2020.", d.text());
    assertEquals(PartialDate.parse("2021-01-01"), d.creationDate());
  }

  @Test
  void readsTempEval3TestInputAndNamesItsOutputAsTheGold(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("harbour.tml.TE3input");
    Files.copy(TimeMlTest.class.getResourceAsStream("/timeml/harbour.tml.TE3input"), in);
    TimeMl.Document d = TimeMl.read(in, PartialDate.parse("1999-01-01"));
    assertEquals(PartialDate.parse("2024-03-06"), d.creationDate());
    assertTrue(d.text().startsWith("\nThe ferry crews"), d.text());
    assertTrue(d.timexes().isEmpty());
    assertTrue(TimeMl.isTimeMlName(in));
    assertEquals("harbour.tml", TimeMl.outputName(in));
    assertEquals("a.tml", TimeMl.outputName(Path.of("x", "a.tml")));
    assertEquals("APW1.0261.tml", TimeMl.outputName(Path.of("APW1.0261.tml.TE3input")));
    assertEquals("APW1.0261.tml", TimeMl.outputName(Path.of("APW1.0261.tml")));
    assertEquals("b.tml", TimeMl.outputName(Path.of("b.txt")));
  }

  @Test
  void rejectsMissingTextAndSpansOutsideIt() {
    assertThrows(IllegalArgumentException.class, () -> TimeMl.parse("<TimeML></TimeML>"));
    TimeMl.Document d = TimeMl.fromPlainText("short", null);
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeMl.write(d, List.of(new TimeExpression(new Span(2, 9), "x", "DATE", "X"))));
  }

  @Test
  void overlappingTagsKeepTheLonger() {
    TimeMl.Document d = TimeMl.fromPlainText("last Monday night", null);
    String out =
        TimeMl.write(
            d,
            List.of(
                new TimeExpression(new Span(5, 11), "Monday", "DATE", "A"),
                new TimeExpression(new Span(0, 17), "last Monday night", "TIME", "B")));
    assertEquals(1, TimeMl.parse(out).timexes().size());
    assertEquals("B", TimeMl.parse(out).timexes().get(0).value());
  }

  @Property(tries = 200)
  void roundTripKeepsTextAndSpans(
      @ForAll
          @StringLength(max = 60)
          @Chars({'&', '<', '>', '"', ' ', '\n', 'é'})
          @CharRange(from = 'a', to = 'e')
          String text,
      @ForAll int seed) {
    TimeMl.Document d = TimeMl.fromPlainText(text, null);
    assertEquals(text, d.text());
    java.util.Random r = new java.util.Random(seed);
    List<TimeExpression> tags = new ArrayList<>();
    int pos = 0;
    while (pos < text.length()) {
      int start = pos + r.nextInt(text.length() - pos);
      int end = start + 1 + r.nextInt(Math.min(5, text.length() - start));
      tags.add(new TimeExpression(new Span(start, end), "", "DATE", "v" + start));
      pos = end + 1;
    }
    String out = TimeMl.write(d, tags);
    TimeMl.Document back = TimeMl.parse(out);
    assertEquals(text, back.text());
    assertEquals(
        tags.stream().map(TimeExpression::span).toList(),
        back.timexes().stream().map(TimeExpression::span).toList());
    assertEquals(scorerPlain(d.source()), scorerPlain(out));
  }
}
