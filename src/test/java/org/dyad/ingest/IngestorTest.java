package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.text.TextArticleParser;
import org.dyad.ingest.web.FixtureServer;
import org.dyad.ingest.web.WebOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  @TempDir Path dir;

  private final List<ArticleDraft> drafts = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private static final String BODY =
      "Officials in Ottawa said on Tuesday that talks with Washington would resume next week.\n"
          + "The two governments have traded tariffs since March.";

  private static final long DEFAULT_MAX = Ingestor.DEFAULT_MAX_BYTES;
  private static final WebOptions NO_FOLLOW = WebOptions.defaults().withFollowLinks(false);

  private void ingest(Ingestor ingestor, Path... inputs) {
    List<String> names = new ArrayList<>();
    for (Path p : inputs) {
      names.add(p.toString());
    }
    ingestor.ingest(names, drafts::add, problems::add);
  }

  @Test
  void readsFoldersRecursivelyAndSkipsUnsupportedFilesInThem() throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/one.txt"), BODY);
    Files.writeString(dir.resolve("a/b/two.txt"), BODY.replace("Tuesday", "Friday"));
    Files.writeString(dir.resolve("a/notes.md"), "# not an article");
    ingest(new Ingestor(), dir.resolve("a"));
    assertEquals(List.of(), problems);
    assertEquals(List.of("two.txt", "one.txt"), drafts.stream().map(ArticleDraft::source).toList());
  }

  @Test
  void aMalformedJsonlLineIsReportedWithItsLineNumberAndTheRestIsRead() throws Exception {
    Path f = dir.resolve("batch.jsonl");
    Files.writeString(
        f,
        "{\"text\": \"Seoul and Tokyo agreed to restore a hotline.\", \"published\": \"2024-03-01\"}\n"
            + "{\"text\": broken\n"
            + "{\"title\": \"no text\"}\n"
            + "{\"text\": \"A second article about Seoul.\", \"source\": \"wire-2\"}\n");
    ingest(new Ingestor(), f);
    assertEquals(2, drafts.size());
    assertEquals("2024-03-01", drafts.get(0).published().toString());
    assertEquals("wire-2", drafts.get(1).source());
    assertEquals(2, problems.size(), problems.toString());
    assertEquals(f + ":2", problems.get(0).source(), "the full path and the line");
    assertTrue(problems.get(0).message().startsWith("malformed JSON"), problems.toString());
    assertTrue(problems.get(1).message().contains("\"text\""), problems.toString());
  }

  @Test
  void aFeedItemsProblemNamesTheFeedsFullPathAndTheItem() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("feeds/daily"));
    Path feed = sub.resolve("malformed.xml");
    try (var in = getClass().getResourceAsStream("/feeds/malformed.xml")) {
      Files.copy(in, feed);
    }
    ingest(new Ingestor(DEFAULT_MAX, new TextArticleParser(), NO_FOLLOW), dir.resolve("feeds"));
    assertTrue(!problems.isEmpty(), "the fixture has a malformed item");
    assertEquals(feed + " item 2", problems.get(0).source(), problems.toString());
    assertTrue(drafts.stream().noneMatch(d -> d.source().startsWith(dir.toString())));
  }

  @Test
  void badFilesAreReportedOneEachAndTheBatchGoesOn() throws Exception {
    Files.writeString(dir.resolve("good.txt"), BODY);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.html"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});
    Files.write(
        dir.resolve("latin1.txt"), "Dépêche from Paris".getBytes(StandardCharsets.ISO_8859_1));
    ingest(new Ingestor(), dir, dir.resolve("missing-folder"));
    assertEquals(1, drafts.size());
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("empty.txt")));
    assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("binary.html")));
    assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("latin1.txt")));
    assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("missing-folder")));
    for (InputProblem p : problems) {
      assertTrue(!p.toString().contains("\n"), "one line: " + p);
    }
  }

  @Test
  void anOversizedHtmlPageIsRefusedWithTheLimitAndAcceptedWhenRaised() throws Exception {
    Path big = dir.resolve("big.html");
    StringBuilder html = new StringBuilder("<html><head><title>Big page</title></head><body>");
    html.append("<article><h1>Big page</h1>");
    for (int i = 0; i < 200; i++) {
      html.append("<p>Paragraph ").append(i).append(" of a long report from Nairobi.</p>");
    }
    html.append("</article><div>");
    while (html.length() < 5 * 1024 * 1024) {
      html.append("<span class=\"widget\">related link</span>");
    }
    html.append("</div></body></html>");
    Files.writeString(big, html);
    ingest(new Ingestor(), big);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("input limit"), problems.toString());
    problems.clear();
    ingest(new Ingestor(8L * 1024 * 1024), big);
    assertEquals(List.of(), problems);
    assertEquals(1, drafts.size());
    assertTrue(drafts.get(0).text().contains("long report from Nairobi"));
  }

  @Test
  void anExplicitFileOfAnUnsupportedTypeIsAProblem() throws Exception {
    Path f = dir.resolve("data.csv");
    Files.writeString(f, "a,b\n");
    ingest(new Ingestor(), f);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().startsWith("unsupported file type"));
  }

  @Test
  void feedFilesAreReadByNameOrContentAndOtherXmlInFoldersIsSkipped() throws Exception {
    Path feeds = Files.createDirectories(dir.resolve("feeds"));
    Files.write(
        feeds.resolve("courier.xml"), FixtureServer.fixture("rss-full.xml", "http://x.example"));
    Files.write(feeds.resolve("sitemap.xml"), FixtureServer.fixture("not-a-feed.xml", ""));
    Files.write(
        feeds.resolve("wire.txt"), FixtureServer.fixture("cli-feed.xml", "http://x.example"));
    Ingestor offline = new Ingestor(DEFAULT_MAX, new TextArticleParser(), NO_FOLLOW);
    ingest(offline, feeds);
    assertEquals(List.of(), problems);
    assertEquals(5, drafts.size());
    assertEquals("http://x.example/news/andes-crossing", drafts.get(0).source());
    assertEquals("Rift Valley Wire", drafts.get(4).outlet());

    drafts.clear();
    Path unnamed = dir.resolve("feed-without-extension");
    Files.write(unnamed, FixtureServer.fixture("rdf.xml", "http://x.example"));
    ingest(offline, feeds.resolve("sitemap.xml"), unnamed);
    assertEquals(2, drafts.size());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).source().endsWith("sitemap.xml"), problems.toString());
    assertEquals("not an RSS, RDF or Atom feed (root element <urlset>)", problems.get(0).message());
  }

  @Test
  void urlsAndPathsMixInOneBatch() throws Exception {
    Files.writeString(dir.resolve("good.txt"), BODY);
    try (FixtureServer server = FixtureServer.start()) {
      server.resource("/feed.xml", "cli-feed.xml", "application/rss+xml");
      // The fixture server is on loopback: allowed explicitly.
      new Ingestor(DEFAULT_MAX, new TextArticleParser(), NO_FOLLOW.withPrivateHosts(true))
          .ingest(
              List.of(
                  dir.resolve("good.txt").toString(),
                  server.url("/feed.xml"),
                  server.url("/absent.xml")),
              drafts::add,
              problems::add);
    }
    assertEquals(3, drafts.size(), problems.toString());
    assertEquals(1, problems.size());
    assertTrue(
        problems.get(0).toString().endsWith("/absent.xml: HTTP 404 Not Found"),
        problems.toString());
    assertTrue(Ingestor.isUrl("HTTPS://news.example/x"));
    assertTrue(!Ingestor.isUrl("news.example/x.html"));
  }
}
