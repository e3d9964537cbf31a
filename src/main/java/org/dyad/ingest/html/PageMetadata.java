package org.dyad.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, author, publication date, site name and the page's own address from its meta tags, JSON-LD
 * and markup.
 */
record PageMetadata(String title, String author, String published, String siteName, String url) {

  private static final Pattern URL = Pattern.compile("(?i)^(https?:)?//.*|^www\\..*");
  private static final Pattern WEB = Pattern.compile("(?i)^https?://\\S+$");
  private static final Pattern BY = Pattern.compile("(?i)^(by|von|par|por|di|door)\\s+");
  private static final String BYLINE_CSS =
      "[itemprop=author] [itemprop=name], [itemprop=author], .byline__name, .author-name,"
          + " .author__name, .byline-name, .article-author, .byline a, .byline, .author, .writer";
  private static final String DATE_CSS =
      "time[itemprop=datePublished], time[pubdate], time.published, time.pubdate, time[datetime]";

  static PageMetadata of(Document doc, JsonLd ld) {
    JsonNode article = ld.article();
    String site =
        first(
            meta(doc, "og:site_name"),
            ld.publisherName(),
            meta(doc, "application-name"),
            meta(doc, "al:android:app_name"));
    String title =
        first(
            meta(doc, "og:title"),
            article == null ? null : JsonLd.text(article.get("headline")),
            meta(doc, "twitter:title"),
            text(doc, "h1"),
            HtmlText.collapse(doc.title().replaceAll("<[^>]*>?.*", "")));
    String author =
        first(
            person(meta(doc, "author")),
            article == null ? null : person(JsonLd.names(article.get("author"))),
            person(meta(doc, "article:author")),
            person(meta(doc, "dc.creator")),
            person(meta(doc, "parsely-author")),
            person(meta(doc, "sailthru.author")),
            person(text(doc, "[rel=author]")),
            person(text(doc, BYLINE_CSS)));
    String published =
        first(
            meta(doc, "article:published_time"),
            article == null ? null : JsonLd.text(article.get("datePublished")),
            meta(doc, "og:published_time"),
            meta(doc, "datePublished"),
            meta(doc, "date"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "publish-date"),
            meta(doc, "publication_date"),
            meta(doc, "dc.date"),
            meta(doc, "dc.date.issued"),
            meta(doc, "dcterms.created"),
            meta(doc, "dcterms.date"),
            meta(doc, "sailthru.date"),
            meta(doc, "parsely-pub-date"),
            attr(doc, DATE_CSS, "datetime"),
            article == null ? null : JsonLd.text(article.get("dateCreated")));
    String url = first(absolute(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
    return new PageMetadata(
        stripSite(title, site),
        author,
        published,
        site,
        url != null && WEB.matcher(url).matches() ? url : null);
  }

  /** The title without a leading or trailing " | Site name" (or " - ", " — ", " : "). */
  static String stripSite(String title, String site) {
    if (title == null || site == null) {
      return title;
    }
    String sep = "\\s*[|\u2013\u2014\u00b7:\u00bb-]\\s*";
    String q = Pattern.quote(site);
    String t =
        title
            .replaceAll("(?i)" + sep + q + "\\s*$", "")
            .replaceAll("(?i)^\\s*" + q + sep, "")
            .strip();
    return t.isEmpty() ? title : t;
  }

  /** A person's name from a byline or meta value: no URLs, no leading "By". */
  private static String person(String s) {
    if (s == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String part : s.split("\\s*,\\s*")) {
      String p = BY.matcher(HtmlText.collapse(part)).replaceFirst("").strip();
      if (!p.isEmpty() && !URL.matcher(p).matches() && p.length() <= 80 && !names.contains(p)) {
        names.add(p);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.head().select("meta[content]")) {
      if (name.equalsIgnoreCase(m.attr("property"))
          || name.equalsIgnoreCase(m.attr("name"))
          || name.equalsIgnoreCase(m.attr("itemprop"))) {
        String c = HtmlText.collapse(m.attr("content"));
        if (!c.isEmpty()) {
          return c;
        }
      }
    }
    for (Element m : doc.body().select("meta[itemprop][content]")) {
      if (name.equalsIgnoreCase(m.attr("itemprop"))) {
        String c = HtmlText.collapse(m.attr("content"));
        if (!c.isEmpty()) {
          return c;
        }
      }
    }
    return null;
  }

  private static String absolute(Document doc, String css, String attr) {
    Element e = doc.head().selectFirst(css);
    return e == null
        ? null
        : HtmlText.collapse(e.absUrl(attr).isEmpty() ? e.attr(attr) : e.absUrl(attr));
  }

  private static String text(Document doc, String css) {
    Element e = doc.body().selectFirst(css);
    return e == null ? null : HtmlText.collapse(e.text());
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.body().selectFirst(css);
    return e == null ? null : HtmlText.collapse(e.attr(attr));
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank() && !v.strip().toLowerCase(Locale.ROOT).equals("null")) {
        return v.strip();
      }
    }
    return null;
  }
}
