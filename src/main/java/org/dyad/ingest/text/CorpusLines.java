package org.dyad.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.ingest.outlet.WebDomain;

/**
 * Lines that several pages of one site repeat in a batch of pages read together (a JSON Lines
 * file): the navigation, credits and promotions a site prints on every page. Pages are grouped by
 * the registered domain of their web address; a line counts when two pages of a site carry it, or
 * three pages when the pages have no address. Copies of one page (half their prose lines shared)
 * count once, so that a duplicate does not turn its own headline into furniture. Which of these
 * lines are short enough to drop is the furniture filter's decision ({@link
 * FurnitureFilter#isRepeatable}).
 */
public final class CorpusLines {

  /**
   * One page of the batch.
   *
   * @param url the page's web address, or null
   * @param text the page's raw text
   */
  public record Page(String url, String text) {

    public Page {
      if (text == null) {
        throw new IllegalArgumentException("text must not be null");
      }
    }
  }

  private final Map<String, Set<String>> bySite;

  private CorpusLines(Map<String, Set<String>> bySite) {
    this.bySite = bySite;
  }

  /** The repeated lines of a batch of pages. */
  public static CorpusLines of(List<Page> pages) {
    if (pages == null) {
      throw new IllegalArgumentException("pages must not be null");
    }
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Map<String, Map<String, List<Integer>>> index = new HashMap<>();
    Map<String, List<Integer>> sizes = new HashMap<>();
    for (Page p : pages) {
      String site = site(p.url());
      Set<String> keys = keys(p.text());
      if (keys.isEmpty()) {
        continue;
      }
      Set<String> prose = new LinkedHashSet<>();
      for (String k : keys) {
        if (k.split(" ").length >= PROSE_WORDS) {
          prose.add(k);
        }
      }
      Map<String, List<Integer>> pagesOfLine = index.computeIfAbsent(site, k -> new HashMap<>());
      List<Integer> siteSizes = sizes.computeIfAbsent(site, k -> new ArrayList<>());
      if (isCopy(prose, pagesOfLine, siteSizes)) {
        continue;
      }
      int id = siteSizes.size();
      siteSizes.add(prose.size());
      Map<String, Integer> c = counts.computeIfAbsent(site, k -> new HashMap<>());
      for (String k : keys) {
        c.merge(k, 1, Integer::sum);
      }
      for (String k : prose) {
        pagesOfLine.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
      }
    }
    Map<String, Set<String>> out = new HashMap<>();
    counts.forEach(
        (site, c) -> {
          int needed = site.isEmpty() ? 3 : 2;
          Set<String> repeated = new HashSet<>();
          c.forEach(
              (k, n) -> {
                if (n >= needed) {
                  repeated.add(k);
                }
              });
          out.put(site, Set.copyOf(repeated));
        });
    return new CorpusLines(out);
  }

  /** The keys ({@link FurnitureFilter#lineKey}) of lines other pages of this page's site repeat. */
  public Set<String> repeatedFor(String url) {
    return bySite.getOrDefault(site(url), Set.of());
  }

  private static String site(String url) {
    return url == null ? "" : WebDomain.registered(url).orElse("");
  }

  private static Set<String> keys(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : text.split("\r?\n|\r")) {
      String k = FurnitureFilter.lineKey(line);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * True when half of a page's prose lines (of {@value #PROSE_WORDS} words or more) are lines of
   * one earlier page of its site. Lines that many pages carry are site furniture, not signs of a
   * copy, and are not counted.
   */
  private static boolean isCopy(
      Set<String> keys, Map<String, List<Integer>> pagesOfLine, List<Integer> sizes) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (String k : keys) {
      List<Integer> on = pagesOfLine.getOrDefault(k, List.of());
      if (on.size() <= MAX_SHARING_PAGES) {
        for (int page : on) {
          shared.merge(page, 1, Integer::sum);
        }
      }
    }
    for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
      if (e.getValue() * 2 >= Math.max(1, Math.min(keys.size(), sizes.get(e.getKey())))) {
        return true;
      }
    }
    return false;
  }

  /** Lines of this many words or more tell a copy of a page. */
  private static final int PROSE_WORDS = 8;

  /** Lines on more earlier pages than this are not used to tell copies. */
  private static final int MAX_SHARING_PAGES = 20;
}
