package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.Ingestor;
import org.dyad.ingest.InputProblem;
import org.dyad.ingest.text.TextArticleParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URLs of pages and feeds ingested from a real local HTTP server. */
class WebReaderTest {

  private static final String RSS = "application/rss+xml";

  /** The fixture server is on loopback, so these tests allow private hosts explicitly. */
  private static final WebOptions FAST =
      WebOptions.defaults().withHostDelay(Duration.ZERO).withPrivateHosts(true);

  @TempDir Path dir;

  private FixtureServer server;
  private final List<ArticleDraft> drafts = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = FixtureServer.start();
    server
        .resource("/feeds/rss-full.xml", "rss-full.xml", RSS)
        .resource("/feeds/atom-summaries.xml", "atom-summaries.xml", "application/atom+xml")
        .resource("/feeds/rdf.xml", "rdf.xml", "application/rdf+xml")
        .resource("/feeds/latin1.xml", "latin1.xml", "text/xml")
        .resource("/feeds/malformed.xml", "malformed.xml", RSS)
        .resource("/articles/a1.html", "articles/a1.html", "text/html; charset=utf-8")
        .resource("/articles/a2.html", "articles/a2.html", "text/html");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void ingest(WebOptions options, String... inputs) {
    new Ingestor(1024 * 1024, new TextArticleParser(), options)
        .ingest(List.of(inputs), drafts::add, problems::add);
  }

  @Test
  void anRssFeedWithFullContentNeedsNoOtherRequest() {
    ingest(FAST, server.url("/feeds/rss-full.xml"));
    assertEquals(List.of(), problems);
    assertEquals(3, drafts.size());
    assertEquals(server.url("/news/andes-crossing"), drafts.get(0).source());
    assertEquals("Lakeside Courier \u2013 World", drafts.get(0).outlet());
    assertEquals(List.of("/feeds/rss-full.xml"), server.requested());
  }

  @Test
  void atomSummariesAreReplacedByTheLinkedPagesAndABrokenLinkIsOneProblem() {
    ingest(FAST, server.url("/feeds/atom-summaries.xml"));
    assertEquals(2, drafts.size(), problems.toString());
    ArticleDraft ferry = drafts.get(0);
    assertEquals(server.url("/articles/a1.html"), ferry.source());
    assertEquals("Portugal and Morocco plan a ferry link", ferry.title());
    assertEquals("Harbour Gazette", ferry.outlet());
    assertEquals("In\u00eas Carvalho", ferry.author());
    assertEquals("2025-04-01", ferry.published().toString());
    assertTrue(ferry.text().contains("between Faro and Tangier next spring"), ferry.text());
    assertTrue(ferry.text().contains("Algarve coast in winter"), ferry.text());
    assertFalse(ferry.text().contains("Most read"), ferry.text());
    ArticleDraft market = drafts.get(1);
    assertEquals("2025-04-02", market.published().toString());
    assertTrue(market.text().contains("without export permits"), market.text());
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(server.url("/articles/missing.html"), problems.get(0).source());
    assertEquals(
        "HTTP 404 Not Found (feed item 3 skipped; --no-follow keeps its summary)",
        problems.get(0).message());
    assertFalse(server.requested().contains("/images/ferry.jpg"), server.requested().toString());
  }

  @Test
  void noFollowKeepsTheSummariesAndFetchesOnlyTheFeed() {
    ingest(FAST.withFollowLinks(false), server.url("/feeds/atom-summaries.xml"));
    assertEquals(List.of(), problems);
    assertEquals(3, drafts.size());
    assertEquals("A new ferry would link Faro and Tangier.", drafts.get(0).text());
    assertEquals(List.of("/feeds/atom-summaries.xml"), server.requested());
  }

  @Test
  void linkedPagesAreFetchedWithinTheConcurrencyLimitAndKeepTheFeedsOrder() {
    StringBuilder rss = new StringBuilder("<rss><channel><title>Many Links</title>");
    for (int i = 0; i < 8; i++) {
      String path = "/many/" + i + ".html";
      rss.append("<item><title>Story ")
          .append(i)
          .append("</title><link>")
          .append(server.url(path))
          .append("</link><description>Short.</description></item>");
      String page =
          "<html><head><title>Story "
              + i
              + "</title></head><body><article><p>Story number "
              + i
              + " says that Bhutan and Nepal held talks on trade and hydropower in Thimphu this"
              + " week, with ministers from both sides attending.</p></article></body></html>";
      server.handle(
          path,
          ex -> {
            try {
              Thread.sleep(150);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
          });
    }
    server.respond(
        "/many.xml",
        200,
        RSS,
        rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
    ingest(FAST.withConcurrency(2), server.url("/many.xml"));
    assertEquals(List.of(), problems);
    assertEquals(8, drafts.size());
    for (int i = 0; i < 8; i++) {
      assertTrue(drafts.get(i).text().startsWith("Story number " + i + " "), drafts.get(i).text());
    }
    assertTrue(server.maxInFlight() <= 2, "in flight at once: " + server.maxInFlight());
  }

  @Test
  void rdfAndNonUtf8FeedsAreReadFromUrlsAndFiles() throws Exception {
    ingest(
        FAST.withFollowLinks(false), server.url("/feeds/rdf.xml"), server.url("/feeds/latin1.xml"));
    assertEquals(List.of(), problems);
    assertEquals(3, drafts.size());
    assertEquals("Steppe Herald", drafts.get(0).outlet());
    ArticleDraft peche = drafts.get(2);
    assertEquals("S\u00e3o Tom\u00e9 et le Gabon signent un accord de p\u00eache", peche.title());
    assertTrue(
        peche.text().startsWith("S\u00e3o Tom\u00e9-et-Pr\u00edncipe et le Gabon"), peche.text());
    assertEquals("fr", peche.language());

    Path file = dir.resolve("fleuve.rss");
    Files.write(file, FixtureServer.fixture("latin1.xml", server.base()));
    drafts.clear();
    ingest(FAST, file.toString());
    assertEquals(List.of(), problems);
    assertEquals(peche.text(), drafts.get(0).text());
  }

  @Test
  void aHeaderCharsetOverridesTheXmlDeclaration() {
    String rss =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>Kyiv Desk</title><item>"
            + "<title>\u041a\u0438\u0457\u0432</title><description>Ukraine and Moldova agreed to"
            + " repair the bridge at \u041c\u043e\u0433\u0438\u043b\u0456\u0432.</description>"
            + "</item></channel></rss>";
    server.respond(
        "/cp1251.xml",
        200,
        "application/rss+xml; charset=windows-1251",
        rss.getBytes(java.nio.charset.Charset.forName("windows-1251")));
    ingest(FAST.withFollowLinks(false), server.url("/cp1251.xml"));
    assertEquals(List.of(), problems);
    assertEquals("\u041a\u0438\u0457\u0432", drafts.get(0).title());
  }

  @Test
  void pagesTextAndJsonLinesAreReadByTheirContentType() {
    server.respond(
        "/wire.txt",
        200,
        "text/plain; charset=utf-8",
        ("Border Talks Resume\nMarch 4, 2025 \u2014 Nairobi\nKenya and Somalia resumed border talks"
                + " on Monday, officials said.")
            .getBytes(StandardCharsets.UTF_8));
    server.respond(
        "/batch.jsonl",
        200,
        "application/octet-stream",
        "{\"text\": \"Chad and Sudan reopened a crossing.\", \"published\": \"2025-02-01\"}\n"
            .getBytes(StandardCharsets.UTF_8));
    server.redirect("/short/a1", 301, "/articles/a1.html");
    ingest(FAST, server.url("/short/a1"), server.url("/wire.txt"), server.url("/batch.jsonl"));
    assertEquals(List.of(), problems);
    assertEquals(3, drafts.size());
    assertEquals(server.url("/short/a1"), drafts.get(0).source());
    assertEquals(server.url("/articles/a1.html"), drafts.get(0).url());
    assertEquals("Harbour Gazette", drafts.get(0).outlet());
    assertEquals(server.url("/wire.txt"), drafts.get(1).source());
    assertEquals("2025-03-04", drafts.get(1).published().toString());
    assertEquals("2025-02-01", drafts.get(2).published().toString());
  }

  @Test
  void everyFailureIsOneLineNamingTheUrlAndTheBatchGoesOn() throws Exception {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    server.respond("/logo.png", 200, "image/png", png);
    server.respond("/binary.html", 200, "text/html", png);
    server.respond("/error", 500, "text/html", "<p>sorry</p>".getBytes(StandardCharsets.UTF_8));
    server.respond("/huge.html", 200, "text/html", new byte[2 * 1024 * 1024]);
    server.redirect("/loop", 302, "/loop");
    server.respond(
        "/sitemap.xml",
        200,
        "application/xml",
        "<urlset><url><loc>x</loc></url></urlset>".getBytes(StandardCharsets.UTF_8));
    String[] bad = {
      server.url("/logo.png"),
      server.url("/binary.html"),
      server.url("/error"),
      server.url("/missing"),
      server.url("/huge.html"),
      server.url("/loop"),
      server.url("/sitemap.xml"),
      "http://dyad-test.invalid/news",
      "https://exa mple.org/"
    };
    List<String> inputs = new ArrayList<>(List.of(bad));
    inputs.add(server.url("/feeds/rss-full.xml"));
    ingest(
        FAST.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)),
        inputs.toArray(String[]::new));
    assertEquals(3, drafts.size(), "the good feed after the bad inputs is read");
    assertEquals(bad.length, problems.size(), problems.toString());
    for (int i = 0; i < bad.length; i++) {
      assertEquals(bad[i], problems.get(i).source());
      assertFalse(problems.get(i).toString().contains("\n"), problems.get(i).toString());
    }
    List<String> messages = problems.stream().map(InputProblem::message).toList();
    assertEquals("not an article: image/png", messages.get(0));
    assertEquals("binary content, not text", messages.get(1));
    assertEquals("HTTP 500 Internal Server Error", messages.get(2));
    assertEquals("HTTP 404 Not Found", messages.get(3));
    assertTrue(messages.get(4).contains("above the 1.0 MB input limit"), messages.get(4));
    assertTrue(messages.get(5).startsWith("redirect loop"), messages.get(5));
    assertTrue(messages.get(6).startsWith("not an article or a feed"), messages.get(6));
    assertEquals("host not found: dyad-test.invalid", messages.get(7));
    assertTrue(messages.get(8).startsWith("not a valid URL"), messages.get(8));
  }

  @Test
  void aFeedItemsPageThatTimesOutIsOneProblem() {
    server.handle(
        "/slow.html",
        ex -> {
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    String rss =
        "<rss><channel><title>Slow Desk</title><item><title>Late</title><link>"
            + server.url("/slow.html")
            + "</link><description>Short.</description></item></channel></rss>";
    server.respond("/slow-feed.xml", 200, RSS, rss.getBytes(StandardCharsets.UTF_8));
    ingest(
        FAST.withTimeouts(Duration.ofSeconds(10), Duration.ofMillis(500)),
        server.url("/slow-feed.xml"),
        server.url("/feeds/rss-full.xml"));
    assertEquals(3, drafts.size());
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(server.url("/slow.html"), problems.get(0).source());
    assertTrue(problems.get(0).message().startsWith("timed out"), problems.toString());
  }

  @Test
  void feedLinksToPrivateAddressesAreOneProblemEachAndNeverFetched() throws Exception {
    String[] links = {
      server.url("/articles/a1.html"),
      "http://169.254.169.254/latest/meta-data/",
      "http://2130706433:" + server.port() + "/articles/a2.html",
      "http://[::1]:" + server.port() + "/articles/a2.html",
    };
    StringBuilder rss = new StringBuilder("<rss><channel><title>Inside Desk</title>");
    for (String link : links) {
      rss.append("<item><title>Linked</title><link>")
          .append(link)
          .append("</link><description>Short.</description></item>");
    }
    Path feed = dir.resolve("inside.xml");
    Files.writeString(feed, rss.append("</channel></rss>"));
    ingest(WebOptions.defaults().withHostDelay(Duration.ZERO), feed.toString());
    assertEquals(List.of(), server.requested(), "no link was fetched");
    assertEquals(links.length, problems.size(), problems.toString());
    for (int i = 0; i < links.length; i++) {
      InputProblem p = problems.get(i);
      assertEquals(links[i], p.source(), p.toString());
      assertTrue(p.message().startsWith("refused: "), p.toString());
      assertTrue(p.message().contains("--allow-private-hosts"), p.toString());
    }
    assertTrue(problems.get(1).message().contains("link-local"), problems.get(1).toString());
  }

  @Test
  void aMalformedFeedKeepsItsGoodItems() {
    ingest(FAST, server.url("/feeds/malformed.xml"));
    assertEquals(2, drafts.size());
    assertEquals(1, problems.size());
    assertEquals(server.url("/feeds/malformed.xml") + " item 2", problems.get(0).source());
    assertTrue(drafts.get(1).text().contains("in Asunci\u00f3n"), drafts.get(1).text());
  }

  @Test
  void externalEntitiesAreNeverFetchedNorRead() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    byte[] xxe = FixtureServer.fixture("xxe.xml", server.base());
    byte[] withSecret =
        new String(xxe, StandardCharsets.UTF_8)
            .replace("{{SECRET}}", secret.toUri().toString())
            .getBytes(StandardCharsets.UTF_8);
    server.respond("/xxe.xml", 200, RSS, withSecret);
    Path file = dir.resolve("xxe.xml");
    Files.write(file, withSecret);
    ingest(FAST.withFollowLinks(false), server.url("/xxe.xml"), file.toString());
    assertEquals(4, drafts.size(), problems.toString());
    for (ArticleDraft d : drafts) {
      String all = d.title() + " " + d.outlet() + " " + d.text();
      assertFalse(all.contains("TOP-SECRET"), all);
      assertFalse(all.contains("lol"), all);
    }
    assertEquals(List.of("/xxe.xml"), server.requested(), "no entity or DTD was fetched");
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("&secret;"), problems.toString());
  }
}
