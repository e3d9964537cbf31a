package org.dyad.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main article and its metadata from an HTML page: readability4j's article, checked
 * against the page's JSON-LD {@code articleBody} and a paragraph-density extractor so that a page
 * where one method loses the body still yields it; boilerplate paragraphs are dropped.
 */
public final class HtmlExtractor {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .configure(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS, true)
          .configure(JsonParser.Feature.ALLOW_COMMENTS, true);
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile("(?i).*(Article|BlogPosting|Report|NewsArticle|Posting).*");
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)^(advertisement|sponsored|share( this)?( article| story)?|follow us.*|read more.*|"
              + "related( articles| stories)?|sign up.*|subscribe.*|.*newsletter.*|.*all rights reserved.*|"
              + "(©|copyright) .*|we use cookies.*|.*accept (all )?cookies.*|click here.*|"
              + "(photo|image|video)( credit)?:.*|comments?)$");

  /** The three candidate bodies the extractor weighs, exposed for the benchmark. */
  record Candidates(String jsonLd, String readability, String density) {}

  public HtmlPage extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Meta meta = Meta.of(doc);
    Candidates c = candidates(doc, url);
    String text = choose(c);
    return new HtmlPage(
        meta.title(), meta.author(), meta.published(), meta.siteName(), clean(text));
  }

  Candidates candidates(Document doc, String url) {
    String jsonLd = jsonLdBody(doc);
    String density = density(doc.clone());
    String readability = "";
    try {
      Article a = new Readability4JExtended(url == null ? "" : url, doc.clone()).parse();
      Element content = a.getArticleContent();
      readability = content == null ? "" : HtmlText.of(content);
    } catch (RuntimeException e) {
      readability = "";
    }
    return new Candidates(jsonLd, readability, density);
  }

  /**
   * The densest paragraph cluster when it holds most of what readability found (it leaves out the
   * headline, bylines and captions readability keeps); readability's article otherwise; and when
   * both lost the body, whichever candidate, JSON-LD's articleBody included, is longest.
   */
  static String choose(Candidates c) {
    String r = c.readability();
    String d = c.density();
    int rw = words(r);
    int dw = words(d);
    if (dw >= 30 && dw >= 0.7 * rw) {
      return d;
    }
    if (rw >= 40) {
      return r;
    }
    String best = r;
    for (String x : List.of(d, c.jsonLd())) {
      if (words(x) > words(best)) {
        best = x;
      }
    }
    return best;
  }

  static int words(String s) {
    return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private static String clean(String text) {
    List<String> kept = new ArrayList<>();
    for (String p : text.split("\n\n")) {
      String s = p.strip();
      if (!s.isEmpty() && !(s.length() < 80 && BOILERPLATE.matcher(s).matches())) {
        kept.add(s);
      }
    }
    return String.join("\n\n", kept);
  }

  /** The articleBody of the page's JSON-LD Article, paragraphs kept, or "". */
  static String jsonLdBody(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        String body = findBody(root);
        if (body != null) {
          String text =
              body.contains("<") && body.contains(">")
                  ? HtmlText.of(Jsoup.parseBodyFragment(body).body())
                  : body;
          return text.replace("\r", "")
              .replaceAll("[ \t\u00a0]+", " ")
              .replaceAll("\n\\s*\n+", "\n\n")
              .strip();
        }
      } catch (Exception e) {
        // malformed JSON-LD is common; ignore it
      }
    }
    return "";
  }

  private static String findBody(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        String b = findBody(x);
        if (b != null) {
          return b;
        }
      }
      return null;
    }
    if (!n.isObject()) {
      return null;
    }
    JsonNode body = n.get("articleBody");
    if (body != null && body.isTextual() && !body.asText().isBlank()) {
      return body.asText();
    }
    for (String k : List.of("@graph", "mainEntity", "mainEntityOfPage")) {
      String b = findBody(n.get(k));
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /** The element with the most paragraph text directly inside it, as text. */
  static String density(Document doc) {
    doc.select("script,style,noscript,nav,footer,aside,iframe,svg,button,select").remove();
    Element best = null;
    int bestScore = 0;
    for (Element e : doc.getAllElements()) {
      int score = 0;
      for (Element child : e.children()) {
        String tag = child.normalName();
        if (tag.equals("p") || tag.equals("blockquote") || tag.equals("h2") || tag.equals("h3")) {
          String t = child.text();
          int linkText = 0;
          for (Element a : child.select("a")) {
            linkText += a.text().length();
          }
          if (t.length() > 0 && linkText < t.length() / 2) {
            score += t.length();
          }
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    if (best == null) {
      return "";
    }
    List<String> paras = new ArrayList<>();
    for (Element child : best.children()) {
      String tag = child.normalName();
      if (List.of("p", "blockquote", "h2", "h3", "h4", "ul", "ol", "pre").contains(tag)) {
        String t = HtmlText.of(child);
        if (!t.isBlank()) {
          paras.add(t);
        }
      }
    }
    return String.join("\n\n", paras);
  }

  /** Title, author, date and site name from the page's meta tags, JSON-LD and markup. */
  record Meta(String title, String author, String published, String siteName) {

    static Meta of(Document doc) {
      JsonNode ld = articleLd(doc);
      String site =
          first(
              meta(doc, "og:site_name"),
              ldText(ld, "publisher", "name"),
              meta(doc, "application-name"));
      String title =
          first(meta(doc, "og:title"), ldText(ld, "headline"), text(doc, "h1"), doc.title());
      if (title != null && site != null) {
        title = title.replaceAll("\\s*[|\u2013\u2014-]\\s*" + Pattern.quote(site) + "\\s*$", "");
      }
      String author =
          first(
              meta(doc, "author"),
              ldAuthor(ld),
              meta(doc, "article:author"),
              text(doc, "[rel=author]"),
              text(doc, ".byline__name, .author-name, .byline"));
      if (author != null && author.matches("(?i)https?://.*")) {
        author = null;
      }
      String published =
          first(
              meta(doc, "article:published_time"),
              ldText(ld, "datePublished"),
              meta(doc, "date"),
              meta(doc, "pubdate"),
              meta(doc, "dc.date"),
              meta(doc, "DC.date.issued"),
              meta(doc, "publish-date"),
              attr(doc, "time[datetime]", "datetime"));
      return new Meta(
          blankToNull(title), blankToNull(author), blankToNull(published), blankToNull(site));
    }

    private static String meta(Document doc, String name) {
      for (Element m :
          doc.select(
              "meta[property="
                  + name
                  + "], meta[name="
                  + name
                  + "], meta[itemprop="
                  + name
                  + "]")) {
        String c = m.attr("content");
        if (!c.isBlank()) {
          return c.strip();
        }
      }
      return null;
    }

    private static String text(Document doc, String css) {
      Element e = doc.selectFirst(css);
      return e == null ? null : blankToNull(e.text().strip());
    }

    private static String attr(Document doc, String css, String attr) {
      Element e = doc.selectFirst(css);
      return e == null ? null : blankToNull(e.attr(attr));
    }

    private static JsonNode articleLd(Document doc) {
      for (Element script : doc.select("script[type=application/ld+json]")) {
        try {
          JsonNode found = findArticle(JSON.readTree(script.data()));
          if (found != null) {
            return found;
          }
        } catch (Exception e) {
          // ignore malformed JSON-LD
        }
      }
      return null;
    }

    private static JsonNode findArticle(JsonNode n) {
      if (n == null) {
        return null;
      }
      if (n.isArray()) {
        for (JsonNode x : n) {
          JsonNode f = findArticle(x);
          if (f != null) {
            return f;
          }
        }
        return null;
      }
      if (n.isObject()) {
        if (ARTICLE_TYPE.matcher(n.path("@type").toString()).matches()) {
          return n;
        }
        return findArticle(n.get("@graph"));
      }
      return null;
    }

    private static String ldText(JsonNode ld, String... path) {
      JsonNode n = ld;
      for (String p : path) {
        if (n == null) {
          return null;
        }
        n = n.isArray() && n.size() > 0 ? n.get(0).get(p) : n.get(p);
      }
      return n != null && n.isValueNode() ? blankToNull(n.asText()) : null;
    }

    private static String ldAuthor(JsonNode ld) {
      if (ld == null || ld.get("author") == null) {
        return null;
      }
      JsonNode a = ld.get("author");
      List<String> names = new ArrayList<>();
      for (JsonNode x : a.isArray() ? a : List.of(a)) {
        if (x.isTextual()) {
          names.add(x.asText());
        } else if (x.has("name")) {
          names.add(x.get("name").asText());
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String first(String... values) {
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
      return null;
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.toLowerCase(Locale.ROOT).equals("null") ? null : s;
    }
  }
}
