package org.dyad.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline over the bundled examples, which cover two country pairs. */
class ExamplesIT {

  @TempDir static Path dir;
  static JsonNode export;

  @BeforeAll
  static void analyse() throws Exception {
    Path out = dir.resolve("examples.json");
    int code =
        Main.run(
            "analyze",
            "examples",
            "--db",
            dir.resolve("db").toString(),
            "--export",
            out.toString(),
            "--report",
            dir.resolve("examples.html").toString(),
            "--tension",
            dir.resolve("tension.csv").toString());
    assertEquals(0, code);
    export = new ObjectMapper().readTree(out.toFile());
  }

  private static List<JsonNode> events(String source, String target) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : export.get("events")) {
      if (source.equals(e.path("source").path("country").asText())
          && target.equals(e.path("target").path("country").asText())) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void readsEveryExampleInEveryFormat() {
    assertEquals(8, export.get("articles").size());
  }

  @Test
  void findsTheIndiaPakistanEventsWithTheRightCountries() {
    List<JsonNode> indiaOnPakistan = events("IND", "PAK");
    assertTrue(
        indiaOnPakistan.stream()
            .anyMatch(
                e ->
                    e.path("date").asText().equals("2025-04-23")
                        && e.path("cameo").asText().startsWith("16")),
        "India suspends the treaty and expels diplomats on 23 April 2025: " + indiaOnPakistan);
    assertTrue(
        indiaOnPakistan.stream().anyMatch(e -> e.path("cameo").asText().startsWith("19")),
        "Indian strikes on Pakistan: " + indiaOnPakistan);
    List<JsonNode> pakistanOnIndia = events("PAK", "IND");
    assertTrue(
        pakistanOnIndia.stream().anyMatch(e -> e.path("date").asText().equals("2025-04-24")),
        "Pakistan closes its airspace on 24 April 2025: " + pakistanOnIndia);
  }

  @Test
  void findsTheRussiaAzerbaijanEventsWithTheRightCountries() {
    assertTrue(
        events("RUS", "AZE").stream()
            .anyMatch(
                e ->
                    e.path("date").asText().equals("2025-06-27")
                        && e.path("cameo").asText().equals("173")));
    assertTrue(
        events("AZE", "RUS").stream()
            .anyMatch(e -> e.path("date").asText().startsWith("2025-06-30")));
  }

  @Test
  void analysesBothPairsTheMostReportedFirstEachWithTensionAndSides() {
    JsonNode pairs = export.get("pairs");
    assertEquals(2, pairs.size(), pairs.toString());
    assertEquals(
        java.util.Set.of("[\"AZE\",\"RUS\"]", "[\"IND\",\"PAK\"]"),
        java.util.Set.of(pairs.get(0).get("pair").toString(), pairs.get(1).get("pair").toString()));
    assertEquals(export.get("pair"), pairs.get(0).get("pair"), "the default pair is the first");
    assertEquals(export.get("divergences"), pairs.get(0).get("divergences"));
    assertEquals(export.get("tension"), pairs.get(0).get("tension"));
    assertTrue(
        pairs.get(0).get("events").asInt() >= pairs.get(1).get("events").asInt(),
        "ranked by merged events");
    for (JsonNode p : pairs) {
      String a = p.get("pair").get(0).asText();
      String b = p.get("pair").get(1).asText();
      String label = a + "-" + b;
      List<JsonNode> all = new ArrayList<>();
      p.get("tension").forEach(t -> all.add(t));
      assertTrue(
          all.stream().anyMatch(t -> t.get("series").asText().equals("all")),
          label + " has a tension series: " + p.get("tension"));
      assertTrue(
          all.stream().allMatch(t -> t.get("pair").asText().equals(label)),
          p.get("tension").toString());
      List<String> sides = new ArrayList<>();
      for (JsonNode art : p.get("articles")) {
        String side = art.get("perspective").asText();
        assertTrue(
            side.equals(a) || side.equals(b) || side.equals("both") || side.equals("neutral"),
            label + ": a perspective is a code of the pair, both or neutral: " + art);
        sides.add(side);
      }
      assertTrue(sides.contains(a) && sides.contains(b), label + " has both sides: " + sides);
      for (JsonNode d : p.get("divergences")) {
        for (JsonNode v : d.get("versions")) {
          String side = v.get("side").asText();
          assertTrue(
              side.equals(a) || side.equals(b) || side.equals("both") || side.equals("neutral"),
              label + ": a version's side is of the pair: " + v);
        }
      }
    }
    for (JsonNode p : pairs) {
      boolean told = false;
      for (JsonNode d : p.get("divergences")) {
        java.util.Set<String> articles = new java.util.HashSet<>();
        d.get("versions").forEach(v -> articles.add(v.get("article").asText()));
        told |= articles.size() >= 2;
      }
      assertTrue(
          told, p.get("pair") + " has an event told by two articles: " + p.get("divergences"));
    }
  }

  @Test
  void theTensionCsvAndTheReportHoldBothPairs() throws Exception {
    String csv = java.nio.file.Files.readString(dir.resolve("tension.csv"));
    assertTrue(csv.contains(",AZE-RUS,all,") && csv.contains(",IND-PAK,all,"), csv);
    String html = java.nio.file.Files.readString(dir.resolve("examples.html"));
    assertTrue(html.contains("data-pair=\"IND-PAK\"") && html.contains("id=\"pair-select\""));
  }

  /** The pair of {@code pairs} that includes {@code country}. */
  private static JsonNode pair(JsonNode pairs, String country) {
    for (JsonNode p : pairs) {
      if (p.get("pair").toString().contains('"' + country + '"')) {
        return p;
      }
    }
    throw new AssertionError("no pair with " + country + ": " + pairs);
  }

  @Test
  void eachArticleCarriesItsOwnSideOnItsPair() {
    java.util.Map<String, String> expected =
        java.util.Map.of(
            "india-pakistan-pahalgam.txt", "IND",
            "india-pakistan-sindoor.txt", "IND",
            "pakistan-india-indus.html", "PAK");
    JsonNode pairs = export.get("pairs");
    for (int i = 0; i < export.get("articles").size(); i++) {
      String source = export.get("articles").get(i).get("source").asText();
      String want = expected.get(source.substring(source.lastIndexOf('/') + 1));
      if (want != null) {
        assertEquals(
            want, pair(pairs, "IND").get("articles").get(i).get("perspective").asText(), source);
        assertEquals(
            "neutral",
            pair(pairs, "AZE").get("articles").get(i).get("perspective").asText(),
            source);
      }
    }
  }

  @Test
  void attributesQuotesToTheirSpeakers() {
    int attributed = 0;
    for (JsonNode q : export.get("quotes")) {
      String text = q.path("text").asText();
      if (text.startsWith("A ceasefire negotiated under fire")) {
        assertEquals("Nandini Rao", q.path("speaker").asText());
        attributed++;
      }
      if (text.startsWith("Arresting journalists")) {
        assertEquals("Pavel Orlov", q.path("speaker").asText());
        attributed++;
      }
    }
    assertEquals(2, attributed);
  }
}
