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
            dir.resolve("examples.html").toString());
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
