package org.dyad.ingest.outlet;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hosts and registered domains of web addresses; the registered domain ("timeslive.co.za" for
 * "www.timeslive.co.za") comes from the public-suffix list that Guava's {@link InternetDomainName}
 * carries, private suffixes included ("name.blogspot.com").
 */
public final class WebDomain {

  /** An archived copy names the page it keeps: "web.archive.org/web/2024.../https://...". */
  private static final Pattern ARCHIVED =
      Pattern.compile(
          "(?i)^https?://(?:web\\.archive\\.org|archive\\.(?:org|ph|today|is|li|md))"
              + "/(?:web/)?[^/]*/(https?://.+)$");

  private WebDomain() {}

  /** The address itself, or the address of the page an archive copy keeps. */
  public static String unwrap(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = ARCHIVED.matcher(url.strip());
    return m.matches() ? m.group(1) : url.strip();
  }

  /**
   * The lower-case host of an http(s) address or of a bare host name ("www.example.org/path"),
   * without a leading "www."; empty when there is none or it is not a domain name (an IP address,
   * "localhost").
   */
  public static Optional<String> host(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String u = unwrap(url);
    if (!u.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
      u = "http://" + u;
    }
    String host;
    try {
      host = new URI(u.replace(" ", "%20")).getHost();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (host == null || !host.contains(".") || host.matches("[\\d.]+|\\[.*")) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
  }

  /**
   * The registered domain of an address: its public suffix plus one label ("irna.ir" for
   * "https://en.irna.ir/news/1"); empty when the host is not under a known public suffix.
   */
  public static Optional<String> registered(String url) {
    return host(url).flatMap(WebDomain::registeredOfHost);
  }

  private static Optional<String> registeredOfHost(String host) {
    try {
      InternetDomainName d = InternetDomainName.from(host);
      if (d.isTopPrivateDomain() || d.isUnderPublicSuffix()) {
        return Optional.of(d.topPrivateDomain().toString());
      }
      return Optional.empty();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** The top-level domain of an address ("za" for "www.timeslive.co.za"), if it has a host. */
  public static Optional<String> topLevel(String url) {
    return host(url).map(h -> h.substring(h.lastIndexOf('.') + 1));
  }
}
