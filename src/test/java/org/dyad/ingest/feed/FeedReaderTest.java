package org.dyad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputProblem;
import org.dyad.ingest.html.HtmlExtractor;
import org.dyad.ingest.text.TextArticleParser;
import org.junit.jupiter.api.Test;

/** Feeds read without following links (the pages are fetched in the web tests). */
class FeedReaderTest {

  private static final String BASE = FeedParserTest.BASE;

  private final FeedReader reader =
      new FeedReader(new HtmlExtractor(), new TextArticleParser(), null, 2);
  private final List<ArticleDraft> drafts = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private void read(String name) throws InputException {
    reader.read(name, FeedParserTest.fixture(name), drafts::add, problems::add);
  }

  @Test
  void fullContentBecomesTheTextWithTheItemsMetadata() throws Exception {
    read("rss-full.xml");
    assertEquals(List.of(), problems);
    assertEquals(3, drafts.size());
    ArticleDraft andes = drafts.get(0);
    assertEquals(BASE + "/news/andes-crossing", andes.source());
    assertEquals(BASE + "/news/andes-crossing", andes.url());
    assertEquals("Chile and Argentina agree to reopen the Los Andes crossing", andes.title());
    assertEquals("Lakeside Courier \u2013 World", andes.outlet());
    assertEquals("Marta Quiroga", andes.author());
    assertEquals("2025-03-12", andes.published().toString());
    assertFalse(andes.publishedInferred());
    assertEquals("en", andes.language());
    String[] paragraphs = andes.text().split("\n");
    assertEquals(3, paragraphs.length, andes.text());
    assertTrue(paragraphs[0].startsWith("Chile and Argentina agreed on Tuesday"), andes.text());
    assertTrue(paragraphs[1].contains("\u201cWe are relieved,\u201d"), andes.text());
    assertFalse(andes.text().contains("Advertisement"), andes.text());
    assertFalse(andes.text().contains("trackView"), andes.text());
    ArticleDraft rail = drafts.get(1);
    assertEquals(2, rail.text().split("\n").length, rail.text());
    assertTrue(rail.text().startsWith("Norway and Finland signed"), rail.text());
  }

  @Test
  void anItemWhosePageReaderBreaksIsOneProblemAndTheOtherItemsAreRead() throws Exception {
    String rss =
        "<rss><channel><title>T</title>"
            + "<item><title>one</title><link>https://example.org/one</link></item>"
            + "<item><title>two</title><link>https://example.org/two</link></item>"
            + "<item><title>three</title><link>https://example.org/three</link></item>"
            + "</channel></rss>";
    LinkReader breaksOnTwo =
        url -> {
          if (url.endsWith("/two")) {
            throw new IllegalStateException("injected page reader failure");
          }
          return new ArticleDraft(
              url, url, "t", null, null, null, false, "en", "Page text from " + url + ".");
        };
    new FeedReader(new HtmlExtractor(), new TextArticleParser(), breaksOnTwo, 2)
        .read("links.xml", rss, drafts::add, problems::add);
    assertEquals(
        List.of("https://example.org/one", "https://example.org/three"),
        drafts.stream().map(ArticleDraft::source).toList());
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("https://example.org/two", problems.get(0).source());
    assertTrue(
        problems.get(0).message().contains("injected page reader failure"), problems.toString());
  }

  @Test
  void htmlEscapedTwiceKeepsItsParagraphs() throws Exception {
    String rss =
        "<rss><channel><title>T</title><item><title>x</title><description>"
            + "&amp;lt;p&amp;gt;Belize and Guatemala agreed to a new survey of the border."
            + "&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Both sides named their surveyors on Monday."
            + "&amp;lt;/p&amp;gt;</description></item></channel></rss>";
    reader.read("twice.xml", rss, drafts::add, problems::add);
    assertEquals(
        "Belize and Guatemala agreed to a new survey of the border.\n"
            + "Both sides named their surveyors on Monday.",
        drafts.get(0).text());
  }

  @Test
  void withoutFollowingLinksSummariesAreKept() throws Exception {
    read("atom-summaries.xml");
    assertEquals(3, drafts.size(), problems.toString());
    assertEquals("A new ferry would link Faro and Tangier.", drafts.get(0).text());
    assertEquals(BASE + "/articles/a1.html", drafts.get(0).source());
    assertEquals("Harbour Gazette", drafts.get(0).outlet());
    assertEquals("Traders welcomed the market near the Cau Treo crossing.", drafts.get(1).text());
    drafts.clear();
    read("rdf.xml");
    assertEquals(2, drafts.size());
    assertTrue(drafts.get(0).text().startsWith("Kazakhstan and Uzbekistan agreed"));
    assertEquals(2, drafts.get(0).text().split("\n").length);
  }

  @Test
  void statedDatesAreReadAndNoneIsInvented() throws Exception {
    read("dates.xml");
    List<String> dates =
        drafts.stream().map(d -> d.published() == null ? "-" : d.published().toString()).toList();
    assertEquals(
        List.of(
            "2025-03-04",
            "2025-03-04",
            "2025-03-05",
            "2025-03-06",
            "2025-03-07",
            "2025-03-08",
            "2025-03-09",
            "-",
            "-",
            "-"),
        dates);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("dates.xml item 8", problems.get(0).source());
    assertEquals(
        "<pubDate> value 'sometime last week' is not a date; kept without it",
        problems.get(0).message());
    assertEquals("dates.xml item 8", drafts.get(7).source(), "an item without a link");
  }

  @Test
  void itemsWithNothingToReadAreReportedAndAnEmptyFeedIsAProblem() throws Exception {
    String rss =
        "<rss><channel><title>T</title>"
            + "<item><title>No text, no link</title></item>"
            + "<item><title>Only an image</title><description>&lt;img src='x.jpg'&gt;</description></item>"
            + "<item><title>Fine</title><description>Mali and Niger reopened their border.</description></item>"
            + "</channel></rss>";
    reader.read("t.xml", rss, drafts::add, problems::add);
    assertEquals(1, drafts.size());
    assertEquals(
        List.of(
            "t.xml item 1: the item has no text and no link",
            "t.xml item 2: no article text in the item and no link"),
        problems.stream().map(InputProblem::toString).toList());
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                reader.read(
                    "e.xml",
                    "<rss><channel><title>T</title></channel></rss>",
                    drafts::add,
                    problems::add));
    assertEquals("the feed has no items", e.getMessage());
  }

  @Test
  void aFeedWithoutATitleLeavesTheOutletToTheText() throws Exception {
    reader.read(
        "n.xml",
        "<rss><channel><item><description>Benin and Nigeria met.</description></item></channel></rss>",
        drafts::add,
        problems::add);
    assertNull(drafts.get(0).outlet());
    assertNull(drafts.get(0).published());
  }
}
