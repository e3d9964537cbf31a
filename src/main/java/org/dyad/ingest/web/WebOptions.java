package org.dyad.ingest.web;

import java.time.Duration;

/**
 * How Dyad fetches http(s) inputs and the pages feed items link to.
 *
 * @param followLinks fetch the page of a feed item that carries only a summary
 * @param readTimeout longest wait for a whole response, headers and body, once connected
 * @param hostDelay least time between the starts of two requests to one host
 * @param concurrency most requests in flight at once
 * @param allowPrivateHosts also fetch from loopback, private, link-local and other addresses that
 *     are not public (off by default: a URL or feed link must not reach the machine's own services,
 *     its network or a cloud metadata service)
 */
public record WebOptions(
    boolean followLinks,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRedirects,
    Duration hostDelay,
    int concurrency,
    String userAgent,
    boolean allowPrivateHosts) {

  /** The User-Agent Dyad sends: its name and version, so that publishers can tell who fetches. */
  public static final String USER_AGENT =
      "Dyad/0.1.0 (news analysis of two countries' coverage; Java HttpClient)";

  public WebOptions {
    positive("connectTimeout", connectTimeout);
    positive("readTimeout", readTimeout);
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be in 0..20: " + maxRedirects);
    }
    if (hostDelay == null || hostDelay.isNegative()) {
      throw new IllegalArgumentException("hostDelay must not be negative: " + hostDelay);
    }
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException("concurrency must be in 1..64: " + concurrency);
    }
    if (userAgent == null || userAgent.isBlank() || userAgent.matches("(?s).*[\\r\\n].*")) {
      throw new IllegalArgumentException(
          "userAgent must be one non-blank line: '" + userAgent + "'");
    }
  }

  /**
   * Links followed, 10 s to connect, 30 s to read, 5 redirects, 1 s between requests to one host, 4
   * requests at once, public addresses only.
   */
  public static WebOptions defaults() {
    return new WebOptions(
        true,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        5,
        Duration.ofSeconds(1),
        4,
        USER_AGENT,
        false);
  }

  public WebOptions withFollowLinks(boolean follow) {
    return new WebOptions(
        follow,
        connectTimeout,
        readTimeout,
        maxRedirects,
        hostDelay,
        concurrency,
        userAgent,
        allowPrivateHosts);
  }

  public WebOptions withTimeouts(Duration connect, Duration read) {
    return new WebOptions(
        followLinks,
        connect,
        read,
        maxRedirects,
        hostDelay,
        concurrency,
        userAgent,
        allowPrivateHosts);
  }

  public WebOptions withHostDelay(Duration delay) {
    return new WebOptions(
        followLinks,
        connectTimeout,
        readTimeout,
        maxRedirects,
        delay,
        concurrency,
        userAgent,
        allowPrivateHosts);
  }

  public WebOptions withConcurrency(int n) {
    return new WebOptions(
        followLinks,
        connectTimeout,
        readTimeout,
        maxRedirects,
        hostDelay,
        n,
        userAgent,
        allowPrivateHosts);
  }

  public WebOptions withPrivateHosts(boolean allow) {
    return new WebOptions(
        followLinks,
        connectTimeout,
        readTimeout,
        maxRedirects,
        hostDelay,
        concurrency,
        userAgent,
        allow);
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }
}
