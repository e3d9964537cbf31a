package org.dyad.ingest.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Resolves a host once per connection and hands the HTTP client exactly the addresses it checked,
 * so that a name server that answers differently the second time (DNS rebinding) cannot swap in an
 * address the policy refuses. A name with any refused address is refused whole.
 */
final class CheckedResolver implements SocketAddressResolver {

  /** A host whose address the policy refuses. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient InetAddress address;
    private final String kind;

    Refused(String host, InetAddress address, String kind) {
      super(host + " is " + address.getHostAddress() + ", " + kind);
      this.address = address;
      this.kind = kind;
    }

    InetAddress address() {
      return address;
    }

    String kind() {
      return kind;
    }
  }

  private final AddressPolicy policy;
  private final WebClient.HostLookup dns;

  CheckedResolver(AddressPolicy policy, WebClient.HostLookup dns) {
    this.policy = policy;
    this.dns = dns;
  }

  @Override
  public void resolve(String host, int port, Promise<List<InetSocketAddress>> promise) {
    try {
      promise.succeeded(resolve(host, port));
    } catch (IOException | RuntimeException e) {
      promise.failed(e);
    }
  }

  /** The checked addresses of {@code host} (a name or an IP literal, IPv6 in brackets or not). */
  List<InetSocketAddress> resolve(String host, int port) throws IOException {
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses = dns.lookup(h);
    if (addresses == null || addresses.length == 0) {
      throw new UnknownHostException(host);
    }
    List<InetSocketAddress> out = new ArrayList<>();
    for (InetAddress a : addresses) {
      String refusal = policy.refusal(a);
      if (refusal != null) {
        throw new Refused(host, a, refusal);
      }
      out.add(new InetSocketAddress(a, port));
    }
    return out;
  }
}
