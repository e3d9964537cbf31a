package org.dyad.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on an ephemeral loopback port serving the fixtures under {@code
 * src/test/resources/feeds/}, with {@code {{BASE}}} replaced by its own address; it records the
 * requests it receives.
 */
public final class FixtureServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService pool;
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  private final List<String> requests = new ArrayList<>();
  private final List<String> userAgents = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  private FixtureServer(InetAddress address) throws IOException {
    server = HttpServer.create(new InetSocketAddress(address, 0), 0);
    pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fixture-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext("/", this::dispatch);
    server.start();
  }

  public static FixtureServer start() throws IOException {
    return new FixtureServer(InetAddress.getLoopbackAddress());
  }

  /** A server on another address, such as {@code 127.0.0.2} (Linux answers all of 127/8). */
  public static FixtureServer start(InetAddress address) throws IOException {
    return new FixtureServer(address);
  }

  /** {@code http://127.0.0.1:PORT}, or the address it listens on. */
  public String base() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url(String path) {
    return base() + path;
  }

  /** Serves the fixture {@code feeds/<resource>} at {@code path}. */
  public FixtureServer resource(String path, String resource, String contentType) {
    byte[] body = fixture(resource, base());
    return respond(path, 200, contentType, body);
  }

  public FixtureServer respond(String path, int status, String contentType, byte[] body) {
    routes.put(
        path,
        ex -> {
          if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
          }
          ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    return this;
  }

  public FixtureServer redirect(String path, int status, String location) {
    routes.put(
        path,
        ex -> {
          ex.getResponseHeaders().set("Location", location);
          ex.sendResponseHeaders(status, -1);
          ex.close();
        });
    return this;
  }

  public FixtureServer handle(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  /** The paths requested so far, in order. */
  public synchronized List<String> requested() {
    return List.copyOf(requests);
  }

  public synchronized List<String> userAgents() {
    return List.copyOf(userAgents);
  }

  /** The most requests the server was handling at one time. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  /** The bytes of fixture {@code feeds/<name>}, with {@code {{BASE}}} replaced by {@code base}. */
  public static byte[] fixture(String name, String base) {
    try (InputStream in = FixtureServer.class.getResourceAsStream("/feeds/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture feeds/" + name);
      }
      // Latin-1 maps every byte to one char, so replacing in it keeps any ASCII-based charset.
      String s = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return s.replace("{{BASE}}", base).getBytes(StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    synchronized (this) {
      requests.add(path);
      userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
    }
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      HttpHandler h = routes.get(path);
      if (h == null) {
        ex.sendResponseHeaders(404, -1);
        ex.close();
      } else {
        h.handle(ex);
      }
    } catch (IOException e) {
      // The client gave up (a timeout or a size cap); nothing more to send.
    } finally {
      inFlight.decrementAndGet();
      ex.close();
    }
  }
}
