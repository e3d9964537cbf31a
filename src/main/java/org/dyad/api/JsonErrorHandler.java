package org.dyad.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages replaced by the API's JSON errors with its security headers: for requests
 * Jetty refuses before any handler sees them (malformed request lines, URIs or headers that are too
 * long, ambiguous paths) and for errors raised outside the API's own handlers.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.apply(fields);
    return ByteBuffer.wrap(SecurityHeaders.errorBody(message(status, reason)));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    SecurityHeaders.apply(response, null);
    // Messages raised behind the handlers may carry internals: only the status is told.
    SecurityHeaders.sendError(response, code, message(code, null), true);
    baseRequest.setHandled(true);
  }

  /** The reason for a 4xx (the HTTP parser's words, which name the fault); else generic. */
  private static String message(int status, String reason) {
    String name = HttpStatus.getMessage(status);
    if (status >= 500) {
      return status == 505 ? "unsupported HTTP version" : "internal error (see the server's log)";
    }
    String r = SecurityHeaders.oneLine(reason);
    return "bad request: "
        + (r.isEmpty() || r.equalsIgnoreCase(name) ? name : r).toLowerCase(java.util.Locale.ROOT);
  }
}
