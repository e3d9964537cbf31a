package org.dyad.ingest.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Set;

/**
 * Which addresses downloads may connect to: by default only public unicast ones, so that a URL, a
 * feed link or a redirect cannot reach this machine (loopback), its networks (private,
 * carrier-grade NAT, link-local, where cloud metadata services live), multicast groups or the
 * unspecified address. IPv6 addresses that embed an IPv4 one (mapped, compatible, NAT64, 6to4) are
 * judged by it. Immutable.
 */
public final class AddressPolicy {

  private static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(false, Set.of());
  private static final AddressPolicy ANY = new AddressPolicy(true, Set.of());

  private final boolean allowAll;
  private final Set<InetAddress> exceptions;

  private AddressPolicy(boolean allowAll, Set<InetAddress> exceptions) {
    this.allowAll = allowAll;
    this.exceptions = exceptions;
  }

  /** Public unicast addresses only. */
  public static AddressPolicy publicOnly() {
    return PUBLIC_ONLY;
  }

  /** Every address ({@code --allow-private-hosts}). */
  public static AddressPolicy any() {
    return ANY;
  }

  /** This policy, also allowing exactly these addresses (a test's own server, say). */
  AddressPolicy except(InetAddress... allowed) {
    return new AddressPolicy(allowAll, Set.of(allowed));
  }

  /**
   * Why a download may not connect to {@code address} ("a loopback address"), or null when it may.
   */
  public String refusal(InetAddress address) {
    if (address == null) {
      throw new IllegalArgumentException("address must not be null");
    }
    if (allowAll || exceptions.contains(address)) {
      return null;
    }
    return kind(address);
  }

  /** What kind of non-public address this is, or null for a public unicast address. */
  static String kind(InetAddress address) {
    if (address instanceof Inet4Address) {
      return kind4(address.getAddress());
    }
    byte[] b = address.getAddress();
    if (address.isAnyLocalAddress()) {
      return "the unspecified address";
    }
    if (address.isLoopbackAddress()) {
      return "a loopback address";
    }
    if (address.isMulticastAddress()) {
      return "a multicast address";
    }
    if (address.isLinkLocalAddress()) {
      return "a link-local address";
    }
    if (address.isSiteLocalAddress() || (b[0] & 0xfe) == 0xfc) {
      return "a private (unique local) address";
    }
    byte[] embedded = embeddedIpv4((Inet6Address) address);
    if (embedded != null) {
      String inner = kind4(embedded);
      return inner == null ? null : inner + " inside an IPv6 address";
    }
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
      return "a Teredo tunnel address";
    }
    if (b[0] == 0x01 && b[1] == 0 && allZero(b, 2, 8)) {
      return "a discard-only (reserved) address";
    }
    return null;
  }

  private static String kind4(byte[] a) {
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    int b2 = a[2] & 0xff;
    if (b0 == 0) {
      return "the unspecified (this-network) address";
    }
    if (b0 == 127) {
      return "a loopback address";
    }
    if (b0 == 10 || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)) {
      return "a private address";
    }
    if (b0 == 100 && (b1 & 0xc0) == 64) {
      return "a shared (carrier-grade NAT) address";
    }
    if (b0 == 169 && b1 == 254) {
      return "a link-local address (where cloud metadata services answer)";
    }
    if (b0 >= 224 && b0 <= 239) {
      return "a multicast address";
    }
    if (b0 >= 240) {
      return b0 == 255 && b1 == 255 && b2 == 255 && (a[3] & 0xff) == 255
          ? "the broadcast address"
          : "a reserved address";
    }
    if ((b0 == 192 && b1 == 0 && b2 == 0) || (b0 == 198 && (b1 & 0xfe) == 18)) {
      return "a reserved address";
    }
    return null;
  }

  /** The IPv4 address an IPv6 one carries (mapped, compatible, NAT64 or 6to4), or null. */
  private static byte[] embeddedIpv4(Inet6Address address) {
    byte[] b = address.getAddress();
    boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 16);
    boolean nat64 =
        b[0] == 0
            && (b[1] & 0xff) == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b
            && allZero(b, 4, 12);
    if (mapped || compatible || nat64) {
      return new byte[] {b[12], b[13], b[14], b[15]};
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return new byte[] {b[2], b[3], b[4], b[5]};
    }
    return null;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
