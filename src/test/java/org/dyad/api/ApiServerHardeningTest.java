package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.ingest.Ingestor;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputFiles;
import org.dyad.nlp.Gazetteer;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server as an attacker probes it (with ingest on): forged Host and Origin headers, missing
 * tokens, floods of reloads, bodies that are endless, never sent or not UTF-8, and malformed or
 * unknown requests. Each test failed before the server was hardened.
 */
class ApiServerHardeningTest {

  private static final String TOKEN = "hardening-test-token-0123456789";
  private static final String BEARER = "Bearer " + TOKEN;
  private static final String ARTICLE =
      "{\"text\": \"Chile and Peru signed a port accord in Lima on July 9, 2025.\","
          + " \"source\": \"accord.txt\"}\n";

  @TempDir static Path dir;

  private static ArticleStore store;
  private static ApiServer server;
  private static Http http;
  private static int port;
  private static final AtomicInteger pipelines = new AtomicInteger();
  private static final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() throws Exception {
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
                List.of("http://allowed.example"),
                List.of("dyad.example"),
                TOKEN,
                () -> {
                  pipelines.incrementAndGet();
                  return new Dyad(new Ingestor(), ApiFixtures.annotator(), store, extraction, 1);
                }),
            log::add);
    port = server.port();
    http = new Http(port);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  private static int articles() throws Exception {
    return http.json("/api/summary").get("articles").asInt();
  }

  private static int generation() throws Exception {
    return http.json("/api/summary").get("generation").asInt();
  }

  /** An error as every error path must send it: JSON with the API's security headers. */
  private static void assertJsonError(
      int status, int actualStatus, String contentType, String csp, String body) {
    assertEquals(status, actualStatus, body);
    assertJsonError(actualStatus, contentType, csp, body);
  }

  private static void assertJsonError(int status, String contentType, String csp, String body) {
    assertTrue(status >= 400 && status < 500 || status == 505, status + ": " + body);
    assertTrue(
        contentType != null && contentType.startsWith("application/json"),
        status + " " + contentType + ": " + body);
    assertEquals(ApiServer.CONTENT_SECURITY_POLICY, csp, body);
    assertTrue(body.startsWith("{\"error\":"), body);
    assertFalse(body.contains("<"), "no markup: " + body);
    assertFalse(body.toLowerCase(java.util.Locale.ROOT).contains("jetty"), body);
    assertFalse(body.contains("Exception"), body);
  }

  private static void assertJsonError(int status, Http.Reply r) {
    assertJsonError(
        status,
        r.status(),
        r.header("Content-Type"),
        r.header("Content-Security-Policy"),
        r.body());
  }

  private static void assertJsonError(int status, RawHttp.Reply r) {
    assertJsonError(
        status,
        r.status(),
        r.header("Content-Type"),
        r.header("Content-Security-Policy"),
        r.body());
  }

  @Test
  void aCrossSitePostIsRefusedAndStoresNothing() throws Exception {
    String[][] forged = {
      {"Origin", "http://evil.example"},
      {"Origin", "null"},
      {"Sec-Fetch-Site", "cross-site"},
      {"Origin", "http://localhost:3000", "Sec-Fetch-Site", "same-site"},
      {"Origin", "http://127.0.0.1:" + (port == 1 ? 2 : port - 1)},
    };
    for (String[] headers : forged) {
      List<String> all =
          new ArrayList<>(List.of("Content-Type", "text/plain", "Authorization", BEARER));
      all.addAll(List.of(headers));
      Http.Reply ingest = http.post("/api/articles", ARTICLE, all.toArray(String[]::new));
      assertJsonError(403, ingest);
      assertTrue(ingest.json().get("error").asText().contains("cross-site"), ingest.body());
      Http.Reply reload = http.post("/api/reload", "", all.toArray(String[]::new));
      assertJsonError(403, reload);
    }
    assertEquals(4, articles());
    assertEquals(0, pipelines.get(), "nothing was ingested, not even CoreNLP loaded");

    int before = generation();
    Http.Reply own =
        http.post("/api/reload", "", "Authorization", BEARER, "Origin", "http://127.0.0.1:" + port);
    assertEquals(200, own.status(), own.body());
    Http.Reply listed =
        http.post(
            "/api/reload",
            "",
            "Authorization",
            BEARER,
            "Origin",
            "http://allowed.example",
            "Sec-Fetch-Site",
            "cross-site");
    assertEquals(200, listed.status(), listed.body());
    Http.Reply sameOrigin =
        http.post("/api/reload", "", "Authorization", BEARER, "Sec-Fetch-Site", "same-origin");
    assertEquals(200, sameOrigin.status(), sameOrigin.body());
    assertTrue(generation() > before);
  }

  @Test
  void aRequestNamingAnotherHostIsRefusedAgainstDnsRebinding() throws Exception {
    for (String host :
        List.of("evil.example", "evil.example:" + port, "EVIL.example", "127.0.0.1.evil.example")) {
      for (String target : List.of("/api/summary", "/api/articles/a1", "/", "/app.js")) {
        RawHttp.Reply r = RawHttp.get(port, target, "Host: " + host);
        assertJsonError(403, r);
        assertTrue(r.json().get("error").asText().contains("--public-host"), r.body());
        assertFalse(r.body().contains("Chile"), "no corpus for a foreign host: " + r.body());
      }
    }
    for (String host :
        List.of(
            "127.0.0.1:" + port,
            "localhost:" + port,
            "LocalHost",
            "localhost.:" + port,
            "[::1]:" + port,
            "dyad.example",
            "Dyad.Example:443")) {
      RawHttp.Reply r = RawHttp.get(port, "/api/summary", "Host: " + host);
      assertEquals(200, r.status(), host + ": " + r.body());
    }
    RawHttp.Reply noHost = RawHttp.send(port, "GET /api/summary HTTP/1.0");
    assertJsonError(400, noHost);
  }

  @Test
  void ingestAndReloadNeedTheTokenWhenIngestIsOn() throws Exception {
    for (String[] auth :
        new String[][] {
          {},
          {"Authorization", "Bearer wrong-token-0123456789abcdef"},
          {"Authorization", "Bearer " + TOKEN.substring(1)},
          {"Authorization", "Basic " + TOKEN},
          {"Authorization", BEARER + "x"},
        }) {
      Http.Reply reload = http.post("/api/reload", "", auth);
      assertJsonError(401, reload);
      assertEquals("Bearer", reload.header("WWW-Authenticate"));
      assertTrue(reload.json().get("error").asText().contains("DYAD_API_TOKEN"), reload.body());
      Http.Reply ingest = http.post("/api/articles", ARTICLE, auth);
      assertJsonError(401, ingest);
    }
    assertEquals(0, pipelines.get());
    assertEquals(200, http.post("/api/reload", "", "Authorization", BEARER).status());
    assertEquals(200, http.get("/api/summary").status(), "reading needs no token");

    IllegalArgumentException noToken =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ApiServer.Options(
                    "127.0.0.1", 0, Duration.ZERO, List.of(), List.of(), null, () -> null));
    assertTrue(noToken.getMessage().contains("DYAD_API_TOKEN"), noToken.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ApiServer.Options(
                "127.0.0.1", 0, Duration.ZERO, List.of(), List.of(), "short", () -> null));
  }

  @Test
  void concurrentReloadsAreCoalesced() throws Exception {
    int before = generation();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Http.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        replies.add(pool.submit(() -> http.post("/api/reload", "", "Authorization", BEARER)));
      }
      for (Future<Http.Reply> f : replies) {
        Http.Reply r = f.get(2, TimeUnit.MINUTES);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().get("generation").asInt() > before, "each answer is a fresh reload");
      }
    } finally {
      pool.shutdownNow();
    }
    int reloads = generation() - before;
    assertTrue(reloads >= 1 && reloads <= 2, "16 requests cost " + reloads + " reloads");
  }

  @Test
  void reloadsWhoseBodyNeverComesReloadNothing() throws Exception {
    int before = generation();
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        Socket s = RawHttp.connect(port);
        sockets.add(s);
        s.getOutputStream()
            .write(
                ("POST /api/reload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                        + BEARER
                        + "\r\nContent-Length: 100\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
      }
      for (Socket s : sockets) {
        RawHttp.Reply r = RawHttp.read(s.getInputStream());
        assertJsonError(400, r);
      }
    } finally {
      for (Socket s : sockets) {
        s.close();
      }
    }
    assertEquals(before, generation(), "no reload from a request that never sent its body");
  }

  @Test
  void aChunkedUploadIsCutOffAtTheCapWithoutShowingPaths() throws Exception {
    long total = 50L * 1024 * 1024;
    // The client sends twice the cap, then waits for the reply before it sends more: a server that
    // read the whole body before answering would never answer, and the read below times out.
    long pauseAt = 8L * 1024 * 1024;
    AtomicLong sent = new AtomicLong();
    java.util.concurrent.CountDownLatch replied = new java.util.concurrent.CountDownLatch(1);
    RawHttp.Reply reply;
    try (Socket s = RawHttp.connect(port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                  + BEARER
                  + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      Thread writer =
          new Thread(
              () -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                byte[] size =
                    (Integer.toHexString(chunk.length) + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                try {
                  while (sent.get() < total) {
                    if (sent.get() >= pauseAt) {
                      replied.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    }
                    out.write(size);
                    out.write(chunk);
                    out.write(new byte[] {'\r', '\n'});
                    sent.addAndGet(chunk.length);
                  }
                  out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException | InterruptedException e) {
                  // The server stopped reading at its cap and closed the connection.
                }
              });
      writer.start();
      try {
        reply = RawHttp.read(s.getInputStream());
      } finally {
        replied.countDown();
      }
      s.shutdownOutput();
      writer.join(60_000);
    }
    assertJsonError(413, reply);
    String error = reply.json().get("error").asText();
    assertTrue(error.contains("4.0 MB"), error);
    assertFalse(reply.body().contains(System.getProperty("java.io.tmpdir")), reply.body());
    assertFalse(reply.body().contains("dyad-upload"), reply.body());

    RawHttp.Reply announced =
        RawHttp.send(
            port,
            "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                + BEARER
                + "\r\nContent-Length: "
                + total
                + "\r\nConnection: close");
    assertJsonError(413, announced);
    assertEquals(0, pipelines.get(), "CoreNLP is not loaded for a refused body");
    assertEquals(4, articles());
  }

  @Test
  void invalidUtf8IsRefusedAsAnalyzeRefusesIt() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        "{\"text\": \"Chile and Peru met in Lima on July 9, 2025 to talk about caf"
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
    body.writeBytes(" prices.\"}\n".getBytes(StandardCharsets.UTF_8));
    byte[] bytes = body.toByteArray();
    InputException analyze = assertThrows(InputException.class, () -> InputFiles.decode(bytes));

    Http.Reply r =
        http.post(
            "/api/articles",
            bytes,
            "Authorization",
            BEARER,
            "Content-Type",
            "application/x-ndjson");
    assertJsonError(400, r);
    assertTrue(r.body().contains(analyze.getMessage()), r.body() + " vs " + analyze.getMessage());
    assertEquals(4, articles());
    assertEquals(0, pipelines.get());
  }

  @Test
  void ingestErrorsNeverShowTemporaryPaths() throws Exception {
    byte[] binary = {'{', 0, 0, 1, 2, 3, '}', '\n'};
    List<Http.Reply> replies =
        List.of(
            http.post("/api/articles", binary, "Authorization", BEARER),
            http.post("/api/articles", "{oops}\n[1]\n", "Authorization", BEARER),
            http.post("/api/articles", "{\"text\": 5}\n", "Authorization", BEARER));
    for (Http.Reply r : replies) {
      assertJsonError(400, r);
      assertFalse(r.body().contains(System.getProperty("java.io.tmpdir")), r.body());
      assertFalse(r.body().contains("dyad-upload"), r.body());
    }
    assertEquals(0, pipelines.get(), "CoreNLP is not loaded when no line holds an article");
  }

  static Stream<Arguments> malformedRequests() {
    String big = "a".repeat(10 * 1024);
    return Stream.of(
        Arguments.of("encoded dot-dot", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1"),
        Arguments.of("encoded dot-dot in the API", "GET /api/%2e%2e/summary HTTP/1.1"),
        Arguments.of("encoded slash", "GET /..%2f..%2fetc%2fpasswd HTTP/1.1"),
        Arguments.of("encoded NUL", "GET /api/articles/%00 HTTP/1.1"),
        Arguments.of("NUL in a static path", "GET /%00 HTTP/1.1"),
        Arguments.of("encoded backslash", "GET /%5c..%5c..%5cetc%5cpasswd HTTP/1.1"),
        Arguments.of("bad percent escape", "GET /%zz HTTP/1.1"),
        Arguments.of("invalid UTF-8 in the path", "GET /api/articles/%ff%fe HTTP/1.1"),
        Arguments.of("invalid UTF-8 in a parameter", "GET /api/quotes?speaker=%ff HTTP/1.1"),
        Arguments.of("truncated escape in a parameter", "GET /api/events?from=% HTTP/1.1"),
        Arguments.of("10 KB path", "GET /" + big + " HTTP/1.1"),
        Arguments.of("10 KB parameter", "GET /api/events?from=" + big + " HTTP/1.1"),
        Arguments.of("control character in the target", "GET /\u0001 HTTP/1.1"),
        Arguments.of("unknown protocol version", "GET / HTTP/7.1"),
        Arguments.of("20 KB header", "GET / HTTP/1.1\r\nX-Filler: " + "b".repeat(20 * 1024)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedRequests")
  void malformedRequestsGetJsonErrorsWithTheSecurityPolicy(String what, String requestLine)
      throws Exception {
    String head = requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close";
    RawHttp.Reply r = RawHttp.send(port, head);
    assertJsonError(
        r.status(), r.header("Content-Type"), r.header("Content-Security-Policy"), r.body());
    assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TRACE", "TRACK", "PROPFIND", "FOO", "PUT", "PATCH", "DELETE"})
  void unknownMethodsAre405(String method) throws Exception {
    for (String target : List.of("/", "/index.html", "/api/summary", "/api/nothing")) {
      RawHttp.Reply r =
          RawHttp.send(
              port, method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close");
      assertJsonError(405, r);
      assertTrue(
          r.header("Allow") != null && r.header("Allow").contains("GET"), r.headers().toString());
    }
  }
}
