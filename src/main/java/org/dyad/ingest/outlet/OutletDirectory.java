package org.dyad.ingest.outlet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.nlp.Resources;

/**
 * The news outlets and agencies of {@code dyad/outlets.tsv}, found by name or web domain, and the
 * countries of country-code top-level domains ({@code dyad/domains.tsv}). Immutable.
 */
public final class OutletDirectory {

  /** A kind of medium after an outlet's name: "the Profile magazine". */
  private static final Pattern MEDIUM =
      Pattern.compile(" (?:magazine|newspaper|news agency|agency|channel|tv|website)$");

  private static final OutletDirectory STANDARD = load();

  private final Map<String, Outlet> byName;
  private final Map<String, Outlet> byDomain;
  private final Map<String, String> countryByTld;

  private OutletDirectory(
      Map<String, Outlet> byName, Map<String, Outlet> byDomain, Map<String, String> countryByTld) {
    this.byName = Map.copyOf(byName);
    this.byDomain = Map.copyOf(byDomain);
    this.countryByTld = Map.copyOf(countryByTld);
  }

  /** The built-in directory. */
  public static OutletDirectory standard() {
    return STANDARD;
  }

  private static OutletDirectory load() {
    Map<String, Outlet> names = new HashMap<>();
    Map<String, Outlet> domains = new HashMap<>();
    Map<String, String> tlds = new HashMap<>();
    for (String[] f : Resources.tsv("/dyad/outlets.tsv", 4)) {
      List<String> outletNames = Resources.values(f[0]);
      if (outletNames.isEmpty()) {
        throw new IllegalStateException(
            "outlets.tsv: a row without a name: " + String.join(" ", f));
      }
      List<String> outletDomains = new ArrayList<>();
      for (String d : Resources.values(f[2])) {
        outletDomains.add(d.toLowerCase(Locale.ROOT));
      }
      Outlet o;
      try {
        o = new Outlet(outletNames.get(0), f[1], f[3], outletDomains);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("outlets.tsv: " + e.getMessage(), e);
      }
      for (String n : outletNames) {
        names.putIfAbsent(nameKey(n), o);
      }
      for (String d : outletDomains) {
        domains.putIfAbsent(d, o);
      }
    }
    for (String[] f : Resources.tsv("/dyad/domains.tsv", 2)) {
      tlds.put(f[0].toLowerCase(Locale.ROOT), f[1]);
    }
    return new OutletDirectory(names, domains, tlds);
  }

  /**
   * The outlet of a web address or host: the directory entry of its host or of a parent domain down
   * to the registered domain ("en.irna.ir" finds "irna.ir").
   */
  public Optional<Outlet> byAddress(String url) {
    Optional<String> host = WebDomain.host(url);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String registered = WebDomain.registered(url).orElse(host.get());
    for (String d = host.get(); d.length() >= registered.length(); ) {
      Outlet o = byDomain.get(d);
      if (o != null) {
        return Optional.of(o);
      }
      int dot = d.indexOf('.');
      if (dot < 0) {
        break;
      }
      d = d.substring(dot + 1);
    }
    return Optional.empty();
  }

  /**
   * The outlet of a name as articles give it, matched whole and without case, a leading "the" or a
   * trailing kind of medium ("the Global Times newspaper"); a name that is a web domain
   * ("Report.az") is looked up as one.
   */
  public Optional<Outlet> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = nameKey(name);
    Outlet o = byName.get(key);
    if (o == null) {
      o = byName.get(MEDIUM.matcher(key).replaceFirst(""));
    }
    if (o != null) {
      return Optional.of(o);
    }
    String s = name.strip();
    if (s.matches("(?i)[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.[a-z]{2,10}")) {
      return byAddress(s);
    }
    return Optional.empty();
  }

  /** The country of a country-code top-level domain ("az" gives AZE), when it is not generic. */
  public Optional<String> countryOfTld(String tld) {
    return tld == null
        ? Optional.empty()
        : Optional.ofNullable(countryByTld.get(tld.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The country a web address's outlet is based in: the directory's, else its country-code
   * top-level domain's.
   */
  public Optional<String> countryOfAddress(String url) {
    Optional<Outlet> o = byAddress(url);
    return o.isPresent()
        ? o.map(Outlet::country)
        : WebDomain.topLevel(url).flatMap(this::countryOfTld);
  }

  /** A name without case or a leading article. */
  static String nameKey(String name) {
    return name.strip()
        .replace('\u2019', '\'')
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\u00a0]+", " ")
        .replaceFirst("^the ", "");
  }
}
