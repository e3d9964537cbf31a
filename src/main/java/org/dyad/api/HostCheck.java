package org.dyad.api;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the server answers, against DNS rebinding (a page whose host name
 * comes to point at this server must not read it): the listening address (every local address when
 * it listens on all of them), loopback addresses, {@code localhost} and the public host names it
 * was given. Thread-safe.
 */
final class HostCheck {

  private static final Pattern NAME =
      Pattern.compile(
          "(?i)(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
              + "(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

  private final Set<String> names = new HashSet<>();
  private final Set<InetAddress> addresses = new HashSet<>();
  private final boolean everyLocalAddress;

  /**
   * @param boundHost the address or name the server listens on
   * @param publicHosts further names (or addresses) clients may use to reach it
   */
  HostCheck(String boundHost, List<String> publicHosts) {
    names.add("localhost");
    boolean wildcard = false;
    for (String h : concat(boundHost, publicHosts)) {
      InetAddress literal = literal(h);
      if (literal == null) {
        names.add(h.toLowerCase(Locale.ROOT));
      } else if (literal.isAnyLocalAddress()) {
        wildcard = true;
      } else {
        addresses.add(literal);
      }
    }
    this.everyLocalAddress = wildcard;
  }

  /** True for a host name or an IP address literal (an IPv6 one with or without brackets). */
  static boolean isHostName(String s) {
    return s != null && (NAME.matcher(s).matches() || literal(s) != null);
  }

  /** True when a request with this {@code Host} header (host and optional port) is answered. */
  boolean allows(String header) {
    if (header == null) {
      return false;
    }
    String host = stripPort(header.strip());
    if (host == null || host.isEmpty()) {
      return false;
    }
    if (host.endsWith(".") && !host.startsWith("[")) {
      host = host.substring(0, host.length() - 1);
    }
    InetAddress address = literal(host);
    if (address == null) {
      return NAME.matcher(host).matches() && names.contains(host.toLowerCase(Locale.ROOT));
    }
    if (address.isLoopbackAddress() || addresses.contains(address)) {
      return true;
    }
    return everyLocalAddress && isLocal(address);
  }

  /** The host of {@code host[:port]} or {@code [v6][:port]}, or null when the port is malformed. */
  private static String stripPort(String header) {
    int colon;
    if (header.startsWith("[")) {
      int close = header.indexOf(']');
      if (close < 0) {
        return null;
      }
      colon = close + 1 < header.length() ? close + 1 : -1;
      if (colon > 0 && header.charAt(colon) != ':') {
        return null;
      }
    } else {
      colon = header.indexOf(':');
      if (colon >= 0 && header.indexOf(':', colon + 1) >= 0) {
        return null;
      }
    }
    if (colon < 0) {
      return header;
    }
    String port = header.substring(colon + 1);
    return port.matches("\\d{1,5}") ? header.substring(0, colon) : null;
  }

  /** The address an IPv4 dotted quad or (bracketed) IPv6 literal names, or null; never DNS. */
  static InetAddress literal(String s) {
    String h = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
    boolean v4 = IPV4.matcher(h).matches();
    if (!v4 && !(h.indexOf(':') >= 0 && IPV6.matcher(h).matches())) {
      return null;
    }
    try {
      return InetAddress.getByName(h);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean isLocal(InetAddress address) {
    try {
      return NetworkInterface.getByInetAddress(address) != null;
    } catch (SocketException e) {
      return false;
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>(rest);
    all.add(0, first);
    return all;
  }
}
