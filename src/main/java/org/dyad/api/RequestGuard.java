package org.dyad.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Checks every request before the API and the web UI see it: only known methods (others get 405),
 * only {@code Host} headers that name this server (against DNS rebinding), and no state-changing
 * request from another site's page (its {@code Origin} or {@code Sec-Fetch-Site} says so) unless
 * that origin was allowed with {@code --cors-origin}. Every response gets the security headers, and
 * API responses to an allowed origin the CORS headers that let its pages read them.
 */
final class RequestGuard extends HandlerWrapper {

  /** The methods the server answers; OPTIONS for CORS preflights. */
  static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final HostCheck hosts;
  private final Set<String> corsOrigins;

  RequestGuard(HostCheck hosts, List<String> corsOrigins) {
    this.hosts = hosts;
    this.corsOrigins =
        Set.copyOf(corsOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList());
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    SecurityHeaders.apply(response, baseRequest.getHttpURI().getPath());
    String method = request.getMethod();
    String refusal = null;
    int status = 0;
    String host = request.getHeader("Host");
    String authority = baseRequest.getHttpURI().getAuthority();
    if (!METHODS.contains(method)) {
      status = 405;
      refusal =
          "method " + SecurityHeaders.oneLine(method) + " is not allowed (" + ALLOWED_METHODS + ")";
      response.setHeader("Allow", ALLOWED_METHODS);
    } else if (host == null || host.isBlank()) {
      status = 400;
      refusal = "a Host header is required";
    } else if (!hosts.allows(host) || (authority != null && !hosts.allows(authority))) {
      status = 403;
      refusal =
          "this server does not answer to the host '"
              + SecurityHeaders.oneLine(
                  authority != null && !hosts.allows(authority) ? authority : host)
              + "'; start it with --public-host NAME to serve it under another name";
    } else if (!SAFE_METHODS.contains(method) && crossSite(request, host)) {
      status = 403;
      refusal =
          "cross-site request refused: a page of another site ("
              + SecurityHeaders.oneLine(
                  request.getHeader("Origin") != null
                      ? request.getHeader("Origin")
                      : "Sec-Fetch-Site: " + request.getHeader("Sec-Fetch-Site"))
              + ") may not change this server's data; allow its origin with --cors-origin";
    }
    if (refusal != null) {
      baseRequest.setHandled(true);
      SecurityHeaders.sendError(response, status, refusal, !SAFE_METHODS.contains(method));
      return;
    }
    if (cors(request, response, baseRequest.getHttpURI().getPath())) {
      baseRequest.setHandled(true);
      return;
    }
    super.handle(target, baseRequest, request, response);
  }

  /**
   * Adds the CORS headers to an API response for an allowed origin; answers its preflight request
   * itself (true when it did).
   */
  private boolean cors(HttpServletRequest request, HttpServletResponse response, String path) {
    String origin = request.getHeader("Origin");
    if (origin == null
        || path == null
        || !path.startsWith("/api/")
        || !corsOrigins.contains(origin.strip().toLowerCase(Locale.ROOT))) {
      return false;
    }
    response.setHeader("Access-Control-Allow-Origin", origin.strip());
    response.addHeader("Vary", "Origin");
    if (!request.getMethod().equals("OPTIONS")
        || request.getHeader("Access-Control-Request-Method") == null) {
      return false;
    }
    response.setHeader("Access-Control-Allow-Methods", "GET, POST");
    response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
    response.setHeader("Access-Control-Max-Age", "600");
    response.setStatus(204);
    return true;
  }

  /**
   * True when a browser says the request comes from another site's page: an {@code Origin} that is
   * neither this server's own (same host and port as the {@code Host} header) nor an allowed CORS
   * origin, or without an {@code Origin}, a {@code Sec-Fetch-Site} other than same-origin or none.
   * Requests that carry neither come from programs, not pages, and pass.
   */
  private boolean crossSite(HttpServletRequest request, String host) {
    String origin = request.getHeader("Origin");
    if (origin != null) {
      String o = origin.strip().toLowerCase(Locale.ROOT);
      return !corsOrigins.contains(o) && !sameAuthority(o, host);
    }
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      String s = site.strip().toLowerCase(Locale.ROOT);
      return !s.equals("same-origin") && !s.equals("none");
    }
    return false;
  }

  /**
   * True when the origin names the host and port of the {@code Host} header; the scheme is left
   * out, so that a proxy that ends TLS in front of the server changes nothing.
   */
  private static boolean sameAuthority(String origin, String host) {
    try {
      URI uri = new URI(origin);
      if (uri.getScheme() == null
          || uri.getRawAuthority() == null
          || uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
        return false;
      }
      String expected = host.strip().toLowerCase(Locale.ROOT);
      String authority = uri.getRawAuthority();
      if (authority.equals(expected)) {
        return true;
      }
      // A default port may be written in one and left out of the other.
      String scheme = uri.getScheme();
      String port = scheme.equals("https") ? ":443" : scheme.equals("http") ? ":80" : null;
      return port != null
          && (authority.equals(expected + port) || (authority + port).equals(expected));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
