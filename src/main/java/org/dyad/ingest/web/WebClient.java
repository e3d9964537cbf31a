package org.dyad.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.dyad.ingest.InputException;

/**
 * Downloads http(s) URLs for ingest with {@link HttpClient}: connect and read timeouts, redirects
 * followed up to a bound (loops detected), bodies capped at the input size limit, a User-Agent
 * naming Dyad, a delay between requests to one host and a limit on requests in flight. Every
 * failure is an {@link InputException} whose message names the problem. Thread-safe.
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
  private HttpClient client;

  /** A client for {@code options} whose downloads may be at most {@code maxBytes} long. */
  public WebClient(WebOptions options, long maxBytes) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.options = options;
    this.maxBytes = maxBytes;
    this.throttle = new HostThrottle(options.hostDelay());
    this.inFlight = new Semaphore(options.concurrency(), true);
  }

  /**
   * Downloads {@code url}, following redirects.
   *
   * @throws InputException naming the problem (the caller names the URL)
   */
  public WebResponse get(String url) throws InputException {
    URI uri = httpUri(url);
    List<URI> chain = new ArrayList<>(List.of(uri));
    while (true) {
      HttpResponse<byte[]> response = exchange(uri);
      int status = response.statusCode();
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
          throw new InputException("HTTP " + status + " redirect without a Location header");
        }
        URI next;
        try {
          next = httpUri(uri.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException | InputException e) {
          throw new InputException("redirect to an invalid or non-http(s) URL '" + location + "'");
        }
        if (chain.contains(next)) {
          throw new InputException("redirect loop (" + uri + " redirects back to " + next + ")");
        }
        if (chain.size() > options.maxRedirects()) {
          throw new InputException(
              "more than " + options.maxRedirects() + " redirects (the last to " + next + ")");
        }
        chain.add(next);
        uri = next;
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
      String type = response.headers().firstValue("Content-Type").orElse(null);
      return new WebResponse(uri, mediaType(type), charset(type), body);
    }
  }

  private HttpResponse<byte[]> exchange(URI uri) throws InputException {
    pause(throttle.reserve(uri.getHost()));
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted before downloading", e);
    }
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(options.readTimeout())
              .header("User-Agent", options.userAgent())
              .header("Accept", ACCEPT)
              .GET()
              .build();
      CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, this::body);
      // The request timeout stops at the headers; this deadline also covers a trickling body.
      long deadline = options.connectTimeout().plus(options.readTimeout()).toMillis();
      try {
        return future.get(deadline, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new InputException(
            "timed out: no complete response within " + seconds(options.readTimeout()), e);
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new InputException("interrupted while downloading", e);
      } catch (ExecutionException e) {
        throw failure(uri, e.getCause());
      }
    } finally {
      inFlight.release();
    }
  }

  /** The body of a 2xx response, capped; other responses' bodies are not read. */
  private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
    int status = info.statusCode();
    if (status < 200 || status >= 300) {
      return new CappedBody(-1, null);
    }
    OptionalLong length = info.headers().firstValueAsLong("Content-Length");
    if (length.isPresent() && length.getAsLong() > maxBytes) {
      return new CappedBody(
          -1,
          new TooLarge(
              "response is "
                  + megabytes(length.getAsLong())
                  + ", above the "
                  + megabytes(maxBytes)
                  + " input limit (raise it with --max-input-mb)"));
    }
    return new CappedBody(maxBytes, null);
  }

  private InputException failure(URI uri, Throwable t) {
    String host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof TooLarge) {
        return new InputException(c.getMessage(), c);
      }
      if (c instanceof HttpConnectTimeoutException) {
        return new InputException(
            "could not connect to " + host + " within " + seconds(options.connectTimeout()), c);
      }
      if (c instanceof HttpTimeoutException) {
        return new InputException(
            "timed out: no response within " + seconds(options.readTimeout()), c);
      }
      if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
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

  private synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(options.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }
    return client;
  }

  /** {@code url} as an absolute http(s) URI with a host. */
  static URI httpUri(String url) throws InputException {
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
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new InputException("URL without a host name");
    }
    return uri;
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
   * Collects a body up to {@code max} bytes and cancels the download past it; with {@code max < 0}
   * it reads nothing and yields null, or fails with {@code refusal} when one is given.
   */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final TooLarge refusal;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedBody(long max, TooLarge refusal) {
      this.max = max;
      this.refusal = refusal;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (max < 0) {
        s.cancel();
        if (refusal != null) {
          result.completeExceptionally(refusal);
        } else {
          result.complete(null);
        }
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (buffer.size() + (long) b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(
              new TooLarge(
                  "response is over the "
                      + megabytes(max)
                      + " input limit (raise it with --max-input-mb)"));
          return;
        }
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        buffer.writeBytes(bytes);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(buffer.toByteArray());
    }
  }
}
