package org.dyad.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.dyad.ingest.InputException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Response;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.HttpCookieStore;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * Downloads http(s) URLs for ingest: connect and read timeouts, redirects followed up to a bound
 * (each fetched once, loops detected), bodies capped at the input size limit, a User-Agent naming
 * Dyad, a delay between requests to one host and a limit on requests in flight. Every host, the
 * first and each redirect's, is resolved once and the address connected to is the one checked
 * against the {@link AddressPolicy}; numeric hosts are read as browsers read them. Every failure is
 * an {@link InputException} whose message names the problem. Thread-safe.
 */
public final class WebClient {

  private static final String ACCEPT =
      "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
          + " application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8,"
          + " */*;q=0.5";

  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(402, "Payment Required"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(410, "Gone"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(451, "Unavailable For Legal Reasons"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private final WebOptions options;
  private final long maxBytes;
  private final HostThrottle throttle;
  private final Semaphore inFlight;
  private final AddressPolicy policy;
  private final HostLookup dns;
  private HttpClient client;

  /** Resolves host names to addresses; a stand-in for DNS in tests. */
  @FunctionalInterface
  interface HostLookup {
    InetAddress[] lookup(String host) throws UnknownHostException;
  }

  /** A client for {@code options} whose downloads may be at most {@code maxBytes} long. */
  public WebClient(WebOptions options, long maxBytes) {
    this(
        options,
        maxBytes,
        options != null && options.allowPrivateHosts()
            ? AddressPolicy.any()
            : AddressPolicy.publicOnly(),
        InetAddress::getAllByName);
  }

  /**
   * A client that connects only where {@code policy} allows, to the addresses {@code dns} gives.
   */
  WebClient(WebOptions options, long maxBytes, AddressPolicy policy, HostLookup dns) {
    if (options == null || policy == null || dns == null) {
      throw new IllegalArgumentException("options, policy and dns must not be null");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.options = options;
    this.maxBytes = maxBytes;
    this.policy = policy;
    this.dns = dns;
    this.throttle = new HostThrottle(options.hostDelay());
    this.inFlight = new Semaphore(options.concurrency(), true);
  }

  /** A URL to fetch and its host as the URL wrote it (for messages about numeric forms). */
  private record Target(URI uri, String writtenHost) {}

  /** A response's status and headers, and its body when it is a 2xx one. */
  private record Fetched(int status, HttpFields headers, byte[] body) {}

  /**
   * Downloads {@code url}, following redirects.
   *
   * @throws InputException naming the problem (the caller names the URL)
   */
  public WebResponse get(String url) throws InputException {
    Target target = target(url);
    List<URI> chain = new ArrayList<>(List.of(target.uri()));
    while (true) {
      URI uri = target.uri();
      Fetched response = exchange(target, chain.size() > 1);
      int status = response.status();
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        String location = response.headers().get(HttpHeader.LOCATION);
        if (location == null || location.isBlank()) {
          throw new InputException("HTTP " + status + " redirect without a Location header");
        }
        Target next;
        try {
          next = target(uri.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException | InputException e) {
          throw new InputException("redirect to an invalid or non-http(s) URL '" + location + "'");
        }
        if (chain.contains(next.uri())) {
          throw new InputException(
              "redirect loop (" + uri + " redirects back to " + next.uri() + ")");
        }
        if (chain.size() > options.maxRedirects()) {
          throw new InputException(
              "more than "
                  + options.maxRedirects()
                  + " redirects (the last to "
                  + next.uri()
                  + ")");
        }
        chain.add(next.uri());
        target = next;
        continue;
      }
      String at = chain.size() > 1 ? " at " + uri : "";
      if (status >= 400) {
        String reason = REASONS.get(status);
        throw new InputException("HTTP " + status + (reason == null ? "" : " " + reason) + at);
      }
      if (status < 200 || status >= 300) {
        throw new InputException("unexpected HTTP status " + status + at);
      }
      byte[] body = response.body();
      if (body == null || body.length == 0) {
        throw new InputException("no content (HTTP " + status + " with an empty body)" + at);
      }
      String type = response.headers().get(HttpHeader.CONTENT_TYPE);
      return new WebResponse(uri, mediaType(type), charset(type), body);
    }
  }

  private Fetched exchange(Target target, boolean redirected) throws InputException {
    URI uri = target.uri();
    pause(throttle.reserve(uri.getHost()));
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted before downloading", e);
    }
    try {
      CompletableFuture<Fetched> result = new CompletableFuture<>();
      long total = options.connectTimeout().plus(options.readTimeout()).toMillis();
      client()
          .newRequest(uri)
          .method(HttpMethod.GET)
          .followRedirects(false)
          .timeout(total, TimeUnit.MILLISECONDS)
          .idleTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
          .headers(h -> h.put(HttpHeader.ACCEPT, ACCEPT))
          .send(new CappedBody(maxBytes, result));
      try {
        // The request's own timeout ends it first; this wait only guards against a lost callback.
        return result.get(total + 5_000, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        throw new InputException(
            "timed out: no complete response within " + seconds(options.readTimeout()), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException("interrupted while downloading", e);
      } catch (ExecutionException e) {
        throw failure(target, redirected, e.getCause());
      }
    } finally {
      inFlight.release();
    }
  }

  private InputException failure(Target target, boolean redirected, Throwable t) {
    URI uri = target.uri();
    String host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof CheckedResolver.Refused r) {
        return new InputException(refusal(target, redirected, r), c);
      }
      if (c instanceof TooLarge) {
        return new InputException(c.getMessage(), c);
      }
      if (c instanceof SocketTimeoutException) {
        return new InputException(
            "could not connect to " + host + " within " + seconds(options.connectTimeout()), c);
      }
      if (c instanceof TimeoutException) {
        return new InputException(
            "timed out: no complete response within " + seconds(options.readTimeout()), c);
      }
      if (c instanceof UnknownHostException) {
        return new InputException("host not found: " + uri.getHost(), c);
      }
      if (c instanceof SSLException) {
        return new InputException("TLS failed with " + host + ": " + c.getMessage(), c);
      }
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConnectException) {
        return new InputException(
            "cannot connect to "
                + host
                + " ("
                + (c.getMessage() == null ? "connection refused" : c.getMessage())
                + ")",
            c);
      }
    }
    if (t instanceof IOException) {
      return new InputException(
          "download failed: " + (t.getMessage() != null ? t.getMessage() : t.getClass().getName()),
          t);
    }
    return new InputException("download failed: " + t, t);
  }

  /**
   * Why a host is not fetched, in the words the URL used: {@code 127.0.0.1 is a loopback address},
   * {@code 0x7f.1 is 127.0.0.1, a loopback address}, {@code localhost resolves to 127.0.0.1, ...}.
   */
  private static String refusal(Target target, boolean redirected, CheckedResolver.Refused r) {
    String written = target.writtenHost();
    String address = r.address().getHostAddress();
    InetAddress literal = literal(target.uri().getHost());
    String what;
    if (literal != null && !written.equals(target.uri().getHost())) {
      what = written + " is " + address + ", " + r.kind();
    } else if (literal != null
        && literal.getClass() == literalFamily(written)
        && literal.equals(r.address())) {
      what = written + " is " + r.kind();
    } else if (literal != null) {
      what = written + " is " + address + ", " + r.kind();
    } else {
      what = written + " resolves to " + address + ", " + r.kind();
    }
    return "refused: "
        + (redirected ? "the redirect to " + target.uri() + ": " : "")
        + what
        + "; fetching it needs --allow-private-hosts";
  }

  /** The address family a literal as written names: IPv6 when bracketed, else IPv4. */
  private static Class<?> literalFamily(String written) {
    return written.startsWith("[") ? java.net.Inet6Address.class : java.net.Inet4Address.class;
  }

  /** The address an IP literal (IPv6 in brackets) names, or null for a host name; never DNS. */
  private static InetAddress literal(String host) {
    if (host == null) {
      return null;
    }
    boolean v6 = host.startsWith("[") && host.endsWith("]");
    if (!v6 && !host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return null;
    }
    try {
      return InetAddress.getByName(v6 ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private synchronized HttpClient client() throws InputException {
    if (client == null) {
      HttpClient c = new HttpClient();
      c.setFollowRedirects(false);
      c.setConnectTimeout(options.connectTimeout().toMillis());
      c.setIdleTimeout(options.readTimeout().toMillis());
      c.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, options.userAgent()));
      c.setCookieStore(new HttpCookieStore.Empty());
      c.setSocketAddressResolver(new CheckedResolver(policy, dns));
      c.setMaxConnectionsPerDestination(options.concurrency());
      QueuedThreadPool threads = new QueuedThreadPool(Math.max(8, options.concurrency() * 2), 1);
      threads.setName("dyad-web");
      threads.setDaemon(true);
      c.setExecutor(threads);
      c.setScheduler(new ScheduledExecutorScheduler("dyad-web-timer", true));
      try {
        c.start();
      } catch (Exception e) {
        throw new InputException("cannot start the HTTP client: " + e.getMessage(), e);
      }
      // Bodies are read as sent, so that the size cap counts what the server sends.
      c.getContentDecoderFactories().clear();
      client = c;
    }
    return client;
  }

  /**
   * {@code url} as an absolute http(s) URI with a host, and the host as written; a numeric host in
   * any form browsers accept is rewritten to its dotted-quad address.
   */
  private static Target target(String url) throws InputException {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new InputException("not a valid URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException("not an http(s) URL");
    }
    String host = uri.getHost();
    int port = uri.getPort();
    String userInfo = uri.getRawUserInfo();
    if (host == null && uri.getRawAuthority() != null) {
      // java.net.URI gives no host for forms such as 0x7f.1 or 127.1; read the authority itself.
      String authority = uri.getRawAuthority();
      int at = authority.lastIndexOf('@');
      userInfo = at < 0 ? null : authority.substring(0, at);
      String hostPort = authority.substring(at + 1);
      int colon = hostPort.lastIndexOf(':');
      if (colon >= 0 && hostPort.substring(colon + 1).matches("\\d{1,5}")) {
        port = Integer.parseInt(hostPort.substring(colon + 1));
        hostPort = hostPort.substring(0, colon);
      }
      host = hostPort.matches("[A-Za-z0-9.]+") ? hostPort : null;
    }
    if (host == null || host.isBlank()) {
      throw new InputException("URL without a host name");
    }
    String canonical = host.startsWith("[") ? null : NumericHost.canonical(host);
    if (canonical == null || (canonical.equals(host) && uri.getHost() != null)) {
      return new Target(uri, host);
    }
    StringBuilder rebuilt = new StringBuilder(scheme).append("://");
    if (userInfo != null) {
      rebuilt.append(userInfo).append('@');
    }
    rebuilt.append(canonical);
    if (port >= 0) {
      rebuilt.append(':').append(port);
    }
    rebuilt.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      rebuilt.append('?').append(uri.getRawQuery());
    }
    if (uri.getRawFragment() != null) {
      rebuilt.append('#').append(uri.getRawFragment());
    }
    try {
      return new Target(new URI(rebuilt.toString()), host);
    } catch (URISyntaxException e) {
      throw new InputException("not a valid URL: " + e.getMessage(), e);
    }
  }

  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? null : t;
  }

  static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String param : contentType.split(";")) {
      String[] kv = param.split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        String v = kv[1].strip().replaceAll("^[\"']|[\"']$", "");
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  private static void pause(Duration wait) throws InputException {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted while waiting to download", e);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? d.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** A body that grew past the input limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /**
   * Collects a 2xx body up to {@code max} bytes, refusing it as soon as it is announced or grows
   * larger; of other responses only the status and headers are kept and the body is not read.
   */
  private static final class CappedBody extends Response.Listener.Adapter {
    private final long max;
    private final CompletableFuture<Fetched> result;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    CappedBody(long max, CompletableFuture<Fetched> result) {
      this.max = max;
      this.result = result;
    }

    @Override
    public void onHeaders(Response response) {
      int status = response.getStatus();
      if (status < 200 || status >= 300) {
        result.complete(new Fetched(status, response.getHeaders(), null));
        response.abort(new NotRead());
        return;
      }
      long length = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
      if (length > max) {
        TooLarge tooLarge =
            new TooLarge(
                "response is "
                    + megabytes(length)
                    + ", above the "
                    + megabytes(max)
                    + " input limit (raise it with --max-input-mb)");
        result.completeExceptionally(tooLarge);
        response.abort(tooLarge);
      }
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
      if (result.isDone()) {
        return;
      }
      if (buffer.size() + (long) content.remaining() > max) {
        TooLarge tooLarge =
            new TooLarge(
                "response is over the "
                    + megabytes(max)
                    + " input limit (raise it with --max-input-mb)");
        result.completeExceptionally(tooLarge);
        response.abort(tooLarge);
        return;
      }
      byte[] bytes = new byte[content.remaining()];
      content.get(bytes);
      buffer.writeBytes(bytes);
    }

    @Override
    public void onComplete(Result r) {
      if (r.isFailed()) {
        result.completeExceptionally(r.getFailure());
      } else {
        Response response = r.getResponse();
        result.complete(
            new Fetched(response.getStatus(), response.getHeaders(), buffer.toByteArray()));
      }
    }
  }

  /** The body of a response that is not a 2xx one, left unread. */
  private static final class NotRead extends IOException {
    private static final long serialVersionUID = 1L;

    NotRead() {
      super("body not read");
    }
  }
}
