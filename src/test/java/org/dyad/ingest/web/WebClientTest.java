package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.dyad.ingest.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebClientTest {

  /** The fixture server is on loopback, so these tests allow private hosts explicitly. */
  private static final WebOptions NO_DELAY =
      WebOptions.defaults().withHostDelay(Duration.ZERO).withPrivateHosts(true);

  private FixtureServer server;
  private WebClient client = new WebClient(NO_DELAY, 64 * 1024);

  @BeforeEach
  void start() throws Exception {
    server = FixtureServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String fail(String url) {
    return assertThrows(InputException.class, () -> client.get(url)).getMessage();
  }

  @Test
  void downloadsABodyWithItsTypeAndCharsetAndNamesDyadAsTheUserAgent() throws Exception {
    byte[] body = "<p>hello</p>".getBytes(StandardCharsets.UTF_8);
    server.respond("/page", 200, "text/html; charset=\"ISO-8859-1\"", body);
    WebResponse r = client.get(server.url("/page"));
    assertArrayEquals(body, r.body());
    assertEquals("text/html", r.mediaType());
    assertEquals("ISO-8859-1", r.charset());
    assertTrue(server.userAgents().get(0).startsWith("Dyad/"), server.userAgents().toString());
  }

  @Test
  void httpErrorsNameTheStatus() {
    server.respond("/boom", 500, "text/html", "<h1>oops</h1>".getBytes(StandardCharsets.UTF_8));
    assertEquals("HTTP 404 Not Found", fail(server.url("/nothing-here")));
    assertEquals("HTTP 500 Internal Server Error", fail(server.url("/boom")));
  }

  @Test
  void redirectsAreFollowedWithinTheBoundAndLoopsAreCaught() throws Exception {
    server.respond("/target", 200, "text/plain", "arrived".getBytes(StandardCharsets.UTF_8));
    server.redirect("/moved", 301, "/hop");
    server.redirect("/hop", 302, server.url("/target"));
    WebResponse r = client.get(server.url("/moved"));
    assertEquals("arrived", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(server.url("/target"), r.uri().toString());

    server.redirect("/loop-a", 302, "/loop-b");
    server.redirect("/loop-b", 307, "/loop-a");
    assertTrue(
        fail(server.url("/loop-a")).startsWith("redirect loop"), fail(server.url("/loop-a")));

    for (int i = 0; i < 8; i++) {
      server.redirect("/chain/" + i, 302, "/chain/" + (i + 1));
    }
    server.respond("/chain/8", 200, "text/plain", "end".getBytes(StandardCharsets.UTF_8));
    assertTrue(fail(server.url("/chain/0")).startsWith("more than 5 redirects"));
    assertEquals("end", new String(client.get(server.url("/chain/3")).body()));
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5, 3, 4, 5, 6, 7, 8),
        server.requested().stream()
            .filter(p -> p.startsWith("/chain/"))
            .map(p -> Integer.parseInt(p.substring(7)))
            .toList(),
        "every hop is fetched once");

    server.redirect("/elsewhere", 302, "ftp://example.org/file");
    assertTrue(fail(server.url("/elsewhere")).contains("non-http(s) URL"));
  }

  @Test
  void aSlowResponseTimesOut() {
    client =
        new WebClient(
            NO_DELAY.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500)), 64 * 1024);
    server.handle(
        "/slow-headers",
        ex -> {
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertTrue(fail(server.url("/slow-headers")).startsWith("timed out"));

    server.handle(
        "/slow-body",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          try {
            for (int i = 0; i < 300; i++) {
              out.write("<p>drip</p>\n".getBytes(StandardCharsets.UTF_8));
              out.flush();
              Thread.sleep(100);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertTrue(fail(server.url("/slow-body")).startsWith("timed out"));
  }

  @Test
  void bodiesOverTheCapAreRefusedWithOrWithoutALength() {
    byte[] big = new byte[200 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    server.respond("/huge", 200, "text/plain", big);
    server.handle(
        "/huge-chunked",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 50; i++) {
              out.write(big, 0, 8 * 1024);
            }
          }
        });
    String withLength = fail(server.url("/huge"));
    assertTrue(withLength.contains("0.2 MB, above the 0.1 MB input limit"), withLength);
    String chunked = fail(server.url("/huge-chunked"));
    assertTrue(chunked.contains("over the 0.1 MB input limit"), chunked);
  }

  @Test
  void unreachableHostsAndBadUrlsAreNamed() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    assertTrue(
        fail("http://127.0.0.1:" + closedPort + "/feed.xml")
            .startsWith("cannot connect to 127.0.0.1"));
    assertEquals("host not found: dyad-test.invalid", fail("http://dyad-test.invalid/feed.xml"));
    assertEquals("not an http(s) URL", fail("file:///etc/passwd"));
    assertTrue(fail("http://bad host/x").startsWith("not a valid URL"));
    server.respond("/empty", 200, "text/html", new byte[0]);
    assertTrue(fail(server.url("/empty")).startsWith("no content"));
  }
}
