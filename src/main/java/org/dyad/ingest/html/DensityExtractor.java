package org.dyad.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds a page's main text as its densest paragraph cluster: every paragraph credits its parent and
 * grandparent with its unlinked text, the best-scored element and its strong siblings are the
 * article, and link lists, page furniture and share or comment boxes inside them are left out. Runs
 * in time linear in the page size, without recursion.
 */
final class DensityExtractor {

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote");
  private static final Set<String> TEXT_HOLDERS =
      Set.of("div", "section", "article", "main", "td", "center", "font", "body", "span");
  private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "form", "menu");
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:comments?|disqus|share|sharing|sharebar|follow|related|recommended"
              + "|recommendations?|newsletter|promo|sidebar|widget|breadcrumbs?|cookies?|consent"
              + "|subscribe|subscription|paywall|ads|advert\\w*|sponsored|outbrain|taboola"
              + "|trending|popular|most-read|more-stories|read-more|readmore|tags|author-bio"
              + "|byline|dateline|timestamp|caption|credit|toolbar|print|signup|login)(?:[-_\\s]|$)");
  private static final Pattern OFF_ARTICLE =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:comments?|comment-list|disqus|replies|sidebar|related|recommended"
              + "|footer|promo|newsletter|outbrain|taboola|trending|popular|most-read)(?:[-_\\s]|$)");
  private static final int MIN_PARAGRAPH = 25;

  private DensityExtractor() {}

  /** Character counts of an element's text: all, inside links, and directly in it. */
  private static final class Counts {
    int text;
    int link;
    int own;

    double linkDensity() {
      return text == 0 ? 0 : link / (double) text;
    }
  }

  static String extract(Element root) {
    Map<Element, Counts> counts = count(root);
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Map.Entry<Element, Counts> entry : counts.entrySet()) {
      Element e = entry.getKey();
      Counts c = entry.getValue();
      String tag = e.normalName();
      int len;
      if (PARAGRAPHS.contains(tag)) {
        len = c.text - c.link;
      } else if (TEXT_HOLDERS.contains(tag) && c.own >= MIN_PARAGRAPH) {
        len = c.own;
      } else {
        continue;
      }
      if (len < MIN_PARAGRAPH || c.linkDensity() > 0.5) {
        continue;
      }
      double v = len;
      Element parent = PARAGRAPHS.contains(tag) ? e.parent() : e;
      if (parent != null) {
        scores.merge(parent, v, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, v / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      Counts c = counts.get(s.getKey());
      double score = s.getValue() * (1 - (c == null ? 0 : c.linkDensity()));
      if (score > bestScore && offArticle(s.getKey())) {
        score *= 0.25;
      }
      if (score > bestScore) {
        bestScore = score;
        best = s.getKey();
      }
    }
    if (best == null) {
      return "";
    }
    List<Element> parts = new ArrayList<>();
    Element parent = best.parent();
    if (parent == null || best == root) {
      parts.add(best);
    } else {
      for (Element sibling : parent.children()) {
        Counts c = counts.get(sibling);
        Double s = scores.get(sibling);
        if (sibling == best
            || (PARAGRAPHS.contains(sibling.normalName())
                && c != null
                && c.text >= 80
                && c.linkDensity() < 0.25)
            || (s != null
                && c != null
                && s * (1 - c.linkDensity()) >= 0.2 * bestScore
                && c.linkDensity() < 0.33
                && !FURNITURE.contains(sibling.normalName()))) {
          parts.add(sibling);
        }
      }
    }
    int total = 0;
    for (Element p : parts) {
      total += counts.get(p).text;
    }
    int limit = total / 2;
    List<String> texts = new ArrayList<>();
    for (Element p : parts) {
      String t = HtmlText.of(p, e -> skip(e, counts, limit));
      if (!t.isBlank()) {
        texts.add(t);
      }
    }
    return String.join("\n\n", texts);
  }

  /** Whether the element or one of its three nearest ancestors is named as comments or extras. */
  private static boolean offArticle(Element e) {
    Element x = e;
    for (int i = 0; i < 4 && x != null; i++, x = x.parent()) {
      String names = x.className() + " " + x.id();
      if (names.length() > 1 && OFF_ARTICLE.matcher(names).find()) {
        return true;
      }
    }
    return false;
  }

  /** The text of {@code root} without page furniture and link lists. */
  static String textWithoutLinkLists(Element root) {
    Map<Element, Counts> counts = count(root);
    return HtmlText.of(root, e -> skip(e, counts, 0));
  }

  /** Page furniture, link lists, and small boxes whose class or id names a non-article part. */
  private static boolean skip(Element e, Map<Element, Counts> counts, int limit) {
    String tag = e.normalName();
    if (FURNITURE.contains(tag)) {
      return true;
    }
    Counts c = counts.get(e);
    if (c == null) {
      return false;
    }
    if (HtmlText.BLOCKS.contains(tag) && c.text > 0 && c.linkDensity() > 0.5) {
      return true;
    }
    if (c.text < limit) {
      String names = e.className() + " " + e.id();
      return names.length() > 1 && NEGATIVE.matcher(names).find();
    }
    return false;
  }

  /** Non-space character counts for every visible element, in one pass without recursion. */
  private static Map<Element, Counts> count(Element root) {
    Map<Element, Counts> counts = new IdentityHashMap<>();
    int[] inLink = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              if (HtmlText.INVISIBLE.contains(e.normalName())) {
                return FilterResult.SKIP_ENTIRELY;
              }
              counts.put(e, new Counts());
              if (e.normalName().equals("a")) {
                inLink[0]++;
              }
            } else if (node instanceof TextNode t && node.parent() instanceof Element p) {
              int n = nonSpace(t.getWholeText());
              Counts c = counts.get(p);
              if (c != null && n > 0) {
                c.text += n;
                c.own += n;
                if (inLink[0] > 0) {
                  c.link += n;
                }
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && node != root) {
              if (e.normalName().equals("a")) {
                inLink[0]--;
              }
              Counts c = counts.get(e);
              Counts p = e.parent() == null ? null : counts.get(e.parent());
              if (c != null && p != null) {
                p.text += c.text;
                p.link += c.link;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    return counts;
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
        n++;
      }
    }
    return n;
  }
}
