package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.analysis.Extraction;
import org.dyad.nlp.Gazetteer;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read-only API, served by the real server over a real store of invented articles. */
class ApiServerTest {

  @TempDir static Path dir;

  private static ArticleStore store;
  private static ApiServer server;
  private static Http http;
  private static final List<String> log = new ArrayList<>();

  /** Every article's text, by export id. */
  private static final Map<String, String> texts = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    store = ArticleStore.openEmbedded(ApiFixtures.storeCopy(dir));
    server =
        ApiServer.start(
            store,
            new Extraction(Gazetteer.load()),
            ApiServer.Options.readOnly("127.0.0.1", 0),
            log::add);
    http = new Http(server.port());
    for (JsonNode a : http.json("/api/articles").get("articles")) {
      String id = a.get("id").asText();
      texts.put(id, http.json("/api/articles/" + id).get("text").asText());
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  /**
   * A span's {@code text} is exactly the article text between its {@code start} and {@code end}.
   */
  private static void assertSpan(String articleText, JsonNode span, String textField) {
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    assertTrue(0 <= start && start <= end && end <= articleText.length(), span.toString());
    assertEquals(articleText.substring(start, end), span.get(textField).asText(), span.toString());
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static List<JsonNode> events(String query) throws Exception {
    return list(http.json("/api/events" + query).get("events"));
  }

  @Test
  void theSummaryCountsTheCorpusAndNamesItsPairAndOutlets() throws Exception {
    Http.Reply r = http.get("/api/summary", "Origin", "http://elsewhere.example");
    assertEquals(200, r.status());
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    assertEquals("no-store", r.header("Cache-Control"));
    assertNull(r.header("Access-Control-Allow-Origin"), "CORS is off by default");
    JsonNode s = r.json();
    assertEquals(ApiFixtures.ARTICLES.size(), s.get("articles").asInt());
    assertEquals(events("").size(), s.get("events").asInt());
    assertEquals("[\"CHL\",\"PER\"]", s.get("pair").toString());
    assertEquals("2025-04-10", s.at("/published/first").asText());
    assertEquals("2025-06-04", s.at("/published/last").asText());
    assertEquals("Pacific Wire", s.at("/outlets/0/name").asText());
    assertEquals(2, s.at("/outlets/0/articles").asInt());
    assertTrue(s.get("contradictions").asInt() >= 1, s.toString());
    assertFalse(s.get("ingest").asBoolean());
  }

  @Test
  void articlesAreListedWithoutTextAndPaged() throws Exception {
    JsonNode all = http.json("/api/articles");
    assertEquals(4, all.get("total").asInt());
    assertEquals(
        List.of("a1", "a2", "a3", "a4"),
        list(all.get("articles")).stream().map(a -> a.get("id").asText()).toList());
    JsonNode first = all.at("/articles/0");
    assertEquals("chile-navy.txt", first.get("source").asText());
    assertEquals("2025-04-10", first.get("published").asText());
    assertFalse(first.get("published_inferred").asBoolean());
    assertTrue(first.get("dyad_id").asText().matches("[0-9a-f]{16}"), first.toString());
    assertFalse(first.has("text"));

    JsonNode page = http.json("/api/articles?offset=1&limit=2");
    assertEquals(4, page.get("total").asInt());
    assertEquals(
        List.of("a2", "a3"),
        list(page.get("articles")).stream().map(a -> a.get("id").asText()).toList());
    assertEquals(0, http.json("/api/articles?offset=10").get("articles").size());
  }

  @Test
  void anArticleCarriesItsTextAndAnnotationsAsSpansIntoIt() throws Exception {
    int spans = 0;
    for (var entry : texts.entrySet()) {
      JsonNode a = http.json("/api/articles/" + entry.getKey());
      String text = entry.getValue();
      for (String field :
          List.of("entities", "timexes", "event_mentions", "perspective_evidence")) {
        for (JsonNode span : a.path(field)) {
          assertSpan(text, span, "text");
          spans++;
        }
      }
      for (JsonNode q : a.get("quotes")) {
        assertSpan(text, q, "text");
        spans++;
      }
      assertNotNull(a.get("perspective").textValue(), a.toString());
      assertTrue(a.get("perspective_reasons").size() > 0, a.toString());
      assertEquals(a, http.json("/api/articles/" + a.get("dyad_id").asText()));
    }
    assertTrue(spans > 20, "spans checked: " + spans);
    JsonNode navy = http.json("/api/articles/a1");
    assertTrue(
        list(navy.get("entities")).stream()
            .anyMatch(
                e ->
                    e.get("type").asText().equals("NATIONALITY")
                        && e.get("normalized").asText().equals("PER")),
        navy.get("entities").toString());
    assertTrue(
        list(navy.get("timexes")).stream()
            .anyMatch(t -> t.get("value").asText().equals("2025-04-08")),
        navy.get("timexes").toString());
  }

  @Test
  void articleMarkupComesBackAsPlainJsonStrings() throws Exception {
    JsonNode markup =
        list(http.json("/api/articles").get("articles")).stream()
            .filter(a -> a.get("source").asText().equals("markup.txt"))
            .findFirst()
            .orElseThrow();
    assertEquals(ApiFixtures.MARKUP_TITLE, markup.get("title").asText());
    assertTrue(
        texts.get(markup.get("id").asText()).contains("<script>window.dyadPwned=1</script>"));
  }

  @Test
  void unknownIdsAndEndpointsAre404WithAJsonError() throws Exception {
    Http.Reply article = http.get("/api/articles/a99");
    assertEquals(404, article.status());
    assertEquals("no article with id 'a99'", article.json().get("error").asText());
    Http.Reply event = http.get("/api/events/e999");
    assertEquals(404, event.status());
    assertEquals("no event with id 'e999'", event.json().get("error").asText());
    Http.Reply endpoint = http.get("/api/nothing-here");
    assertEquals(404, endpoint.status());
    assertTrue(endpoint.json().get("error").asText().contains("/api/nothing-here"));
    Http.Reply method = http.delete("/api/events");
    assertEquals(405, method.status(), method.body());
    assertTrue(method.json().has("error"), method.body());
  }

  @Test
  void eventFiltersNarrowTheTimeline() throws Exception {
    List<JsonNode> all = events("");
    assertTrue(all.size() >= 8, all.toString());

    List<JsonNode> june = events("?from=2025-06");
    assertFalse(june.isEmpty());
    assertTrue(june.size() < all.size());
    assertTrue(
        june.stream().allMatch(e -> e.get("date").asText().startsWith("2025-06")), june.toString());

    List<JsonNode> march = events("?from=2025-03-15&to=2025-03-31");
    assertEquals(1, march.size(), "the month-precise March agreement overlaps the range: " + march);
    assertEquals("2025-03", march.get(0).get("date").asText());
    assertEquals(march, events("?to=2025-03"));

    List<JsonNode> detentions = events("?cameo=17");
    assertFalse(detentions.isEmpty());
    assertTrue(detentions.size() < all.size());
    assertTrue(detentions.stream().allMatch(e -> e.get("cameo").asText().startsWith("17")));
    assertEquals(detentions, events("?cameo=173"));
    assertTrue(events("?cameo=1731").isEmpty());

    long withPeru =
        all.stream()
            .filter(
                e ->
                    e.at("/source/country").asText().equals("PER")
                        || e.at("/target/country").asText().equals("PER"))
            .count();
    assertEquals(withPeru, events("?country=PER").size());
    assertEquals(events("?country=PER"), events("?country=per"));
    assertTrue(events("?country=FRA").isEmpty());

    List<JsonNode> planned = events("?modality=planned");
    assertFalse(planned.isEmpty());
    assertTrue(planned.size() < all.size());
    assertTrue(
        planned.stream().allMatch(e -> e.get("modalities").toString().contains("\"planned\"")));

    List<JsonNode> combined =
        events("?from=2025-04&to=2025-04&country=CHL&cameo=17&modality=asserted");
    assertEquals(1, combined.size(), combined.toString());
    assertEquals(
        2, combined.get(0).get("mention_count").asInt(), "the detention told by both sides");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/events?from=2025-13 | from | 2025-13",
        "/api/events?to=yesterday | to | yesterday",
        "/api/events?from=2025-06&to=2025-04 | from | 2025-06",
        "/api/events?country=Chile | country | Chile",
        "/api/events?cameo=21 | cameo | 21",
        "/api/events?cameo=abc | cameo | abc",
        "/api/events?modality=maybe | modality | maybe",
        "/api/articles?limit=0 | limit | 0",
        "/api/articles?offset=-1 | offset | -1",
        "/api/quotes?country=12 | country | 12",
        "/api/tension?period=year | period | year",
        "/api/tension?pair=CHL | pair | CHL",
        "/api/divergences?pair=CHL,ARG | pair | CHL,ARG",
        "/api/events?direction=CHL | direction | CHL",
        "/api/events?direction=CHL-CHL | direction | CHL-CHL",
        "/api/events?side=Chile | side | Chile",
        "/api/events?sort=random | sort | random",
        "/api/events?format=xml | format | xml",
      })
  void aBadParameterIs400NamingTheParameterAndTheValue(String path, String name, String value)
      throws Exception {
    Http.Reply r = http.get(path);
    assertEquals(400, r.status(), r.body());
    String error = r.json().get("error").asText();
    assertTrue(error.startsWith("bad value for " + name + ": '" + value + "'"), error);
  }

  @Test
  void anEventListsEveryMentionWithItsSentence() throws Exception {
    int mentions = 0;
    for (JsonNode summary : events("")) {
      JsonNode e = http.json("/api/events/" + summary.get("id").asText());
      assertEquals(summary.get("mention_count").asInt(), e.get("mentions").size());
      for (JsonNode m : e.get("mentions")) {
        String text = texts.get(m.get("article").asText());
        assertNotNull(text, m.toString());
        assertSpan(text, m, "text");
        JsonNode sentence = m.get("sentence");
        assertSpan(text, sentence, "text");
        assertTrue(
            sentence.get("start").asInt() <= m.get("start").asInt()
                && m.get("end").asInt() <= sentence.get("end").asInt(),
            m.toString());
        assertTrue(
            m.get("modality")
                .asText()
                .matches("asserted|reported|alleged|denied|planned|hypothetical"));
        assertTrue(m.has("date_text"));
        mentions++;
      }
    }
    assertTrue(mentions >= 10, "mentions checked: " + mentions);
    JsonNode detention = events("?cameo=173").get(0);
    JsonNode detail = http.json("/api/events/" + detention.get("id").asText());
    assertTrue(detail.get("contradiction").asBoolean());
    Set<String> articles = new HashSet<>();
    detail.get("mentions").forEach(m -> articles.add(m.get("article_title").asText()));
    assertEquals(
        Set.of(
            "Chilean Navy Detains Peruvian Fishing Boat", "Lima Protests Seizure of Fishing Boat"),
        articles);
    assertEquals("April 8, 2025", detail.at("/mentions/0/date_text").asText());
  }

  @Test
  void quotesAreFilteredBySpeakerAndCountry() throws Exception {
    JsonNode all = http.json("/api/quotes");
    assertTrue(all.get("total").asInt() >= 4, all.toString());
    for (JsonNode q : all.get("quotes")) {
      assertSpan(texts.get(q.get("article").asText()), q, "text");
    }
    JsonNode paredes = http.json("/api/quotes?speaker=paredes");
    assertEquals(1, paredes.get("total").asInt(), paredes.toString());
    assertEquals("Luis Paredes", paredes.at("/quotes/0/speaker").asText());
    assertTrue(paredes.at("/quotes/0/direct").asBoolean());
    JsonNode peru = http.json("/api/quotes?country=PER");
    assertTrue(
        peru.get("total").asInt() > 0 && peru.get("total").asInt() < all.get("total").asInt());
    peru.get("quotes").forEach(q -> assertEquals("PER", q.get("speaker_country").asText()));
  }

  @Test
  void divergencesLayOutEachSidesVersionAndFlagTheContradiction() throws Exception {
    JsonNode body = http.json("/api/divergences");
    JsonNode d =
        list(body.get("divergences")).stream()
            .filter(x -> x.get("cameo").asText().startsWith("17"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(body.toString()));
    assertTrue(d.get("contradiction").asBoolean());
    assertEquals("[\"number: 12 vs 7\"]", d.get("conflicts").toString());
    Set<String> sides = new HashSet<>();
    for (JsonNode v : d.get("versions")) {
      sides.add(v.get("side").asText());
      assertSpan(texts.get(v.get("article").asText()), v, "claim");
    }
    assertTrue(sides.size() >= 2, sides.toString());
    for (JsonNode x : body.get("divergences")) {
      assertFalse(x.toString().matches(".*[0-9a-f]{16}.*"), "conflicts name export ids: " + x);
    }
  }

  @Test
  void thePairParameterChoosesThePairAndTheSummaryListsEveryPair() throws Exception {
    JsonNode s = http.json("/api/summary?pair=per-chl");
    assertEquals("[\"CHL\",\"PER\"]", s.get("pair").toString());
    assertEquals("[\"CHL\",\"PER\"]", s.at("/pairs/0/pair").toString());
    assertEquals(
        http.json("/api/tension").toString(), http.json("/api/tension?pair=PER,CHL").toString());
    for (JsonNode a : http.json("/api/articles?pair=CHL-PER").get("articles")) {
      assertTrue(
          a.get("perspective").asText().matches("CHL|PER|both|neutral"),
          "perspectives name only the pair: " + a);
    }
  }

  @Test
  void tensionIsSummedPerMonthOrWeekFromTheEventsGoldsteinValues() throws Exception {
    Map<String, Double> goldstein = new HashMap<>();
    events("").forEach(e -> goldstein.put(e.get("id").asText(), e.get("goldstein").asDouble()));
    JsonNode month = http.json("/api/tension");
    assertEquals("month", month.get("period").asText());
    assertEquals("CHL-PER", month.get("pair").asText());
    JsonNode week = http.json("/api/tension?period=week");
    assertEquals("week", week.get("period").asText());
    for (var series : Map.of(month, "\\d{4}-\\d{2}", week, "\\d{4}-W\\d{2}").entrySet()) {
      assertTrue(series.getKey().get("tension").size() > 0);
      for (JsonNode p : series.getKey().get("tension")) {
        assertTrue(p.get("period").asText().matches(series.getValue()), p.toString());
        double sum = 0;
        for (JsonNode id : p.get("events")) {
          sum += goldstein.get(id.asText());
        }
        assertEquals(sum, p.get("value").asDouble(), 1e-9, p.toString());
      }
    }
  }

  @Test
  void searchFindsArticlesQuotesAndEventsWithTheMatchedWords() throws Exception {
    JsonNode r = http.json("/api/search?q=fishermen");
    assertEquals("fishermen", r.get("q").asText());
    assertEquals(2, r.get("articles").size(), r.toString());
    for (JsonNode a : r.get("articles")) {
      String text = texts.get(a.get("id").asText());
      int start = a.get("snippet_start").asInt();
      assertEquals(text.substring(start, a.get("snippet_end").asInt()), a.get("snippet").asText());
      JsonNode m = a.at("/matches/0");
      assertEquals(
          "fishermen", a.get("snippet").asText().substring(m.get(0).asInt(), m.get(1).asInt()));
    }
    assertFalse(r.get("events").isEmpty(), r.toString());
    for (JsonNode e : r.get("events")) {
      assertTrue(e.at("/hit/snippet").asText().contains("fishermen"), e.toString());
      assertTrue(e.get("headline").asText().length() > 5, e.toString());
    }
    JsonNode quotes = http.json("/api/search?q=unacceptable").get("quotes");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Luis Paredes", quotes.at("/0/speaker").asText());
    assertEquals(
        1, http.json("/api/quotes?q=unacceptable").get("total").asInt(), "quotes searched too");
    JsonNode nothing = http.json("/api/search?q=volcano");
    for (String kind : List.of("articles", "quotes", "events")) {
      assertEquals(0, nothing.get(kind).size(), nothing.toString());
    }
    assertEquals(0, http.json("/api/search").get("articles").size(), "no query, no hits");
    assertEquals(
        2,
        http.json("/api/search?q=%22Chilean+navy+detained%22").get("articles").size(),
        "a quoted phrase");
    assertEquals(
        1,
        http.json("/api/search?q=fishermen+-Paredes").get("articles").size(),
        "an excluded word");
  }

  @Test
  void eventsAreSearchedFilteredByDirectionSideOutletAndActorAndSortedNewestFirst()
      throws Exception {
    List<JsonNode> all = events("");
    List<JsonNode> detained = events("?q=detained");
    assertFalse(detained.isEmpty());
    assertTrue(detained.size() < all.size());
    assertTrue(detained.stream().allMatch(e -> e.get("cameo").asText().startsWith("17")));
    assertTrue(events("?q=volcano").isEmpty());

    List<JsonNode> fromChile = events("?direction=CHL-PER");
    assertFalse(fromChile.isEmpty());
    for (JsonNode e : fromChile) {
      assertEquals("CHL", e.at("/source/country").asText(), e.toString());
      assertEquals("PER", e.at("/target/country").asText(), e.toString());
    }
    List<JsonNode> fromPeru = events("?direction=per%3Echl");
    assertFalse(fromPeru.isEmpty());
    assertEquals(fromPeru, events("?direction=PER-CHL"));
    for (JsonNode e : fromPeru) {
      assertEquals("PER", e.at("/source/country").asText(), e.toString());
    }
    assertTrue(
        events("?direction=CHL-PER").size() + events("?direction=PER-CHL").size() <= all.size());

    List<JsonNode> peruvian = events("?side=PER");
    assertFalse(peruvian.isEmpty());
    assertTrue(peruvian.size() < all.size());
    for (JsonNode e : peruvian) {
      assertTrue(e.at("/sides/PER").asInt() > 0, e.toString());
    }
    List<JsonNode> diario = events("?outlet=diario.pe");
    assertFalse(diario.isEmpty());
    assertTrue(diario.size() < all.size());
    assertTrue(events("?outlet=Nowhere+Times").isEmpty());
    List<JsonNode> navy = events("?actor=navy");
    assertFalse(navy.isEmpty());
    for (JsonNode e : navy) {
      assertTrue(
          (e.at("/source/name").asText() + e.at("/target/name").asText())
              .toLowerCase(java.util.Locale.ROOT)
              .contains("navy"),
          e.toString());
    }

    List<String> months = new ArrayList<>();
    for (JsonNode e : events("?sort=newest")) {
      months.add(e.get("date").isNull() ? "" : e.get("date").asText().substring(0, 7));
    }
    assertEquals(all.size(), months.size());
    List<String> expected = new ArrayList<>(months.stream().filter(m -> !m.isEmpty()).toList());
    expected.sort(java.util.Comparator.reverseOrder());
    while (expected.size() < months.size()) {
      expected.add("");
    }
    assertEquals(expected, months, "newest month first, undated last");
  }

  @Test
  void theFilteredEventsDownloadAsCsv() throws Exception {
    Http.Reply r = http.get("/api/events?format=csv&cameo=17");
    assertEquals(200, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("text/csv"), r.header("Content-Type"));
    assertTrue(r.header("Content-Disposition").contains("dyad-events.csv"));
    String[] lines = r.body().split("\r\n");
    assertEquals(EventCsv.HEADER, lines[0]);
    assertEquals(events("?cameo=17").size() + 1, lines.length, r.body());
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].contains(",17"), lines[i]);
    }
    assertEquals(
        events("").size() + 1, http.get("/api/events?format=csv").body().split("\r\n").length);
  }

  @Test
  void csvCellsAreQuotedAndNeverRunAsFormulas() {
    assertEquals("plain", EventCsv.cell("plain"));
    assertEquals("\"a, b\"", EventCsv.cell("a, b"));
    assertEquals("\"say \"\"no\"\"\"", EventCsv.cell("say \"no\""));
    assertEquals("'=HYPERLINK(1)", EventCsv.cell("=HYPERLINK(1)"));
    assertEquals("'@SUM(A1)", EventCsv.cell("@SUM(A1)"));
    assertEquals("-2.5", EventCsv.cell("-2.5"));
    assertEquals("", EventCsv.cell(null));
  }

  @Test
  void theOverviewShowsTheNewestEventsAsHeadlines() throws Exception {
    JsonNode o = http.json("/api/overview?limit=3");
    assertEquals("[\"CHL\",\"PER\"]", o.get("pair").toString());
    assertEquals(3, o.get("newest").size(), o.toString());
    String previous = "9999";
    for (JsonNode e : o.get("newest")) {
      assertTrue(e.get("headline").asText().matches("[A-Z].*"), e.toString());
      String month = e.get("date").asText().substring(0, 7);
      assertTrue(month.compareTo(previous) <= 0, o.toString());
      previous = month;
    }
    assertFalse(o.get("tension").isEmpty());
  }

  @Test
  void theWebUiIsServedWithAStrictContentSecurityPolicy() throws Exception {
    Http.Reply page = http.get("/");
    assertEquals(200, page.status());
    assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
    assertTrue(page.body().contains("<script src=\"app.js\"></script>"), page.body());
    assertEquals(ApiServer.CONTENT_SECURITY_POLICY, page.header("Content-Security-Policy"));
    assertEquals("nosniff", page.header("X-Content-Type-Options"));
    for (String file : List.of("/app.js", "/app.css")) {
      Http.Reply r = http.get(file);
      assertEquals(200, r.status(), file);
      String body = r.body().replace("http://www.w3.org/2000/svg", "");
      assertFalse(body.matches("(?s).*https?://.*"), file + " must load nothing from elsewhere");
    }
    assertFalse(http.get("/app.js").body().contains("innerHTML"));
  }

  @Test
  void ingestIsOffUnlessAllowed() throws Exception {
    Http.Reply r = http.post("/api/articles", "{\"text\": \"Chile and Peru met.\"}\n");
    assertEquals(403, r.status());
    assertTrue(r.json().get("error").asText().contains("--allow-ingest"));
    assertEquals(4, http.json("/api/summary").get("articles").asInt());
  }
}
