package org.dyad.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte by byte over a socket, for what {@link java.net.http.HttpClient} will not
 * send: any Host header, unknown methods, malformed targets, bodies that never come.
 */
final class RawHttp {

  /** A parsed response; header names are lower case. */
  record Reply(int status, Map<String, String> headers, String body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  private RawHttp() {}

  /** Opens a connection to the server on loopback, with a read timeout. */
  static Socket connect(int port) throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
    s.setSoTimeout(30_000);
    return s;
  }

  /**
   * Sends {@code head} (request line and headers, lines separated by CRLF, without the blank line
   * that ends them) and {@code body}, and reads the response until the server closes.
   */
  static Reply send(int port, String head, byte[] body) throws IOException {
    try (Socket s = connect(port)) {
      OutputStream out = s.getOutputStream();
      out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(s.getInputStream());
    }
  }

  static Reply send(int port, String head) throws IOException {
    return send(port, head, new byte[0]);
  }

  /** A GET of {@code target} with only the headers given (and {@code Connection: close}). */
  static Reply get(int port, String target, String... headers) throws IOException {
    StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1");
    for (String h : headers) {
      head.append("\r\n").append(h);
    }
    return send(port, head.append("\r\nConnection: close").toString());
  }

  /** Reads one response; the body ends where its length says, or where the connection closes. */
  static Reply read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int headEnd = -1;
    long need = -1;
    boolean chunked = false;
    Map<String, String> headers = new LinkedHashMap<>();
    int status = -1;
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        all.write(buffer, 0, n);
        byte[] bytes = all.toByteArray();
        if (headEnd < 0) {
          headEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          if (headEnd >= 0) {
            String[] lines =
                new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
            status = Integer.parseInt(lines[0].split(" ")[1]);
            for (int i = 1; i < lines.length; i++) {
              int colon = lines[i].indexOf(':');
              headers.put(
                  lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                  lines[i].substring(colon + 1).strip());
            }
            chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
            if (headers.containsKey("content-length")) {
              need = Long.parseLong(headers.get("content-length"));
            }
          }
        }
        if (headEnd >= 0 && need >= 0 && bytes.length - headEnd - 4 >= need) {
          break;
        }
        if (headEnd >= 0 && chunked && endsWith(bytes, "0\r\n\r\n")) {
          break;
        }
      }
    } catch (SocketException e) {
      // The server reset the connection after its response; what arrived is the answer.
    }
    byte[] bytes = all.toByteArray();
    if (headEnd < 0) {
      throw new IOException(
          "no complete response: '" + new String(bytes, StandardCharsets.ISO_8859_1) + "'");
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
    if (chunked) {
      body = dechunk(body);
    } else if (need >= 0 && body.length > need) {
      body = java.util.Arrays.copyOf(body, (int) need);
    }
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < body.length) {
      int lineEnd =
          indexOf(java.util.Arrays.copyOfRange(body, i, body.length), new byte[] {13, 10});
      if (lineEnd < 0) {
        break;
      }
      String size = new String(body, i, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0];
      int n = Integer.parseInt(size.strip(), 16);
      i += lineEnd + 2;
      if (n == 0) {
        break;
      }
      out.write(body, i, Math.min(n, body.length - i));
      i += n + 2;
    }
    return out.toByteArray();
  }

  private static boolean endsWith(byte[] bytes, String suffix) {
    byte[] s = suffix.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length < s.length) {
      return false;
    }
    for (int i = 0; i < s.length; i++) {
      if (bytes[bytes.length - s.length + i] != s[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= bytes.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
