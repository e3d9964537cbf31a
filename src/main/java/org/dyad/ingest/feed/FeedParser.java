package org.dyad.ingest.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputProblem;
import org.dyad.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds with jsoup's XML parser.
 *
 * <p>jsoup was chosen over ROME: it is already Dyad's HTML parser (no new dependency to converge),
 * it has no DTD or entity-resolution machinery at all, so external entities (XXE) and entity
 * expansion bombs cannot happen, it recovers from the broken markup real feeds carry (bare
 * ampersands, HTML entities, unescaped HTML), and it leaves dates as the strings the feed states so
 * that Dyad's own rules read them without shifting zones. Parsing safely still takes care here: the
 * DOCTYPE, with any internal subset, is blanked before parsing; entity references that neither XML
 * nor HTML defines are left out of the text and reported; an item whose elements are not all closed
 * (truncated or misnested XML) is skipped and reported rather than read half.
 */
public final class FeedParser {

  private static final Pattern FEED_ROOT =
      Pattern.compile("<(?:rss|feed|(?:[A-Za-z_][\\w.-]*:)?RDF)[\\s>/]");
  private static final Pattern ENTITY_REF = Pattern.compile("&([A-Za-z_:][A-Za-z0-9._:-]*);");
  private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
  private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.+?)\\s*<\\S+@\\S+>$");
  private static final Pattern EMAIL = Pattern.compile("^(?:mailto:)?\\S+@\\S+\\.\\S+$");

  private FeedParser() {}

  /**
   * True when {@code head}, the start of a document, opens an {@code <rss>}, {@code <feed>} or
   * {@code <rdf:RDF>} element after its XML declaration, comments and DOCTYPE.
   */
  public static boolean looksLikeFeed(String head) {
    if (head == null) {
      return false;
    }
    Matcher root = FEED_ROOT.matcher(head);
    root.region(prolog(head, null), head.length());
    return root.lookingAt();
  }

  /**
   * Parses {@code xml}; problems confined to one item (or text left out) go to {@code problems},
   * named {@code source} or {@code "source item N"}.
   *
   * @param base the URI the feed was fetched from, against which relative links resolve; null for a
   *     file (its channel link then serves)
   * @throws InputException when the document is not a feed
   */
  public static Feed parse(String source, String xml, URI base, Consumer<InputProblem> problems)
      throws InputException {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank: '" + source + "'");
    }
    if (xml == null) {
      throw new IllegalArgumentException("xml must not be null for " + source);
    }
    Set<String> undefined = new LinkedHashSet<>();
    String safe = withoutUndefinedEntities(withoutDoctype(xml), undefined);
    Parser parser = Parser.xmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(safe, "", parser);
    doc.outputSettings().prettyPrint(false);
    Element root = doc.children().isEmpty() ? null : doc.child(0);
    if (root == null) {
      throw new InputException("not an RSS, RDF or Atom feed (no XML elements)");
    }
    Feed feed;
    String name = Xml.local(root);
    if (name.equals("rss")) {
      feed = rss2(source, root, base, problems);
    } else if (name.equals("RDF") && Xml.namespace(root).equals(Xml.RDF)) {
      feed = rss1(source, root, base, problems);
    } else if (name.equals("feed")) {
      feed = atom(source, root, base, problems);
    } else {
      throw new InputException(
          "not an RSS, RDF or Atom feed (root element <" + root.tagName() + ">)");
    }
    if (!closed(root)) {
      problems.accept(
          new InputProblem(
              source,
              "malformed XML: the feed ends before </"
                  + root.tagName()
                  + "> (truncated?); its complete items were read"));
    }
    if (!undefined.isEmpty()) {
      problems.accept(
          new InputProblem(
              source,
              "entities the feed does not define were left out of the text: "
                  + String.join(", ", undefined.stream().map(e -> "&" + e + ";").toList())
                  + " (DTDs are never read)"));
    }
    return feed;
  }

  private static Feed rss2(String source, Element rss, URI base, Consumer<InputProblem> problems)
      throws InputException {
    Element channel = Xml.child(rss, "", "channel");
    if (channel == null) {
      throw new InputException("RSS feed without a <channel>");
    }
    URI feedBase = base != null ? base : Xml.resolve(null, Xml.childText(channel, "", "link"));
    List<FeedItem> items = new ArrayList<>();
    List<Element> elements = Xml.children(channel, "", "item");
    for (int i = 0; i < elements.size(); i++) {
      Element item = elements.get(i);
      String where = source + " item " + (i + 1);
      if (!wellFormed(item, where, problems)) {
        continue;
      }
      String link = link(item, Xml.childText(item, "", "link"), feedBase, where, problems);
      if (link == null && Xml.child(item, "", "link") == null) {
        Element guid = Xml.child(item, "", "guid");
        if (guid != null && !guid.attr("isPermaLink").strip().equalsIgnoreCase("false")) {
          String g = guid.wholeText().strip();
          link = g.matches("(?i)https?://\\S+") ? g : null;
        }
      }
      String author = Xml.childText(item, Xml.DC, "creator");
      items.add(
          new FeedItem(
              i + 1,
              FeedText.plain(Xml.childText(item, "", "title")),
              link,
              author != null ? author(author) : author(Xml.childText(item, "", "author")),
              date(item, where, problems, "", "pubDate", Xml.DC, "date"),
              markup(Xml.child(item, Xml.CONTENT, "encoded")),
              markup(Xml.child(item, "", "description"))));
    }
    String language = Xml.childText(channel, "", "language");
    return new Feed(
        Feed.Format.RSS_2,
        FeedText.plain(Xml.childText(channel, "", "title")),
        language(language != null ? language : Xml.childText(channel, Xml.DC, "language")),
        items);
  }

  private static Feed rss1(String source, Element rdf, URI base, Consumer<InputProblem> problems)
      throws InputException {
    Element channel = null;
    for (Element c : rdf.children()) {
      if (Xml.local(c).equals("channel")) {
        channel = c;
        break;
      }
    }
    if (channel == null) {
      throw new InputException("RDF document without an RSS 1.0 <channel>");
    }
    String ns = Xml.namespace(channel);
    URI feedBase = base != null ? base : Xml.resolve(null, Xml.childText(channel, ns, "link"));
    List<FeedItem> items = new ArrayList<>();
    List<Element> elements = Xml.children(rdf, ns, "item");
    for (int i = 0; i < elements.size(); i++) {
      Element item = elements.get(i);
      String where = source + " item " + (i + 1);
      if (!wellFormed(item, where, problems)) {
        continue;
      }
      String link = Xml.childText(item, ns, "link");
      if (link == null) {
        link = item.attr("rdf:about");
      }
      items.add(
          new FeedItem(
              i + 1,
              FeedText.plain(Xml.childText(item, ns, "title")),
              link(item, link, feedBase, where, problems),
              author(Xml.childText(item, Xml.DC, "creator")),
              date(item, where, problems, Xml.DC, "date"),
              markup(Xml.child(item, Xml.CONTENT, "encoded")),
              markup(Xml.child(item, ns, "description"))));
    }
    return new Feed(
        Feed.Format.RSS_1,
        FeedText.plain(Xml.childText(channel, ns, "title")),
        language(Xml.childText(channel, Xml.DC, "language")),
        items);
  }

  private static Feed atom(String source, Element feed, URI base, Consumer<InputProblem> problems)
      throws InputException {
    String ns = Xml.namespace(feed);
    if (!ns.equals(Xml.ATOM) && !ns.isEmpty()) {
      throw new InputException("not an Atom 1.0 feed (namespace " + ns + ")");
    }
    URI docBase = base != null ? base : alternate(feed, ns, null);
    String feedAuthor = atomAuthors(feed, ns);
    List<FeedItem> items = new ArrayList<>();
    List<Element> entries = Xml.children(feed, ns, "entry");
    for (int i = 0; i < entries.size(); i++) {
      Element entry = entries.get(i);
      String where = source + " item " + (i + 1);
      if (!wellFormed(entry, where, problems)) {
        continue;
      }
      URI alt = alternate(entry, ns, docBase);
      Element content = Xml.child(entry, ns, "content");
      String contentHtml = null;
      if (content != null && content.hasAttr("src")) {
        // Out-of-line content: the entry's text is at the src URI, fetched like a link.
        alt = alt != null ? alt : Xml.resolve(Xml.base(content, docBase), content.attr("src"));
      } else if (content != null) {
        contentHtml = construct(content);
      }
      String author = atomAuthors(entry, ns);
      items.add(
          new FeedItem(
              i + 1,
              constructText(Xml.child(entry, ns, "title")),
              link(entry, alt == null ? null : alt.toString(), null, where, problems),
              author != null ? author : feedAuthor,
              // Atom requires <updated> on every entry; when <published> is missing it is the only
              // date the publisher states for the entry (its last significant change, for news the
              // day of publication or of a correction), so it is a stated date, not an invented
              // one.
              date(entry, where, problems, ns, "published", ns, "updated"),
              contentHtml,
              construct(Xml.child(entry, ns, "summary"))));
    }
    return new Feed(
        Feed.Format.ATOM,
        constructText(Xml.child(feed, ns, "title")),
        language(feed.attr("xml:lang")),
        items);
  }

  /** The element's own {@code rel="alternate"} (or rel-less) link, resolved; null when none. */
  private static URI alternate(Element e, String ns, URI docBase) {
    URI fallback = null;
    for (Element link : Xml.children(e, ns, "link")) {
      String rel = link.attr("rel").strip();
      if (!rel.isEmpty() && !rel.equals("alternate")) {
        continue;
      }
      URI u = Xml.resolve(Xml.base(link, docBase), link.attr("href"));
      if (u == null) {
        continue;
      }
      String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
      if (type.isEmpty() || type.contains("html")) {
        return u;
      }
      fallback = fallback != null ? fallback : u;
    }
    return fallback;
  }

  private static String atomAuthors(Element e, String ns) {
    List<String> names = new ArrayList<>();
    for (Element a : Xml.children(e, ns, "author")) {
      String name = FeedText.plain(Xml.childText(a, ns, "name"));
      if (name != null) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** An Atom text construct as HTML, by its {@code type}; null for media the feed embeds. */
  private static String construct(Element e) {
    if (e == null) {
      return null;
    }
    String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
    if (type.equals("xhtml") || type.equals("application/xhtml+xml")) {
      Element div = e.children().isEmpty() ? null : e.child(0);
      return div != null && Xml.local(div).equals("div") ? div.html() : Xml.markup(e);
    }
    if (type.equals("html") || type.equals("text/html")) {
      return Xml.markup(e);
    }
    if (type.isEmpty() || type.equals("text") || type.startsWith("text/")) {
      String text = Xml.markup(e);
      // Feeds that declare text but carry HTML are common; their tags are not the article's.
      return !e.children().isEmpty() || FeedText.TAG.matcher(text).find()
          ? text
          : FeedText.paragraphs(text);
    }
    return null;
  }

  private static String constructText(Element e) {
    String html = construct(e);
    return html == null ? null : FeedText.plain(html);
  }

  private static String markup(Element e) {
    if (e == null) {
      return null;
    }
    String m = Xml.markup(e);
    return m.isBlank() ? null : m;
  }

  /** The item's link as an absolute http(s) URL; a link that cannot be one is reported. */
  private static String link(
      Element item, String raw, URI base, String where, Consumer<InputProblem> problems) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    URI u = Xml.resolve(Xml.base(item, base), raw);
    String s = u == null ? null : u.toString();
    if (s == null || !s.matches("(?i)https?://\\S+")) {
      problems.accept(
          new InputProblem(
              where, "link '" + raw.strip() + "' is not an http(s) URL; the link is ignored"));
      return null;
    }
    return s;
  }

  /** The first date stated by the given (namespace, name) pairs, in order of preference. */
  private static PartialDate date(
      Element item, String where, Consumer<InputProblem> problems, String... nsAndNames) {
    for (int i = 0; i + 1 < nsAndNames.length; i += 2) {
      String value = Xml.childText(item, nsAndNames[i], nsAndNames[i + 1]);
      if (value == null) {
        continue;
      }
      var date = FeedDates.parse(value);
      if (date.isPresent()) {
        return date.get();
      }
      problems.accept(
          new InputProblem(
              where,
              "<" + nsAndNames[i + 1] + "> value '" + value + "' is not a date; kept without it"));
    }
    return null;
  }

  /**
   * A byline from an RSS author ({@code mail (Name)}, {@code Name <mail>}); a bare address is none.
   */
  static String author(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    Matcher m = EMAIL_THEN_NAME.matcher(s);
    if (m.matches()) {
      s = m.group(1);
    } else {
      m = NAME_THEN_EMAIL.matcher(s);
      if (m.matches()) {
        s = m.group(1);
      }
    }
    return EMAIL.matcher(s).matches() ? null : FeedText.plain(s);
  }

  private static String language(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** True when every element of the item was closed by its own end tag; else reports it. */
  private static boolean wellFormed(Element item, String where, Consumer<InputProblem> problems) {
    for (Element e : item.getAllElements()) {
      if (!closed(e)) {
        problems.accept(
            new InputProblem(
                where,
                "malformed XML: <"
                    + e.tagName()
                    + "> at line "
                    + e.sourceRange().start().lineNumber()
                    + " is not closed; the item is skipped"));
        return false;
      }
    }
    return true;
  }

  /** jsoup closes unclosed elements implicitly, with an empty end range. */
  private static boolean closed(Element e) {
    Range end = e.endSourceRange();
    return end.isTracked() && end.end().pos() > end.start().pos();
  }

  /** The document with its DOCTYPE (and any internal subset) blanked, keeping line numbers. */
  static String withoutDoctype(String xml) {
    int[] doctype = {-1, -1};
    prolog(xml, doctype);
    if (doctype[0] < 0) {
      return xml;
    }
    String blank = xml.substring(doctype[0], doctype[1]).replaceAll("[^\n]", "");
    return xml.substring(0, doctype[0]) + blank + xml.substring(doctype[1]);
  }

  /**
   * Where the prolog of {@code s} (BOM, whitespace, XML declaration, processing instructions,
   * comments, DOCTYPE) ends; the DOCTYPE's [start, end) goes to {@code doctype} when it is given.
   * The DOCTYPE is scanned with its quoted strings and internal subset, so that no "]" or ">"
   * inside it ends it early.
   */
  static int prolog(String s, int[] doctype) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("<?", i)) {
        int end = s.indexOf("?>", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
      } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int end = doctypeEnd(s, i + 9);
        if (doctype != null) {
          doctype[0] = i;
          doctype[1] = end;
        }
        i = end;
      } else {
        break;
      }
    }
    return i;
  }

  private static int doctypeEnd(String s, int from) {
    int depth = 0;
    char quote = 0;
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (depth > 0 && s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i + 4);
        i = end < 0 ? n - 1 : end + 2;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '>' && depth == 0) {
        return i + 1;
      }
    }
    return n;
  }

  /** {@code xml} without references to entities neither XML nor HTML defines, collected. */
  static String withoutUndefinedEntities(String xml, Set<String> undefined) {
    Matcher m = ENTITY_REF.matcher(xml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      boolean known = XML_ENTITIES.contains(name) || Entities.isNamedEntity(name);
      if (!known) {
        undefined.add(name);
      }
      m.appendReplacement(out, known ? "$0" : "");
    }
    m.appendTail(out);
    return out.toString();
  }
}
