package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.ingest.Ingestor;
import org.dyad.nlp.Gazetteer;
import org.dyad.store.ArticleStore;

/**
 * Property-based fuzzing of the API over a real server and store: any query parameters, well or
 * badly encoded, on any endpoint get a JSON answer with the security headers and never a server
 * error; any upload the server refuses leaves the store as it was.
 */
class ApiFuzzTest {

  private static final String TOKEN = "fuzz-test-token-0123456789abcdef";
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private static Path dir;
  private static ArticleStore store;
  private static ApiServer server;
  private static int port;

  @BeforeContainer
  static void start() throws Exception {
    dir = Files.createTempDirectory("dyad-api-fuzz");
    store = ArticleStore.openEmbedded(ApiFixtures.storeCopy(dir));
    Extraction extraction = new Extraction(Gazetteer.load());
    server =
        ApiServer.start(
            store,
            extraction,
            new ApiServer.Options(
                "127.0.0.1",
                0,
                Duration.ZERO,
                List.of(),
                List.of(),
                TOKEN,
                () -> new Dyad(new Ingestor(), ApiFixtures.annotator(), store, extraction, 1)),
            line -> {});
    port = server.port();
  }

  @AfterContainer
  static void stop() throws Exception {
    server.close();
    store.close();
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  // ---- query parameters --------------------------------------------------------------------

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of(
        "/api/summary",
        "/api/cameo",
        "/api/articles",
        "/api/articles/a1",
        "/api/articles/a99",
        "/api/events",
        "/api/events/e1",
        "/api/quotes",
        "/api/divergences",
        "/api/tension");
  }

  private static Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "from", "to", "country", "cameo", "modality", "offset", "limit", "speaker", "period"),
        Arbitraries.strings().all().ofMaxLength(8));
  }

  private static Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "2025",
            "2025-04",
            "2025-04-08",
            "0000",
            "0000-00-00",
            "9999-12-31",
            "10000",
            "2025-02-30",
            "-1",
            "0",
            "1",
            "1000",
            "1001",
            "2147483647",
            "2147483648",
            "99999999999999999999",
            "1e3",
            "0x10",
            "CHL",
            "per",
            "EU",
            "XX",
            "17",
            "173",
            "1731",
            "01",
            "20",
            "21",
            "00",
            "asserted",
            "PLANNED",
            "maybe",
            "month",
            "week",
            "year",
            "Paredes",
            "",
            " ",
            "%",
            "%zz",
            "%ff",
            "%00",
            "%C3%28",
            "%E2%82",
            "\u00e9",
            "\u0000",
            "\ud83d\ude42",
            "<script>",
            "'\"",
            "..",
            "../..",
            "a".repeat(3000)),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  /** How a name or value is put in the query string. */
  enum Encoding {
    PROPER,
    RAW,
    HALF
  }

  private static String encode(String s, Encoding e) {
    return switch (e) {
      case PROPER -> URLEncoder.encode(s, StandardCharsets.UTF_8);
      case RAW -> s;
      case HALF -> s.replace(" ", "%20").replace("&", "%26").replace("#", "%23");
    };
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> pair =
        Combinators.combine(names(), values(), Arbitraries.of(Encoding.class))
            .as((n, v, e) -> encode(n, e) + "=" + encode(v, e));
    return pair.list().ofMaxSize(6).map(pairs -> String.join("&", pairs));
  }

  @Property(tries = 600)
  void anyQueryGetsAJsonAnswerAndNeverAServerError(
      @ForAll("paths") String path, @ForAll("queries") String query) {
    String target = query.isEmpty() ? path : path + "?" + query;
    // The request line is sent byte for byte; characters outside Latin-1 become '?'.
    String head = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close";
    RawHttp.Reply r = assertTimeoutPreemptively(LIMIT, () -> RawHttp.send(port, head), target);
    // Whitespace sent raw ends the request target early: what follows is read as the version.
    boolean brokenLine = target.chars().anyMatch(c -> c <= ' ' || c == 0x7f);
    assertTrue(
        Set.of(200, 400, 404, 414, 431).contains(r.status()) || brokenLine && r.status() == 505,
        r.status() + " for " + target);
    assertTrue(
        r.header("Content-Type") != null && r.header("Content-Type").startsWith("application/json"),
        r.status() + " " + r.header("Content-Type") + " for " + target);
    assertEquals(ApiServer.CONTENT_SECURITY_POLICY, r.header("Content-Security-Policy"), target);
    JsonNode body = r.json();
    if (r.status() == 200) {
      assertTrue(body.isObject() || body.isArray(), target);
    } else {
      assertTrue(body.get("error").isTextual(), r.body());
    }
  }

  // ---- uploads -----------------------------------------------------------------------------

  private static Arbitrary<String> lines() {
    Arbitrary<String> textValue =
        Arbitraries.oneOf(
            Arbitraries.of("null", "5", "[]", "{}", "true", "\"\"", "\"   \"", "\"3\"", "\"\\n\""),
            Arbitraries.strings()
                .all()
                .ofMaxLength(30)
                .map(s -> "\"" + s.replaceAll("[\"\\\\]", "") + "\""),
            Arbitraries.of(
                "\"Chile and Peru agreed on a fishing quota in Lima on May 5, 2025.\"",
                "\"Peru recalled its ambassador from Santiago on May 9, 2025.\""));
    Arbitrary<String> object =
        Combinators.combine(
                Arbitraries.of("text", "txt", "Text", "body"),
                textValue,
                Arbitraries.of("", ", \"published\": \"0000-00-00\"", ", \"published\": 7"))
            .as((key, value, more) -> "{\"" + key + "\": " + value + more + "}");
    return Arbitraries.oneOf(
        object,
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.of("{", "}", "[1]", "{oops}", "\"text\"", "", "   "));
  }

  @Provide
  Arbitrary<byte[]> uploads() {
    Arbitrary<byte[]> jsonLines =
        lines().list().ofMaxSize(5).map(l -> String.join("\n", l).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> mangled =
        Combinators.combine(jsonLines, Arbitraries.of(0x00, 0xC3, 0xFF, 0x80, 0x1B))
            .as(
                (bytes, b) -> {
                  ByteArrayOutputStream out = new ByteArrayOutputStream();
                  out.writeBytes(bytes);
                  out.write(b);
                  out.writeBytes("{\"text\": \"x\"}".getBytes(StandardCharsets.UTF_8));
                  return out.toByteArray();
                });
    Arbitrary<byte[]> binary = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    return Arbitraries.oneOf(jsonLines, jsonLines, mangled, binary);
  }

  @Property(tries = 100)
  void anUploadIsStoredWholeOrRefusedWithNothingStored(@ForAll("uploads") byte[] body)
      throws Exception {
    int before = store.countArticles();
    RawHttp.Reply r =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2),
            () ->
                RawHttp.send(
                    port,
                    "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                        + TOKEN
                        + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: "
                        + body.length
                        + "\r\nConnection: close",
                    body));
    int after = store.countArticles();
    assertTrue(r.status() == 200 || r.status() == 400, r.status() + ": " + r.body());
    assertEquals(ApiServer.CONTENT_SECURITY_POLICY, r.header("Content-Security-Policy"));
    JsonNode json = r.json();
    if (r.status() == 400) {
      assertEquals(before, after, "a refused upload stored articles: " + r.body());
    } else {
      assertEquals(before + json.get("stored").asInt(), after, r.body());
      assertTrue(json.get("stored").asInt() + json.get("duplicates").asInt() >= 1, r.body());
    }
  }
}
