package org.dyad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputProblem;
import org.dyad.ingest.web.FixtureServer;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  static final String BASE = "http://news.example";

  private final List<InputProblem> problems = new ArrayList<>();

  static String fixture(String name) {
    return new String(FixtureServer.fixture(name, BASE), StandardCharsets.UTF_8);
  }

  private Feed parse(String name) throws InputException {
    return FeedParser.parse(name, fixture(name), null, problems::add);
  }

  @Test
  void rss2ItemsCarryTitleLinkAuthorDateAndContent() throws Exception {
    Feed feed = parse("rss-full.xml");
    assertEquals(Feed.Format.RSS_2, feed.format());
    assertEquals("Lakeside Courier \u2013 World", feed.title());
    assertEquals("en", feed.language());
    assertEquals(3, feed.items().size());
    FeedItem first = feed.items().get(0);
    assertEquals("Chile and Argentina agree to reopen the Los Andes crossing", first.title());
    assertEquals(BASE + "/news/andes-crossing", first.link());
    assertEquals("Marta Quiroga", first.author());
    assertEquals("2025-03-12", first.published().toString());
    assertTrue(first.content().contains("<p>Chile and Argentina agreed"), first.content());
    assertTrue(first.summary().startsWith("The crossing closed"));
    FeedItem second = feed.items().get(1);
    assertEquals("Norway & Finland sign an Arctic rail study", second.title());
    assertEquals("Olav Lindqvist", second.author());
    assertTrue(second.content().contains("<p>Norway and Finland"), second.content());
    assertNull(feed.items().get(2).author(), "a bare e-mail address is not a byline");
    assertEquals(List.of(), problems);
  }

  @Test
  void rss1ItemsAreTheRdfDocumentsItems() throws Exception {
    Feed feed = parse("rdf.xml");
    assertEquals(Feed.Format.RSS_1, feed.format());
    assertEquals("Steppe Herald", feed.title());
    assertEquals(2, feed.items().size());
    FeedItem water = feed.items().get(0);
    assertEquals(BASE + "/steppe/water-deal", water.link());
    assertEquals("Aigerim Sadykova", water.author());
    assertEquals("2025-05-05", water.published().toString());
    assertNull(water.content());
    assertTrue(water.summary().contains("<p>Kazakhstan and Uzbekistan"));
    assertEquals("2025-05", feed.items().get(1).published().toString());
  }

  @Test
  void atomEntriesResolveLinksAndTakeUpdatedWhenPublishedIsMissing() throws Exception {
    Feed feed = parse("atom-summaries.xml");
    assertEquals(Feed.Format.ATOM, feed.format());
    assertEquals("Harbour Gazette", feed.title());
    FeedItem a1 = feed.items().get(0);
    assertEquals(BASE + "/articles/a1.html", a1.link(), "the alternate link, not the enclosure");
    assertEquals("2025-04-01", a1.published().toString());
    assertEquals("In\u00eas Carvalho", a1.author());
    assertNull(a1.content());
    FeedItem a2 = feed.items().get(1);
    assertEquals(BASE + "/articles/a2.html", a2.link(), "resolved against xml:base");
    assertEquals("Vietnam and Laos open a new border market", a2.title());
    assertEquals("2025-04-02", a2.published().toString());
    assertEquals("Harbour Gazette staff", a2.author(), "the feed's author stands in");
    assertTrue(a2.summary().contains("Traders welcomed"));
  }

  @Test
  void atomContentByType() throws Exception {
    String atom =
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>T</title>"
            + "<entry><title>x</title><content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
            + "<p>One <em>two</em></p></div></content></entry>"
            + "<entry><title>y</title><content>Plain &lt;line&gt;\nSecond line</content></entry>"
            + "<entry><title>z</title><content type='image/png'>iVBORw0KGgo=</content></entry>"
            + "</feed>";
    Feed feed = FeedParser.parse("a.xml", atom, URI.create(BASE + "/f"), problems::add);
    assertEquals("<p>One <em>two</em></p>", feed.items().get(0).content());
    assertEquals("<p>Plain &lt;line&gt;</p>\n<p>Second line</p>\n", feed.items().get(1).content());
    assertNull(feed.items().get(2).content());
  }

  @Test
  void anRss2AtomLinkIsNotTheItemLink() throws Exception {
    String rss =
        "<rss xmlns:atom='http://www.w3.org/2005/Atom'><channel><title>T</title>"
            + "<item><title>x</title><atom:link href='http://news.example/self'/>"
            + "<guid>http://news.example/by-guid</guid></item>"
            + "<item><title>y</title><link>/relative/path</link></item></channel></rss>";
    Feed feed = FeedParser.parse("f.xml", rss, URI.create(BASE + "/feed"), problems::add);
    assertEquals(BASE + "/by-guid", feed.items().get(0).link());
    assertEquals(BASE + "/relative/path", feed.items().get(1).link());
  }

  @Test
  void aMalformedItemIsSkippedAndReportedWhileTheOthersAreRead() throws Exception {
    Feed feed = parse("malformed.xml");
    assertEquals(List.of(1, 3), feed.items().stream().map(FeedItem::number).toList());
    assertEquals("Uruguay & Paraguay plan a river port", feed.items().get(1).title());
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("malformed.xml item 2", problems.get(0).source());
    assertTrue(
        problems.get(0).message().contains("<b> at line 10 is not closed"), problems.toString());
  }

  @Test
  void aTruncatedFeedKeepsItsCompleteItemsAndSaysItIsTruncated() throws Exception {
    Feed feed = parse("truncated.xml");
    assertEquals(1, feed.items().size());
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("truncated.xml item 2", problems.get(0).source());
    assertTrue(problems.get(1).message().contains("ends before </rss>"), problems.toString());
  }

  @Test
  void documentsThatAreNotFeedsAreRefused() {
    InputException e = assertThrows(InputException.class, () -> parse("not-a-feed.xml"));
    assertEquals("not an RSS, RDF or Atom feed (root element <urlset>)", e.getMessage());
    e =
        assertThrows(
            InputException.class, () -> FeedParser.parse("x", "just text", null, problems::add));
    assertTrue(e.getMessage().startsWith("not an RSS, RDF or Atom feed"));
  }

  @Test
  void entitiesFromTheDtdAreNeverExpanded() throws Exception {
    String xxe = fixture("xxe.xml").replace("{{SECRET}}", "file:///etc/hostname");
    Feed feed = FeedParser.parse("xxe.xml", xxe, null, problems::add);
    assertEquals("Probe Times", feed.title());
    assertEquals(2, feed.items().size());
    assertEquals("Latvia and Estonia link their power grids", feed.items().get(0).title());
    for (FeedItem item : feed.items()) {
      assertFalse((item.title() + item.summary()).contains("lol"), item.toString());
    }
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(
        "entities the feed does not define were left out of the text: &secret;, &probe;, &lol3;"
            + " (DTDs are never read)",
        problems.get(0).message());
  }

  @Test
  void feedsAreRecognisedByTheirRootAfterTheProlog() {
    assertTrue(FeedParser.looksLikeFeed("<?xml version='1.0'?>\n<!-- c --><rss version='2.0'>"));
    assertTrue(FeedParser.looksLikeFeed("\uFEFF<feed xmlns='http://www.w3.org/2005/Atom'>"));
    assertTrue(FeedParser.looksLikeFeed("<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>"));
    assertTrue(
        FeedParser.looksLikeFeed(
            "<!DOCTYPE rss [<!ENTITY a \"] > ]\"><!-- ] > --><!ENTITY b 'x'>]>\n<rss>"));
    assertFalse(FeedParser.looksLikeFeed("<!DOCTYPE html><html><body>"));
    assertFalse(FeedParser.looksLikeFeed("<feedback/>"));
    assertFalse(FeedParser.looksLikeFeed("Plain text about rss feeds"));
  }

  @Test
  void rssAuthorsGiveTheNameNotTheAddress() {
    assertEquals("Jane Roe", FeedParser.author("jane@paper.example (Jane Roe)"));
    assertEquals("Jane Roe", FeedParser.author("Jane Roe <jane@paper.example>"));
    assertEquals("Jane Roe", FeedParser.author("Jane Roe"));
    assertNull(FeedParser.author("jane@paper.example"));
  }
}
