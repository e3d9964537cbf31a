package org.dyad.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every response carries, whichever layer sends it, and the JSON error body every error
 * path writes.
 */
final class SecurityHeaders {

  static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SecurityHeaders() {}

  /** Sets the policy headers on a response of the server's own handlers. */
  static void apply(HttpServletResponse response, String path) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", ApiServer.CONTENT_SECURITY_POLICY);
    if (path == null || path.startsWith("/api/")) {
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** Sets the policy headers and the JSON type on a response Jetty writes itself. */
  static void apply(HttpFields.Mutable fields) {
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("Referrer-Policy", "no-referrer");
    fields.put("Content-Security-Policy", ApiServer.CONTENT_SECURITY_POLICY);
    fields.put("Cache-Control", "no-store");
    fields.put("Content-Type", JSON_TYPE);
  }

  /** {@code {"error": message}} as UTF-8 bytes. */
  static byte[] errorBody(String message) {
    try {
      return JSON.writeValueAsBytes(ApiJson.error(message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * Writes a whole JSON error response; when the request may still be sending a body the server
   * will not read, the connection is closed after it.
   */
  static void sendError(
      HttpServletResponse response, int status, String message, boolean closeConnection)
      throws IOException {
    byte[] body = errorBody(message);
    response.setStatus(status);
    response.setContentType(JSON_TYPE);
    response.setContentLength(body.length);
    if (closeConnection) {
      response.setHeader("Connection", "close");
    }
    response.getOutputStream().write(body);
  }

  /** A message from the HTTP layer cut to one printable line of at most 200 characters. */
  static String oneLine(String message) {
    String m = message == null ? "" : message.replaceAll("[\\p{Cntrl}]+", " ").strip();
    return m.length() > 200 ? m.substring(0, 200) + "..." : m;
  }
}
