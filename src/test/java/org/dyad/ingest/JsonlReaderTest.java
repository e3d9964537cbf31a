package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.ingest.text.TextArticleParser;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String record(String url, String text) throws Exception {
    return JSON.writeValueAsString(
        Map.of("source", url.replaceAll(".*/", ""), "url", url, "text", text));
  }

  private static List<ArticleDraft> read(String... records) throws Exception {
    List<ArticleDraft> out = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    new JsonlReader(new TextArticleParser())
        .read("batch.jsonl", String.join("\n", records), out::add, problems::add);
    assertEquals(List.of(), problems);
    return out;
  }

  @Test
  void theAddressGivesTheDateTheOutletAndItsAgency() throws Exception {
    List<ArticleDraft> d =
        read(
            record(
                "https://www.reuters.com/world/2025/03/20/ferries-return/",
                "Ferries return to the island\n\nPort crews reopened the northern terminal on"
                    + " Thursday after a week of storms, the operator said."),
            record(
                "https://quaypost-example.net/harbour/ferries-resume-2025-03-21-island/",
                "Ferries resume\n\nHARBOURTOWN, March 21 (Xinhua) -- Port crews reopened the"
                    + " northern terminal after a week of storms, the operator said."));
    assertEquals("2025-03-20", d.get(0).published().toString());
    assertFalse(d.get(0).publishedInferred());
    assertEquals("Reuters", d.get(0).outlet());
    assertNull(d.get(0).syndicatedFrom());
    assertEquals("2025-03-21", d.get(1).published().toString());
    assertEquals("quaypost-example.net", d.get(1).outlet());
    assertEquals("Xinhua", d.get(1).syndicatedFrom());
  }

  @Test
  void aLineThePagesOfOneSiteRepeatIsFurniture() throws Exception {
    String promo = "Quay Post evening briefing";
    List<ArticleDraft> d =
        read(
            record(
                "https://quaypost-example.net/a",
                "Ferries return\n"
                    + promo
                    + "\nPort crews reopened the northern terminal on"
                    + " Thursday after a week of storms, the operator said."),
            record(
                "https://quaypost-example.net/b",
                "Cranes repaired\n"
                    + promo
                    + "\nEngineers finished work on the two damaged"
                    + " cranes at the eastern quay on Friday, the port authority said."));
    for (ArticleDraft a : d) {
      assertFalse(a.text().contains(promo), a.text());
      assertTrue(a.text().contains("said."), a.text());
    }
  }
}
