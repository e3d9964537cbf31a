package org.dyad.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads request bodies within a size cap while they stream in, chunked ones included: a body is
 * refused as soon as it passes the cap, never buffered whole first.
 */
final class RequestBody {

  private RequestBody() {}

  /**
   * The body's bytes.
   *
   * @throws ApiError 413 past {@code max} bytes (announced or received), 400 when the body breaks
   *     off or stalls
   */
  static byte[] read(HttpServletRequest request, long max) {
    if (max <= 0) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    long declared = request.getContentLengthLong();
    if (declared > max) {
      throw tooLarge("is " + megabytes(declared) + ", above", max);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buffer = new byte[64 * 1024];
    try {
      InputStream in = request.getInputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if ((long) out.size() + n > max) {
          throw tooLarge("is over", max);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new ApiError(400, "the request body broke off or came too slowly");
    }
    return out.toByteArray();
  }

  /**
   * Refuses a request that announces a body, without waiting for it: such requests act on nothing
   * they send, and one whose body never comes must not act at all.
   */
  static void requireNone(HttpServletRequest request, String what) {
    if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
      throw new ApiError(400, what + " takes no request body");
    }
  }

  private static ApiError tooLarge(String how, long max) {
    return new ApiError(
        413, "the request body " + how + " the " + megabytes(max) + " limit; send fewer articles");
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
