package org.dyad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.InputProblem;
import org.dyad.ingest.html.HtmlExtractor;
import org.dyad.ingest.text.TextArticleParser;

/**
 * Whatever markup a feed wraps its items in (CDATA, escaped once or twice, inline XHTML, scripts,
 * comments, entities), the drafts' text and titles hold none of it.
 */
class FeedTextPropertiesTest {

  private static final List<String> WORDS =
      List.of(
          "ministers",
          "border",
          "talks",
          "river",
          "agreed",
          "officials",
          "harbour",
          "trade",
          "delegation",
          "visited",
          "capital",
          "signed",
          "treaty",
          "farmers",
          "bridge",
          "opened",
          "railway",
          "election",
          "parliament",
          "envoy");

  /** Leftovers of markup; the generated words are letters only, so any of these is one. */
  private static final Pattern LEFTOVER =
      Pattern.compile("[<>&]|CDATA|scriptmarker|stylemarker|commentmarker");

  private static final FeedReader READER =
      new FeedReader(new HtmlExtractor(), new TextArticleParser(), null, 1);

  /** How an item's HTML is put into the XML. */
  enum Wrapping {
    CDATA,
    ESCAPED,
    ESCAPED_TWICE,
    CDATA_OF_ESCAPED,
    INLINE
  }

  enum Format {
    RSS_2,
    RSS_1,
    ATOM
  }

  record Item(String title, String html, Wrapping wrapping, boolean asSummary) {}

  @Provide
  Arbitrary<String> word() {
    Arbitrary<String> plain = Arbitraries.of(WORDS);
    return Arbitraries.oneOf(
        plain,
        plain,
        plain,
        plain.map(w -> "<b>" + w + "</b>"),
        plain.map(w -> "<a href=\"/x?a=1&amp;b=2\">" + w + "</a>"),
        plain.map(w -> "<em class=\"k\">" + w + "</em>"),
        plain.map(w -> w + "&#8217;s"),
        plain.map(w -> "caf&eacute; " + w),
        plain.map(w -> w + "&nbsp;" + w),
        plain.map(w -> w + "<br/>"));
  }

  @Provide
  Arbitrary<String> paragraph() {
    return word().list().ofMinSize(8).ofMaxSize(20).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.of(
        "",
        "<script>scriptmarker(1 < 2 && true);</script>",
        "<style>.stylemarker { color: red; }</style>",
        "<!-- commentmarker -->",
        "<img src=\"/p.jpg\" alt=\"\"/>",
        "<figure><img src=\"/q.jpg\"/></figure>");
  }

  @Provide
  Arbitrary<String> body() {
    Arbitrary<String> block =
        Combinators.combine(paragraph(), noise(), Arbitraries.of("p", "div", "blockquote"))
            .as((p, n, tag) -> "<" + tag + ">" + p + "</" + tag + ">" + n);
    return block.list().ofMinSize(1).ofMaxSize(4).map(bs -> String.join("\n", bs));
  }

  @Provide
  Arbitrary<Item> item() {
    Arbitrary<String> title =
        word().list().ofMinSize(2).ofMaxSize(8).map(ws -> String.join(" ", ws));
    return Combinators.combine(
            title, body(), Arbitraries.of(Wrapping.class), Arbitraries.of(true, false))
        .as(Item::new);
  }

  @Provide
  Arbitrary<List<Item>> items() {
    return item().list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 150)
  void draftsHoldNoMarkupFromTheFeed(@ForAll Format format, @ForAll("items") List<Item> items)
      throws Exception {
    String xml = feed(format, items);
    List<ArticleDraft> drafts = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    READER.read("p.xml", xml, drafts::add, problems::add);
    assertEquals(List.of(), problems, xml);
    assertEquals(items.size(), drafts.size(), xml);
    for (ArticleDraft d : drafts) {
      assertFalse(d.text().isBlank(), xml);
      assertFalse(LEFTOVER.matcher(d.text()).find(), d.text() + "\n--- from ---\n" + xml);
      assertFalse(LEFTOVER.matcher(d.title()).find(), d.title() + "\n--- from ---\n" + xml);
    }
  }

  private static String feed(Format format, List<Item> items) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    switch (format) {
      case RSS_2 ->
          x.append(
              "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                  + "<channel><title>Property Post</title>");
      case RSS_1 ->
          x.append(
              "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                  + " xmlns=\"http://purl.org/rss/1.0/\""
                  + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                  + "<channel><title>Property Post</title></channel>");
      case ATOM ->
          x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Property Post</title>");
    }
    for (Item it : items) {
      boolean atom = format == Format.ATOM;
      String tag =
          atom
              ? (it.asSummary() ? "summary" : "content")
              : it.asSummary() ? "description" : "content:encoded";
      String type = "";
      if (atom) {
        type = it.wrapping() == Wrapping.INLINE ? " type=\"xhtml\"" : " type=\"html\"";
      }
      String value =
          atom && it.wrapping() == Wrapping.INLINE
              ? "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + it.html() + "</div>"
              : wrap(it.html(), it.wrapping());
      x.append(atom ? "<entry>" : "<item>")
          .append("<title>")
          .append(escape(it.title()))
          .append("</title>")
          .append('<')
          .append(tag)
          .append(type)
          .append('>')
          .append(value)
          .append("</")
          .append(tag)
          .append('>')
          .append(atom ? "</entry>" : "</item>");
    }
    x.append(
        switch (format) {
          case RSS_2 -> "</channel></rss>";
          case RSS_1 -> "</rdf:RDF>";
          case ATOM -> "</feed>";
        });
    return x.toString();
  }

  private static String wrap(String html, Wrapping w) {
    return switch (w) {
      case CDATA -> "<![CDATA[" + html + "]]>";
      case ESCAPED -> escape(html);
      case ESCAPED_TWICE -> escape(escape(html));
      case CDATA_OF_ESCAPED -> "<![CDATA[" + escape(html) + "]]>";
      case INLINE -> html;
    };
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
