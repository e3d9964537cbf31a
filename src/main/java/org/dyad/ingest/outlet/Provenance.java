package org.dyad.ingest.outlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who published a page and whose copy it carries. The outlet is the publishing site: the name a
 * reader was given (JSON Lines {@code outlet}, {@code og:site_name}, JSON-LD publisher, feed
 * title), else the directory's name for the page's web domain, else a name the page gives itself,
 * else its registered domain. The syndicated source is an agency or another outlet the page credits
 * for its copy: a wire dateline ("ISLAMABAD, Apr 24 (APP) -"), a byline naming an outlet ("By
 * Reuters"), a "Source:" or "Via:" line, an outlet's name alone under the headline, or a closing
 * agency credit ("- AFP", "With inputs from PTI"); never the publisher itself.
 */
public final class Provenance {

  /**
   * The outlet that published a page and the source whose copy it carries.
   *
   * @param outlet the publishing outlet's name, or null when nothing tells
   * @param syndicatedFrom the agency or outlet credited for the copy, or null
   */
  public record Result(String outlet, String syndicatedFrom) {}

  /** A wire dateline: "BEIJING, Aug. 31 (Xinhua) --", "WASHINGTON (Reuters) -", "(AP) -". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(?:\\p{Lu}[\\p{L} .'\u2019-]{1,40}(?:,[^()\\n]{1,40})?\\s*)?\\(([^()]{2,40})\\)"
              + "\\s*(?:\\p{Pd}{1,2}|:|\u2014|\u2013)");

  /** A line crediting a source: "Source: AFP", "Via: Reuters", "Republished from Eurasianet". */
  private static final Pattern SOURCE_LINE =
      Pattern.compile(
          "^[\\p{Pd}(\\s]*(?:sources?|via|republished (?:from|with permission of)|originally"
              + " published (?:by|in|on|at)|this (?:article|story) (?:was |is )?(?:first|originally)"
              + " (?:published|appeared) (?:by|in|on|at))\\s*:?\\s*(?:the\\s+)?(.{2,60}?)[.)\\s]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A closing credit: "- AFP", "(Reuters)", "With inputs from PTI", "With AFP". */
  private static final Pattern CLOSING_CREDIT =
      Pattern.compile(
          "^[\\p{Pd}(\\s]*(?:with (?:inputs |input |reporting )?(?:from )?)?(?:the\\s+)?"
              + "([\\p{L}][\\p{L}\\d .&'\u2019/-]{1,40}?)[\\s)]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern BYLINE =
      Pattern.compile(
          "^[\\p{Pd}\u2022\u00b7*\\s]*(?:By|BY)\\s+(.{2,80}?)\\s*(?:[|\u00b7\u2022(].*)?$");
  private static final Pattern STAFF =
      Pattern.compile(
          "\\s+(?:staff|staff writers?|staff reporters?|news desk|desk|team)$",
          Pattern.CASE_INSENSITIVE);

  private final OutletDirectory outlets;

  public Provenance(OutletDirectory outlets) {
    if (outlets == null) {
      throw new IllegalArgumentException("outlets must not be null");
    }
    this.outlets = outlets;
  }

  /**
   * The outlet and the syndicated source of a page.
   *
   * @param url the page's web address, or null
   * @param statedOutlet the outlet name a reader was given, or null
   * @param pageOutlet a name the page gives its own outlet (a byline's "| Outlet", a copyright
   *     holder), or null
   * @param lines the page's lines, furniture included
   * @param ignored indexes of lines that cannot credit the copy (photo captions and credits)
   * @param bodyStart index of the first body paragraph
   */
  public Result of(
      String url,
      String statedOutlet,
      String pageOutlet,
      List<String> lines,
      Set<Integer> ignored,
      int bodyStart) {
    Optional<Outlet> byAddress = outlets.byAddress(url);
    String outlet = statedOutlet;
    if (outlet == null) {
      outlet = byAddress.map(Outlet::name).orElse(null);
    }
    if (outlet == null) {
      outlet = pageOutlet;
    }
    if (outlet == null) {
      outlet = WebDomain.registered(url).orElse(null);
    }
    String credited = credited(lines, ignored, bodyStart);
    if (credited == null
        || isSame(credited, outlet)
        || byAddress.isPresent() && byAddress.get().name().equals(credited)
        || isSame(credited, pageOutlet)
        || coversDomain(credited, url)) {
      credited = null;
    }
    return new Result(outlet, credited);
  }

  /** The directory name of the source a page credits for its copy, or null. */
  String credited(List<String> lines, Set<Integer> ignored, int bodyStart) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !ignored.contains(i)) {
        order.add(i);
      }
    }
    for (int k = 0; k < Math.min(order.size(), 12); k++) {
      Matcher m = DATELINE.matcher(lines.get(order.get(k)));
      if (m.find()) {
        Optional<Outlet> o = outlets.byName(m.group(1));
        if (o.isPresent()) {
          return o.get().name();
        }
      }
    }
    for (int k = 0; k < Math.min(order.size(), 10); k++) {
      Optional<Outlet> o = bylineOutlet(lines.get(order.get(k)));
      if (o.isPresent()) {
        return o.get().name();
      }
    }
    for (int i : order) {
      Matcher m = SOURCE_LINE.matcher(lines.get(i));
      if (m.matches() && words(lines.get(i)) <= 10) {
        Optional<Outlet> o = outlets.byName(m.group(1));
        if (o.isPresent()) {
          return o.get().name();
        }
      }
    }
    for (int k = 0; k < order.size() && order.get(k) < bodyStart; k++) {
      String s = lines.get(order.get(k)).strip();
      if (words(s) <= 5) {
        Optional<Outlet> o = outlets.byName(s);
        if (o.isPresent()) {
          return o.get().name();
        }
      }
    }
    for (int k = Math.max(0, order.size() - 2); k < order.size(); k++) {
      String s = lines.get(order.get(k)).strip();
      Matcher m = CLOSING_CREDIT.matcher(s);
      if (words(s) <= 6 && m.matches()) {
        Optional<Outlet> o = outlets.byName(m.group(1));
        if (o.isPresent() && o.get().isAgency()) {
          return o.get().name();
        }
      }
    }
    return null;
  }

  /**
   * The outlet a byline names as its only author: "By Reuters", "By the Associated Press"; a byline
   * that also names people or another outlet's staff names none.
   */
  private Optional<Outlet> bylineOutlet(String line) {
    Matcher m = BYLINE.matcher(line.strip());
    if (!m.matches() || words(line) > 12) {
      return Optional.empty();
    }
    Outlet found = null;
    for (String part : m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      boolean staff = STAFF.matcher(p).find();
      Optional<Outlet> o = outlets.byName(STAFF.matcher(p).replaceFirst(""));
      if (o.isEmpty() || staff) {
        return Optional.empty();
      }
      if (found != null && !found.equals(o.get())) {
        return Optional.empty();
      }
      found = o.get();
    }
    return Optional.ofNullable(found);
  }

  /** True when two outlet names are the same outlet (by directory entry or by spelling). */
  private boolean isSame(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    if (squash(a).equals(squash(b))) {
      return true;
    }
    Optional<Outlet> x = outlets.byName(a);
    Optional<Outlet> y = outlets.byName(b);
    return x.isPresent() && x.equals(y);
  }

  /** True when the credited outlet's domains include the page's registered domain. */
  private boolean coversDomain(String credited, String url) {
    Optional<String> registered = WebDomain.registered(url);
    Optional<Outlet> o = outlets.byName(credited);
    if (registered.isEmpty() || o.isEmpty()) {
      return false;
    }
    for (String d : o.get().domains()) {
      if (d.equals(registered.get()) || d.endsWith("." + registered.get())) {
        return true;
      }
    }
    return false;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\d]", "");
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
