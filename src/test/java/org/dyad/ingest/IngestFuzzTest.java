package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.Dyad;
import org.dyad.ingest.feed.FeedParser;
import org.dyad.ingest.feed.FeedReader;
import org.dyad.ingest.html.HtmlExtractor;
import org.dyad.ingest.text.TextArticleParser;
import org.dyad.ingest.web.WebOptions;
import org.dyad.model.Article;

/**
 * Property-based fuzzing of the readers of text, HTML, JSON Lines and feeds, and of reading raw
 * bytes of each type: generated inputs mix well-formed structure with junk (odd dates, control
 * characters, broken markup, wrong JSON types, truncation). Whatever comes in, no unchecked
 * exception escapes (a rejected input is an {@link InputException}), nothing hangs, a rejected
 * input yields no draft, and every draft becomes a valid {@link Article}.
 */
class IngestFuzzTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final TextArticleParser PARSER = new TextArticleParser();
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  private static final DocumentReader TEXT = new TextReader(PARSER);
  private static final DocumentReader HTML = new HtmlReader(EXTRACTOR, PARSER);
  private static final DocumentReader JSONL = new JsonlReader(PARSER);
  private static final DocumentReader FEED = new FeedReader(EXTRACTOR, PARSER, null, 1);
  private static final Ingestor INGESTOR =
      new Ingestor(
          Ingestor.DEFAULT_MAX_BYTES, PARSER, WebOptions.defaults().withFollowLinks(false));

  // ---- what the inputs are made of --------------------------------------------------------

  private static Arbitrary<String> words() {
    return Arbitraries.of(
        "Chile",
        "Peru",
        "Lima",
        "talks",
        "minister",
        "said",
        "\"We agree,\"",
        "border",
        "on",
        "Monday",
        "March",
        "3",
        "2025",
        "the",
        "navy",
        "By",
        "Reuters",
        "Updated",
        "Advertisement",
        "Read",
        "more:",
        "(AP)",
        "—",
        "–",
        "...",
        "é",
        "ß",
        "中文",
        "🙂",
        "\u200b",
        "\u202e",
        "\ufeff",
        "\u0000",
        "\u0007",
        "\u001b",
        "\r",
        "\t",
        "&amp;",
        "&#0;",
        "&#xD800;",
        "&nbsp;",
        "<",
        ">",
        "&");
  }

  private static Arbitrary<String> dates() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "2025-04-08",
            "0000-00-00",
            "0000-01-01",
            "9999-12-31",
            "10000-01-01",
            "2025-02-30",
            "2025-13-01",
            "-0001-01-01",
            "2025-04-08T25:61:61Z",
            "2025-04-08T10:00:00+99:00",
            "Mon, 31 Feb 2025 10:00:00 GMT",
            "Tue, 01 Jan 0000 00:00:00 +0000",
            "Sun, 99 Foo 2025 99:99:99 ZZZ",
            "April 8, 0",
            "8 April 0000",
            "1 January 10000",
            "yesterday",
            "",
            " ",
            "2025",
            "0",
            "-1",
            "99999999999999999999",
            "2025-W53",
            "2025-04",
            "1970-01-01T00:00:00.000000000000001Z",
            "12/31/1999",
            "31.12.0000"),
        Arbitraries.strings().withCharRange('0', '9').withChars("-:TZ+ ./").ofMaxLength(30));
  }

  private static Arbitrary<String> junk() {
    return Arbitraries.strings().all().ofMaxLength(60);
  }

  /** Words, dates and junk in lines and paragraphs. */
  private static Arbitrary<String> prose() {
    return Arbitraries.oneOf(
            words(), words(), words(), dates(), junk(), Arbitraries.of("\n", "\n\n"))
        .list()
        .ofMaxSize(60)
        .map(parts -> String.join(" ", parts));
  }

  /** A prefix of {@code s} (a truncated input) or {@code s} itself. */
  private static Arbitrary<String> maybeCut(Arbitrary<String> s) {
    return Combinators.combine(s, Arbitraries.integers().between(0, 100))
        .as((text, pct) -> pct > 70 ? text.substring(0, text.length() * (pct - 70) / 30) : text);
  }

  // ---- generated inputs of each type -------------------------------------------------------

  @Provide
  Arbitrary<String> texts() {
    return maybeCut(
        Arbitraries.oneOf(
            prose(),
            junk(),
            Combinators.combine(prose(), dates(), prose())
                .as((title, date, body) -> title + "\n" + date + "\n\n" + body)));
  }

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> element =
        Arbitraries.oneOf(
            prose().map(p -> "<p>" + p + "</p>"),
            prose().map(p -> "<h1>" + p + "</h1>"),
            dates().map(d -> "<time datetime=\"" + d + "\">" + d + "</time>"),
            dates().map(d -> "<meta property=\"article:published_time\" content=\"" + d + "\">"),
            prose().map(p -> "<meta name=\"author\" content=\"" + p.replace("\"", "") + "\">"),
            jsonValue()
                .map(
                    v ->
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                            + "\"datePublished\":"
                            + v
                            + ",\"headline\":"
                            + v
                            + ",\"articleBody\":"
                            + v
                            + "}</script>"),
            prose().map(p -> "<div class=\"ad\"><script>" + p + "</script></div>"),
            Arbitraries.of(
                "<article>",
                "</article>",
                "<div>",
                "</div>",
                "<br>",
                "<!--",
                "-->",
                "<![CDATA[",
                "]]>",
                "<table><tr><td>",
                "</td></tr></table>",
                "<svg><p>",
                "<math><mi><style>"),
            junk());
    return maybeCut(
        element
            .list()
            .ofMaxSize(25)
            .map(
                parts ->
                    "<!DOCTYPE html><html><head><title>Report</title></head><body>"
                        + String.join("\n", parts)
                        + "</body></html>"));
  }

  /** A JSON value of any type, strings included, sometimes not JSON at all. */
  private static Arbitrary<String> jsonValue() {
    return Arbitraries.oneOf(
        prose().map(IngestFuzzTest::jsonString),
        dates().map(IngestFuzzTest::jsonString),
        Arbitraries.of(
            "null",
            "true",
            "0",
            "-1",
            "1e999",
            "[]",
            "{}",
            "[\"a\",1]",
            "{\"@value\":\"2025-04-08\"}",
            "\"\"",
            "\"   \"",
            "\"\\u0000\"",
            "\"\\ud800\""),
        junk());
  }

  private static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  @Provide
  Arbitrary<String> jsonLines() {
    Arbitrary<String> field =
        Combinators.combine(
                Arbitraries.of(
                    "text",
                    "title",
                    "published",
                    "source",
                    "url",
                    "outlet",
                    "author",
                    "language",
                    "other"),
                jsonValue())
            .as((name, value) -> "\"" + name + "\": " + value);
    Arbitrary<String> object =
        field.list().ofMaxSize(8).map(fields -> "{" + String.join(", ", fields) + "}");
    Arbitrary<String> line = Arbitraries.oneOf(object, object, object, jsonValue(), junk());
    return maybeCut(line.list().ofMaxSize(8).map(lines -> String.join("\n", lines)));
  }

  @Provide
  Arbitrary<String> feeds() {
    Arbitrary<String> item =
        Combinators.combine(
                prose(),
                dates(),
                prose(),
                Arbitraries.of("description", "content:encoded", "summary", "content"),
                Arbitraries.of("", "<![CDATA[", "&lt;p&gt;"))
            .as(
                (title, date, body, tag, wrap) ->
                    "<item><title>"
                        + title
                        + "</title><pubDate>"
                        + date
                        + "</pubDate><dc:date>"
                        + date
                        + "</dc:date><link>http://news.example/"
                        + Math.abs(title.hashCode())
                        + "</link><"
                        + tag
                        + ">"
                        + wrap
                        + body
                        + (wrap.equals("<![CDATA[") ? "]]>" : "")
                        + "</"
                        + tag
                        + "></item>");
    Arbitrary<String> entry =
        Combinators.combine(prose(), dates(), prose())
            .as(
                (title, date, body) ->
                    "<entry><title>"
                        + title
                        + "</title><updated>"
                        + date
                        + "</updated><published>"
                        + date
                        + "</published><content type=\"html\">"
                        + body
                        + "</content></entry>");
    Arbitrary<String> rss =
        Combinators.combine(prose(), item.list().ofMaxSize(6))
            .as(
                (title, items) ->
                    "<?xml version=\"1.0\"?><rss version=\"2.0\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                        + "<channel><title>"
                        + title
                        + "</title>"
                        + String.join("", items)
                        + "</channel></rss>");
    Arbitrary<String> atom =
        Combinators.combine(prose(), entry.list().ofMaxSize(6))
            .as(
                (title, entries) ->
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>"
                        + title
                        + "</title>"
                        + String.join("", entries)
                        + "</feed>");
    return maybeCut(Arbitraries.oneOf(rss, atom));
  }

  // ---- what the fuzzing found, kept as examples --------------------------------------------

  @Example
  void aJsonLineWhoseTextIsAllFurnitureIsAProblemNotAnEmptyArticle() throws Exception {
    List<ArticleDraft> drafts = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    JSONL.read(
        "found.jsonl",
        "{\"text\": \"3\"}\n{\"text\": \"Chile and Peru met in Lima.\"}",
        drafts::add,
        problems::add);
    assertEquals(1, drafts.size(), drafts.toString());
    assertEquals(
        List.of(
            new InputProblem(
                "found.jsonl:1", "no article text left after removing page furniture")),
        problems);
  }

  @Example
  void aBadDateInAJsonLineIsReportedOnOneLine() throws Exception {
    List<InputProblem> problems = new ArrayList<>();
    JSONL.read(
        "found.jsonl",
        "{\"text\": \"Chile and Peru met in Lima.\", \"published\": \"soon\\nor later\"}",
        d -> {},
        problems::add);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(
        "\"published\" value 'soon or later' is not a date; kept without it",
        problems.get(0).message());
  }

  // ---- the properties ----------------------------------------------------------------------

  @Property(tries = 400)
  void textNeverEscapesAnUncheckedException(@ForAll("texts") String content) {
    read(TEXT, "fuzz.txt", content);
  }

  @Property(tries = 300)
  void htmlNeverEscapesAnUncheckedException(@ForAll("pages") String content) {
    read(HTML, "fuzz.html", content);
  }

  @Property(tries = 500)
  void jsonLinesNeverEscapeAnUncheckedException(@ForAll("jsonLines") String content) {
    read(JSONL, "fuzz.jsonl", content);
  }

  @Property(tries = 400)
  void feedsNeverEscapeAnUncheckedException(@ForAll("feeds") String content) {
    read(FEED, "fuzz.xml", content);
  }

  @Property(tries = 400)
  void bytesOfAnyTypeAreReadOrRejectedAsAWhole(
      @ForAll("anyInput") String content,
      @ForAll("names") String name,
      @ForAll("encodings") String encoding) {
    byte[] bytes =
        switch (encoding) {
          case "latin1" -> content.getBytes(StandardCharsets.ISO_8859_1);
          case "utf16" -> content.getBytes(StandardCharsets.UTF_16);
          case "broken" -> breakUtf8(content.getBytes(StandardCharsets.UTF_8));
          default -> content.getBytes(StandardCharsets.UTF_8);
        };
    List<ArticleDraft> drafts = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    assertTimeoutPreemptively(
        LIMIT, () -> INGESTOR.read(name, bytes, drafts::add, problems::add), name);
    for (InputProblem p : problems) {
      assertFalse(
          p.message().startsWith("could not be read: "),
          "an unchecked exception escaped a reader: " + p);
    }
    if (!decodes(name, bytes)) {
      assertTrue(drafts.isEmpty(), "bytes that cannot be decoded yielded drafts: " + problems);
      assertTrue(
          problems.stream().anyMatch(p -> p.source().equals(name)),
          "the rejection names the input: " + problems);
    }
    drafts.forEach(IngestFuzzTest::assertValid);
  }

  /** Whether the bytes decode as {@code dyad analyze} decodes an input of this name. */
  private static boolean decodes(String name, byte[] bytes) {
    boolean feed =
        name.endsWith(".xml")
            || name.endsWith(".rss")
            || name.endsWith(".atom")
            || FeedParser.looksLikeFeed(InputDecoder.head(bytes));
    try {
      if (feed) {
        InputDecoder.decode(bytes, null);
      } else {
        InputFiles.decode(bytes);
      }
      return true;
    } catch (InputException e) {
      return false;
    }
  }

  @Provide
  Arbitrary<String> anyInput() {
    return Arbitraries.oneOf(texts(), pages(), jsonLines(), feeds());
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("in.txt", "in.html", "in.htm", "in.jsonl", "in.xml", "in.rss", "in.atom");
  }

  @Provide
  Arbitrary<String> encodings() {
    return Arbitraries.of("utf8", "utf8", "latin1", "utf16", "broken");
  }

  private static byte[] breakUtf8(byte[] b) {
    byte[] out = java.util.Arrays.copyOf(b, b.length + 2);
    out[b.length / 2] = (byte) 0xC3;
    out[b.length + 1] = (byte) 0xFF;
    return out;
  }

  /**
   * Reads {@code content}: it may be rejected with an {@link InputException} (and then gives no
   * draft), never with anything else, and in bounded time.
   */
  private static void read(DocumentReader reader, String source, String content) {
    List<ArticleDraft> drafts = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try {
            reader.read(source, content, drafts::add, problems::add);
          } catch (InputException e) {
            assertNotNull(e.getMessage());
            assertFalse(e.getMessage().isBlank());
            assertTrue(drafts.isEmpty(), "rejected, yet drafts came out: " + e.getMessage());
          }
        });
    for (InputProblem p : problems) {
      assertFalse(p.toString().contains("\n"), "a problem is one line: " + p);
    }
    drafts.forEach(IngestFuzzTest::assertValid);
  }

  /** A draft the store can take: it makes a valid article with a non-blank text. */
  private static void assertValid(ArticleDraft d) {
    assertFalse(d.text().isBlank(), d.toString());
    Article a = Dyad.toArticle(d);
    assertNotNull(a.id());
  }
}
