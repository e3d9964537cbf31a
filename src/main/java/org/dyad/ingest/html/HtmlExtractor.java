package org.dyad.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.dyad.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the main article and its metadata from an HTML page: readability4j's article, checked
 * against a paragraph-density extractor and the page's JSON-LD {@code articleBody} so that a page
 * where one method loses the body still yields it; boilerplate paragraphs are dropped. Thread-safe.
 */
public final class HtmlExtractor {

  /** Larger or deeper pages skip readability4j, whose cost grows faster than linearly. */
  static final int MAX_READABILITY_ELEMENTS = 20_000;

  static final int MAX_READABILITY_DEPTH = 300;

  private static final Pattern ISO_LIKE =
      Pattern.compile(
          "\\s*(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?|(\\d{2})(\\d{2}))?(?:[T ][0-9:.,]+.*)?\\s*");

  /** The three candidate bodies the extractor weighs, exposed for the benchmark. */
  record Candidates(String jsonLd, String readability, String density) {}

  public HtmlPage extract(String html, String url) {
    if (html == null) {
      throw new IllegalArgumentException("html must not be null");
    }
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    JsonLd ld = JsonLd.of(doc);
    PageMetadata meta = PageMetadata.of(doc, ld);
    Candidates c = candidates(doc, ld, url);
    String text = Boilerplate.clean(choose(c), meta.title());
    return new HtmlPage(
        meta.title(), meta.author(), meta.published(), meta.siteName(), text, meta.url());
  }

  /**
   * The date in a page's raw publication string when it is ISO-like ({@code 2025-07-03T10:00Z},
   * {@code 2025-07-03}, {@code 20250703}, {@code 2025-07}, {@code 2025}), as written (no time-zone
   * shift); empty for other forms or impossible dates.
   */
  public static Optional<PartialDate> isoDate(String published) {
    if (published == null) {
      return Optional.empty();
    }
    Matcher m = ISO_LIKE.matcher(published);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      String month = m.group(2) != null ? m.group(2) : m.group(4);
      String day = m.group(2) != null ? m.group(3) : m.group(5);
      return Optional.of(
          new PartialDate(
              year,
              month == null ? null : Integer.valueOf(month),
              day == null ? null : Integer.valueOf(day)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  Candidates candidates(Document doc, JsonLd ld, String url) {
    String jsonLd = ld.articleBody();
    removeInvisible(doc);
    String readability = fitsReadability(doc) ? readability(doc.clone(), url) : "";
    String density = HtmlText.normalise(DensityExtractor.extract(doc.body()));
    return new Candidates(jsonLd, readability, density);
  }

  /** Readability4j's article as text, or "" when it finds none or fails on this page. */
  static String readability(Document doc, String url) {
    try {
      Article a = new Readability4JExtended(url == null ? "" : url, doc).parse();
      Element content = a.getArticleContent();
      return content == null
          ? ""
          : HtmlText.normalise(DensityExtractor.textWithoutLinkLists(content));
    } catch (RuntimeException | StackOverflowError e) {
      return "";
    }
  }

  /**
   * The densest paragraph cluster when it holds most of what readability found (it leaves out the
   * headline, bylines and captions readability keeps); readability's article when the cluster is
   * much shorter; JSON-LD's articleBody when the page text lost much of it.
   */
  static String choose(Candidates c) {
    String r = c.readability();
    String d = c.density();
    int rw = words(r);
    int dw = words(d);
    String html;
    if (dw >= 30 && dw >= 0.7 * rw && (rw < 40 || contained(d, r) >= 0.5)) {
      html = d;
    } else if (rw >= 40) {
      html = r;
    } else {
      html = dw >= rw ? d : r;
    }
    int hw = words(html);
    int jw = words(c.jsonLd());
    if (jw >= 50 && jw >= 1.25 * hw || hw < 20 && jw > hw) {
      return c.jsonLd();
    }
    return html;
  }

  /** The share of {@code a}'s word 4-grams that also occur in {@code b}. */
  static double contained(String a, String b) {
    java.util.Set<String> as = shingles(a);
    if (as.isEmpty()) {
      return 0;
    }
    java.util.Set<String> bs = shingles(b);
    int both = 0;
    for (String x : as) {
      if (bs.contains(x)) {
        both++;
      }
    }
    return both / (double) as.size();
  }

  private static java.util.Set<String> shingles(String text) {
    String[] w = text.strip().split("\\s+");
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + 4 <= w.length; i++) {
      out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]);
    }
    return out;
  }

  static int words(String s) {
    if (s == null) {
      return 0;
    }
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  private static void removeInvisible(Document doc) {
    List<Node> drop = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Comment
              || node instanceof Element e && HtmlText.INVISIBLE.contains(e.normalName())) {
            drop.add(node);
          }
        },
        doc.body());
    for (Node n : drop) {
      if (n.parent() != null) {
        n.remove();
      }
    }
  }

  private static boolean fitsReadability(Document doc) {
    int[] elements = {0};
    int[] depth = {0};
    NodeTraversor.traverse(
        (node, d) -> {
          if (node instanceof Element) {
            elements[0]++;
            depth[0] = Math.max(depth[0], d);
          }
        },
        doc);
    return elements[0] <= MAX_READABILITY_ELEMENTS && depth[0] <= MAX_READABILITY_DEPTH;
  }
}
