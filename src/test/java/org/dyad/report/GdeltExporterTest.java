package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltExporterTest {

  private static final String TEXT =
      "Ruritania expels envoy\nRuritania expelled the Bordurian envoy on Monday.\n"
          + "Borduria may close its border.";
  private static final Instant ADDED = Instant.parse("2025-05-03T10:20:30Z");

  private static EventMention mention(String cameo, Modality modality, int start, int end) {
    return new EventMention(
        "a1",
        cameo,
        new ActorMention(new Actor("Ruritania", "RUR", "GOV"), new Span(start, start + 9)),
        new ActorMention(new Actor("Borduria", "BOR", null), new Span(start + 1, start + 9)),
        PartialDate.parse("2025-05-01"),
        null,
        null,
        modality,
        null,
        new Span(start, end),
        new Span(start + 10, start + 18),
        new Provenance("t", "1"));
  }

  private static CorpusAnalysis corpus() {
    Article a =
        new Article(
            "a1",
            "a1.txt",
            "https://www.example-news.org/2025/05/02/envoy",
            "Ruritania expels envoy",
            "Example News",
            null,
            PartialDate.parse("2025-05-02"),
            false,
            "en",
            TEXT,
            null);
    AnnotatedArticle annotated =
        new AnnotatedArticle(
            a,
            List.of(
                new Sentence(0, new Span(0, 22), List.of(), List.of()),
                new Sentence(1, new Span(23, 72), List.of(), List.of()),
                new Sentence(2, new Span(73, TEXT.length()), List.of(), List.of())),
            List.of(),
            List.of(),
            List.of());
    Event expel =
        new Event(
            "e1",
            "1663",
            -5,
            new Actor("Ruritania", "RUR", "GOV"),
            new Actor("Borduria", "BOR", null),
            PartialDate.parse("2025-05-01"),
            "s",
            List.of(mention("1663", Modality.ASSERTED, 23, 72)));
    Event closing =
        new Event(
            "e2",
            "191",
            -6,
            new Actor("Borduria", "BOR", null),
            new Actor("Ruritania", "RUR", null),
            PartialDate.parse("2025-05"),
            "s",
            List.of(mention("191", Modality.HYPOTHETICAL, 73, TEXT.length())));
    return new CorpusAnalysis(List.of(annotated), List.of(expel, closing), List.of(), List.of());
  }

  @Test
  void theEventTableHasTheCodebooksColumnsAndTypes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("events.csv");
    GdeltExporter.write(corpus(), out, true, new GdeltExporter.Options(false, ADDED));
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size(), "only the asserted event: " + lines);
    assertEquals(61, lines.get(0).split("\t", -1).length);
    String[] row = lines.get(1).split("\t", -1);
    assertEquals(61, row.length);
    assertEquals("20250501", row[1], "SQLDATE");
    assertEquals("202505", row[2], "MonthYear");
    assertEquals("2025", row[3], "Year");
    assertTrue(row[4].matches("2025\\.\\d{4}"), "FractionDate " + row[4]);
    assertEquals("RURGOV", row[5]);
    assertEquals("1", row[25], "IsRootEvent: told in the lede");
    assertEquals("1663", row[26]);
    assertEquals("166", row[27]);
    assertEquals("16", row[28]);
    assertEquals("4", row[29], "QuadClass: material conflict");
    assertEquals("20250503102030", row[59], "DATEADDED");
    assertEquals("https://www.example-news.org/2025/05/02/envoy", row[60]);
    for (int i : new int[] {0, 1, 2, 3, 25, 29, 31, 32, 33, 59}) {
      assertTrue(row[i].matches("\\d+"), "integer column " + i + ": " + row[i]);
    }
  }

  @Test
  void everyModalityWhenAskedWithMonthEventsLeftWithoutADay(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("events.csv");
    GdeltExporter.write(corpus(), out, false, new GdeltExporter.Options(true, ADDED));
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size());
    String[] row = lines.get(1).split("\t", -1);
    assertEquals("", row[1], "no invented day");
    assertEquals("202505", row[2]);
    assertEquals("0", row[25], "not in the lead");
    assertEquals("4", row[29], "QuadClass of 19: material conflict");
  }

  @Test
  void theMentionsTableNamesEachMentionWithTheEventsId(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("mentions.csv");
    GdeltExporter.writeMentions(corpus(), out, true, new GdeltExporter.Options(true, ADDED));
    List<String> lines = Files.readAllLines(out);
    assertEquals(3, lines.size());
    assertEquals(16, lines.get(0).split("\t", -1).length);
    String[] first = lines.get(1).split("\t", -1);
    assertEquals(16, first.length);
    assertEquals("1", first[0]);
    assertEquals("20250503102030", first[1]);
    assertEquals("20250502000000", first[2], "MentionTimeDate: publication");
    assertEquals("1", first[3], "web");
    assertEquals("example-news.org", first[4]);
    assertEquals("2", first[6], "SentenceID");
    assertEquals("23", first[7]);
    assertEquals("33", first[9], "ActionCharOffset");
    assertEquals("100", first[11]);
    assertEquals(Integer.toString(TEXT.length()), first[12]);
    String[] second = lines.get(2).split("\t", -1);
    assertEquals("2", second[0]);
    assertEquals("50", second[11], "a hypothetical act is less certain");
  }
}
