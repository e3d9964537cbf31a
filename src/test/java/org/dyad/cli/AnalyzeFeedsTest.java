package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.dyad.ingest.web.FixtureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad analyze} on a feed URL served by a real local HTTP server. */
class AnalyzeFeedsTest extends CliTestSupport {

  @TempDir Path dir;

  @Test
  void aFeedUrlStoresItsItems() throws Exception {
    Path export = dir.resolve("out.json");
    int code;
    String feed;
    try (FixtureServer server = FixtureServer.start()) {
      server.resource("/feed.xml", "cli-feed.xml", "application/rss+xml; charset=utf-8");
      feed = server.url("/feed.xml");
      code =
          run(
              "analyze",
              feed,
              "--allow-private-hosts",
              "--db",
              dir.resolve("db").toString(),
              "--export",
              export.toString());
      assertEquals(java.util.List.of("/feed.xml"), server.requested(), "full content: no page");
    }
    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(out.toString().contains("2 articles (2 new"), out.toString());
    JsonNode articles = new ObjectMapper().readTree(export.toFile()).get("articles");
    assertEquals(2, articles.size());
    String base = feed.substring(0, feed.indexOf("/feed.xml"));
    JsonNode first = articles.get(0);
    assertEquals(base + "/wire/border-post", first.get("source").asText());
    assertEquals(base + "/wire/border-post", first.get("url").asText());
    assertEquals("Kenya and Tanzania open a border post", first.get("title").asText());
    assertEquals("Rift Valley Wire", first.get("outlet").asText());
    assertEquals("2025-04-07", first.get("published").asText());
    assertTrue(first.get("text").asText().startsWith("Kenya and Tanzania opened"));
    assertEquals("2025-04-08", articles.get(1).get("published").asText());
  }

  @Test
  void aLocalUrlIsRefusedWithoutAllowPrivateHosts() throws Exception {
    try (FixtureServer server = FixtureServer.start()) {
      server.resource("/feed.xml", "cli-feed.xml", "application/rss+xml; charset=utf-8");
      String feed = server.url("/feed.xml");
      int code = run("analyze", feed, "--db", dir.resolve("db").toString());
      assertEquals(ExitCodes.SOME_INPUTS_FAILED, code, err.toString());
      assertEquals(java.util.List.of(), server.requested());
      java.util.List<String> lines = err.toString().lines().filter(l -> l.contains(feed)).toList();
      assertEquals(1, lines.size(), err.toString());
      assertTrue(
          lines.get(0).contains(feed + ": refused: 127.0.0.1 is a loopback address"), lines.get(0));
      assertTrue(lines.get(0).contains("--allow-private-hosts"), lines.get(0));
    }
  }

  @Test
  void helpNamesUrlsAndNoFollow() {
    assertEquals(0, run("analyze", "--help"));
    assertTrue(out.toString().contains("--no-follow"), out.toString());
    assertTrue(out.toString().contains("--allow-private-hosts"), out.toString());
    assertTrue(out.toString().contains("http(s) URLs"), out.toString());
  }
}
