package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.TimeMl;
import org.dyad.nlp.TimeTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlBenchmarkTest {

  private static String doc(String body) {
    return "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-01-10\""
        + " functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>"
        + body
        + "</TEXT></TimeML>";
  }

  @Test
  void scoresLikeTheTempEvalScorer(@TempDir Path dir) throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Path sys = Files.createDirectories(dir.resolve("sys"));
    Files.writeString(
        gold.resolve("a.tml"),
        doc(
            "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-01-09\">Tuesday</TIMEX3> and"
                + " <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2W\">two weeks</TIMEX3> later,"
                + " <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3>."));
    Files.writeString(gold.resolve("b.tml"), doc("Nothing <TIMEX3 type=\"DATE\" value=\"X\"/>."));
    Files.writeString(
        gold.resolve("c.tml"), doc("<TIMEX3 type=\"DATE\" value=\"1999\">1999</TIMEX3>"));
    // Tuesday exact; "weeks" overlaps with the wrong type and value; "and" is a false alarm.
    Files.writeString(
        sys.resolve("a.tml"),
        doc(
            "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-01-09\">Tuesday</TIMEX3>"
                + " <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"Q\">and</TIMEX3> two"
                + " <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"PXW\">weeks</TIMEX3> later, now."));
    Files.writeString(sys.resolve("b.tml"), doc("Nothing."));
    TimeMlBenchmark.Scores s = TimeMlBenchmark.score(gold, sys);
    assertEquals(new TimeMlBenchmark.Scores(4, 3, 1, 2, 1, 1, 1), s);
    assertEquals(100.0 * 2 / 3, s.precision(s.relaxed()), 1e-9);
    assertEquals(50.0, s.recall(s.relaxed()), 1e-9);
    assertEquals(2 * (1 / 3.0) * (1 / 4.0) / (1 / 3.0 + 1 / 4.0) * 100, s.valueF1(), 1e-9);
  }

  @Test
  void tagAllWritesOneFileFlatPerGoldFile(@TempDir Path dir) throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold/sub"));
    Files.writeString(
        gold.resolve("a.tml"),
        doc("Seen <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-01-09\">Tuesday</TIMEX3>."));
    TimeTagger tagger =
        (text, date) -> {
          assertEquals(PartialDate.parse("2024-01-10"), date);
          int s = text.indexOf("Tuesday");
          return List.of(new TimeExpression(new Span(s, s + 7), "Tuesday", "DATE", "2024-01-09"));
        };
    Path out = dir.resolve("out");
    TimeMlBenchmark.tagAll(tagger, dir.resolve("gold"), out);
    assertEquals(1, TimeMl.read(out.resolve("a.tml"), null).timexes().size());
    TimeMlBenchmark.Scores s = TimeMlBenchmark.score(gold, out);
    assertEquals(100.0, s.valueF1(), 1e-9);
    assertEquals(100.0, s.strictF1(), 1e-9);
  }

  @Test
  void scoreTreeSumsTheFoldersBelow(@TempDir Path dir) throws Exception {
    String tuesday =
        doc("Seen <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-01-09\">Tuesday</TIMEX3>.");
    Files.writeString(Files.createDirectories(dir.resolve("gold/one")).resolve("a.tml"), tuesday);
    Files.writeString(Files.createDirectories(dir.resolve("gold/two")).resolve("b.tml"), tuesday);
    Path sys = Files.createDirectories(dir.resolve("sys"));
    Files.writeString(sys.resolve("a.tml"), tuesday);
    TimeMlBenchmark.Scores s = TimeMlBenchmark.scoreTree(dir.resolve("gold"), sys);
    assertEquals(new TimeMlBenchmark.Scores(2, 1, 1, 1, 1, 1, 1), s);
    assertEquals(0, TimeMlBenchmark.score(dir.resolve("gold"), sys).gold());
  }
}
