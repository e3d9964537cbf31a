package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.ingest.Ingestor;
import org.dyad.model.Article;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Gazetteer;
import org.dyad.store.ArticleIds;
import org.dyad.store.ArticleStore;
import org.dyad.store.SaveResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server notices new articles, reloads on request, ingests when allowed and obeys CORS. */
class ApiServerReloadTest {

  private static final String TOKEN = "reload-test-token-0123456789";
  private static final String BEARER = "Bearer " + TOKEN;

  private static final String EXTRA =
      "Chile and Peru held talks on fishing rights in Lima on July 1, 2025.";

  @TempDir Path dir;

  private ArticleStore store;
  private final List<ApiServer> servers = new ArrayList<>();
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    store = ArticleStore.openEmbedded(ApiFixtures.storeCopy(dir));
  }

  @AfterEach
  void close() throws Exception {
    servers.forEach(ApiServer::close);
    store.close();
  }

  private Http serve(Duration refresh, List<String> cors, boolean ingest) throws Exception {
    Extraction extraction = new Extraction(Gazetteer.load());
    ApiServer server =
        ApiServer.start(
            store,
            extraction,
            new ApiServer.Options(
                "127.0.0.1",
                0,
                refresh,
                cors,
                List.of(),
                ingest ? TOKEN : null,
                ingest
                    ? () -> new Dyad(new Ingestor(), ApiFixtures.annotator(), store, extraction, 1)
                    : null),
            log::add);
    servers.add(server);
    return new Http(server.port());
  }

  @Test
  void anArticleWhoseAnalysisFailsIsLoggedAndTheRestServed() throws Exception {
    String id = store.articleIds().get(0);
    String source = store.load(List.of(id)).get(0).article().source();
    Extraction failing =
        new Extraction(
            Gazetteer.load(),
            (stage, subject) -> {
              if (stage.equals("events and quotes") && subject.equals(id)) {
                throw new IllegalStateException("broken in this test");
              }
            });
    ApiServer server =
        ApiServer.start(
            store,
            failing,
            new ApiServer.Options("127.0.0.1", 0, Duration.ZERO, List.of(), List.of(), null, null),
            log::add);
    servers.add(server);
    assertTrue(
        log.stream()
            .anyMatch(
                l ->
                    l.startsWith("dyad: skipped " + source)
                        && l.contains("article " + id + ": events and quotes failed: ")
                        && l.contains("broken in this test")),
        log.toString());
    JsonNode summary = new Http(server.port()).json("/api/summary");
    assertEquals(4, summary.get("articles").asInt(), summary.toString());
    assertTrue(summary.get("events").asInt() > 0, summary.toString());
  }

  private void storeExtraArticle() throws Exception {
    Article a =
        new Article(
            ArticleIds.idFor(EXTRA),
            "extra.txt",
            null,
            "Fishing Talks",
            "Pacific Wire",
            null,
            PartialDate.parse("2025-07-02"),
            false,
            "en",
            EXTRA);
    SaveResult saved = store.save(ApiFixtures.annotator().annotate(a));
    assertEquals(SaveResult.Status.STORED, saved.status());
  }

  @Test
  void reloadOnRequestPicksUpArticlesStoredMeanwhile() throws Exception {
    Http http = serve(Duration.ZERO, List.of(), false);
    JsonNode before = http.json("/api/summary");
    storeExtraArticle();
    assertEquals(4, http.json("/api/summary").get("articles").asInt(), "no watching: no reload");
    Http.Reply reload = http.post("/api/reload", "");
    assertEquals(200, reload.status(), reload.body());
    assertEquals(5, reload.json().get("articles").asInt());
    assertEquals(before.get("generation").asInt() + 1, reload.json().get("generation").asInt());
    JsonNode july = http.json("/api/events?from=2025-07");
    assertTrue(july.get("total").asInt() > 0, july.toString());
  }

  @Test
  void theServerNoticesWhenTheStoreChanges() throws Exception {
    Http http = serve(Duration.ofMillis(100), List.of(), false);
    assertEquals(1, http.json("/api/summary").get("generation").asInt());
    storeExtraArticle();
    JsonNode summary = http.json("/api/summary");
    for (int i = 0; i < 600 && summary.get("articles").asInt() == 4; i++) {
      Thread.sleep(100);
      summary = http.json("/api/summary");
    }
    assertEquals(5, summary.get("articles").asInt());
    assertEquals(2, summary.get("generation").asInt());
    assertTrue(log.isEmpty(), log.toString());
  }

  @Test
  void ingestStoresGoodLinesReportsBadOnesAndReloads() throws Exception {
    Http http = serve(Duration.ZERO, List.of(), true);
    assertTrue(http.json("/api/summary").get("ingest").asBoolean());
    String body =
        "{\"text\": \""
            + EXTRA
            + "\", \"source\": \"posted.txt\", \"published\": \"2025-07-02\"}\n{oops}\n";
    Http.Reply r =
        http.post(
            "/api/articles", body, "Content-Type", "application/x-ndjson", "Authorization", BEARER);
    assertEquals(200, r.status(), r.body());
    JsonNode out = r.json();
    assertEquals(1, out.get("stored").asInt());
    assertEquals(1, out.get("problems").size());
    assertTrue(out.at("/problems/0").asText().contains(":2: malformed JSON"), out.toString());
    String id = out.at("/articles/0").asText();
    JsonNode article = http.json("/api/articles/" + id);
    assertEquals("posted.txt", article.get("source").asText());
    assertEquals(EXTRA, article.get("text").asText());
    assertEquals(5, http.json("/api/summary").get("articles").asInt());

    JsonNode again = http.post("/api/articles", body, "Authorization", BEARER).json();
    assertEquals(0, again.get("stored").asInt());
    assertEquals(1, again.get("duplicates").asInt());

    Http.Reply empty = http.post("/api/articles", "  \n", "Authorization", BEARER);
    assertEquals(400, empty.status());
    assertTrue(empty.json().get("error").asText().startsWith("empty request body"));
    Http.Reply bad = http.post("/api/articles", "{oops}\n[1]\n", "Authorization", BEARER);
    assertEquals(400, bad.status());
    assertEquals(2, bad.json().get("problems").size(), bad.body());
  }

  @Test
  void corsAnswersOnlyTheOriginsItWasGiven() throws Exception {
    Http http = serve(Duration.ZERO, List.of("http://allowed.example"), false);
    Http.Reply allowed = http.get("/api/summary", "Origin", "http://allowed.example");
    assertEquals("http://allowed.example", allowed.header("Access-Control-Allow-Origin"));
    Http.Reply other = http.get("/api/summary", "Origin", "http://other.example");
    assertEquals(200, other.status(), "the page cannot read it, but the request is not an error");
    assertNull(other.header("Access-Control-Allow-Origin"));
    Http.Reply preflight =
        http.send(
            "OPTIONS",
            "/api/reload",
            "Origin",
            "http://allowed.example",
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "authorization");
    assertEquals(204, preflight.status(), preflight.body());
    assertEquals("http://allowed.example", preflight.header("Access-Control-Allow-Origin"));
    assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"));
    assertTrue(preflight.header("Access-Control-Allow-Headers").contains("Authorization"));
    Http.Reply reload =
        http.post(
            "/api/reload", "", "Origin", "http://allowed.example", "Sec-Fetch-Site", "cross-site");
    assertEquals(200, reload.status(), reload.body());
    Http.Reply sameOrigin = http.post("/api/reload", "", "Origin", http.origin());
    assertEquals(200, sameOrigin.status(), "same-origin requests pass with CORS on");
  }

  @Test
  void aPortInUseIsAServerExceptionNamingIt() throws Exception {
    int port;
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      port = taken.getLocalPort();
      ServerException e =
          assertThrows(
              ServerException.class,
              () ->
                  ApiServer.start(
                      store,
                      new Extraction(Gazetteer.load()),
                      ApiServer.Options.readOnly("127.0.0.1", port),
                      log::add));
      assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + port), e.getMessage());
    }
  }

  @Test
  void optionsRejectWhatCannotBeServed() {
    assertThrows(
        IllegalArgumentException.class, () -> ApiServer.Options.readOnly("127.0.0.1", 70000));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ApiServer.Options(
                    "127.0.0.1",
                    0,
                    Duration.ZERO,
                    List.of("example.org/path"),
                    List.of(),
                    null,
                    null));
    assertTrue(e.getMessage().contains("example.org/path"), e.getMessage());
  }
}
