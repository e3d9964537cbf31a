package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dyad.bench.PetrarchRecords.Coding;
import org.dyad.bench.PetrarchRecords.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading PETRARCH records files and scoring codings against them (no annotation). */
class PetrarchCodingTest {

  @TempDir Path dir;

  @Test
  void readsEnvironmentDatesCodingsAndNoEventRecords() throws IOException {
    Path xml = dir.resolve("r.xml");
    Files.writeString(
        xml,
        """
        <Validation>
        <Environment><Verbfile>v.txt</Verbfile><Actorfile> a.txt </Actorfile></Environment>
        <Sentence date="20190215" id="X-1" category="PATTERN">
        <EventCoding sourcecode="ABC" targetcode="DEFGOV" eventcode="0421"></EventCoding>
        <EventCoding sourcecode="DEF" targetcode="ABC" eventcode="043"></EventCoding>
        <Text>
          Two lines of
          text.
        </Text>
        </Sentence>
        <Sentence id="X-2" category="NULL">
        <EventCoding noevents="true"></EventCoding>
        <Text>Nothing here.</Text>
        </Sentence>
        <Sentence id="X-3"><EventCoding sourcecode="A" targetcode="B" eventcode="010"/></Sentence>
        </Validation>
        """);
    PetrarchRecords r = PetrarchRecords.read(xml);
    assertEquals(dir.toAbsolutePath().resolve("v.txt"), r.verbs());
    assertEquals(dir.toAbsolutePath().resolve("a.txt"), r.actors());
    assertNull(r.agents());
    assertEquals(2, r.records().size(), "a sentence without text is skipped");
    Record first = r.records().get(0);
    assertEquals("Two lines of text.", first.text());
    assertEquals(2019, first.date().year());
    assertEquals(new Coding("ABC", "DEFGOV", "0421"), first.expected().get(0));
    assertEquals("04", first.expected().get(0).root());
    assertTrue(r.records().get(1).noEvents());
    assertEquals(2, r.expectedCount());
  }

  @Test
  void aFileThatIsNotXmlIsAnIoErrorNamingIt() throws IOException {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "not xml at all");
    IOException e = assertThrows(IOException.class, () -> PetrarchRecords.read(bad));
    assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
  }

  @Test
  void scoresExactAndRootMatchesByCategory() {
    Record a =
        new Record(
            "1",
            "VERB",
            null,
            "t",
            List.of(new Coding("ABC", "DEF", "0421"), new Coding("DEF", "ABC", "112")),
            false);
    Record b =
        new Record("2", "AGENT", null, "t", List.of(new Coding("ABCMIL", "DEF", "190")), false);
    List<PetrarchCoding.Result> results =
        List.of(
            new PetrarchCoding.Result(
                a, Set.of(new Coding("ABC", "DEF", "0421"), new Coding("DEF", "ABC", "111"))),
            new PetrarchCoding.Result(b, Set.of(new Coding("ABC", "DEF", "190"))));
    List<PetrarchCoding.Score> s = PetrarchCoding.score(results);
    assertEquals(
        List.of("VERB", "AGENT", "ALL"), s.stream().map(PetrarchCoding.Score::category).toList());
    assertEquals(new PetrarchCoding.Score("VERB", 1, 2, 1, 2), s.get(0));
    assertEquals(new PetrarchCoding.Score("AGENT", 1, 1, 0, 0), s.get(1), "actor codes must match");
    assertEquals(new PetrarchCoding.Score("ALL", 2, 3, 1, 2), s.get(2));
    assertEquals(2.0 / 3, s.get(2).rootShare(), 1e-9);
    assertTrue(PetrarchCoding.table(s).contains("ALL"), PetrarchCoding.table(s));
  }

  @Test
  void aCodingNeedsAllThreeCodes() {
    assertThrows(IllegalArgumentException.class, () -> new Coding("ABC", null, "010"));
  }
}
