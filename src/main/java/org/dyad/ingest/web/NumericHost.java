package org.dyad.ingest.web;

import java.util.Locale;
import org.dyad.ingest.InputException;

/**
 * Host names that are IPv4 addresses in one of the forms browsers accept ({@code 2130706433},
 * {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}), read as the WHATWG URL standard reads them,
 * so that Dyad fetches the address a browser would and judges it by that address.
 */
final class NumericHost {

  private NumericHost() {}

  /**
   * The dotted-quad form of a host that ends in a number, or null for a host name.
   *
   * @throws InputException when the host ends in a number but is no valid IPv4 address
   */
  static String canonical(String host) throws InputException {
    String h =
        host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
    String[] parts = h.split("\\.", -1);
    if (!isNumber(parts[parts.length - 1])) {
      return null;
    }
    if (parts.length > 4) {
      throw invalid(host);
    }
    long[] numbers = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = parse(parts[i], host);
      if (i < parts.length - 1 && numbers[i] > 255) {
        throw invalid(host);
      }
    }
    long last = numbers[parts.length - 1];
    if (last >= 1L << (8 * (5 - parts.length))) {
      throw invalid(host);
    }
    long address = last;
    for (int i = 0; i < parts.length - 1; i++) {
      address += numbers[i] << (8 * (3 - i));
    }
    return (address >> 24)
        + "."
        + ((address >> 16) & 0xff)
        + "."
        + ((address >> 8) & 0xff)
        + "."
        + (address & 0xff);
  }

  private static boolean isNumber(String part) {
    return !part.isEmpty()
        && (part.chars().allMatch(c -> c >= '0' && c <= '9')
            || part.toLowerCase(Locale.ROOT).matches("0x[0-9a-f]*"));
  }

  private static long parse(String part, String host) throws InputException {
    String p = part.toLowerCase(Locale.ROOT);
    int radix = 10;
    if (p.startsWith("0x")) {
      p = p.substring(2);
      radix = 16;
      if (p.isEmpty()) {
        return 0;
      }
    } else if (p.length() > 1 && p.startsWith("0")) {
      p = p.substring(1);
      radix = 8;
    }
    if (p.isEmpty() || p.length() > 12) {
      throw invalid(host);
    }
    try {
      return Long.parseLong(p, radix);
    } catch (NumberFormatException e) {
      throw invalid(host);
    }
  }

  private static InputException invalid(String host) {
    return new InputException("not a valid URL: the host '" + host + "' is no valid IPv4 address");
  }
}
