package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.ingest.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Downloads never reach loopback, private, link-local, multicast or unspecified addresses unless
 * allowed: whatever form the URL gives the address in, behind a host name or a redirect, and the
 * address checked is the one connected to.
 */
class WebClientAddressTest {

  private static final WebOptions FAST =
      WebOptions.defaults()
          .withHostDelay(Duration.ZERO)
          .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));

  private FixtureServer server;

  @BeforeEach
  void start() throws Exception {
    server = FixtureServer.start();
    server.respond("/page", 200, "text/plain", "inside".getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String refusal(WebClient client, String url) {
    return assertThrows(InputException.class, () -> client.get(url), url).getMessage();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://127.0.0.1:{port}/page | 127.0.0.1 is a loopback address",
        "http://localhost:{port}/page | localhost resolves to 127.0.0.1, a loopback address",
        "http://2130706433:{port}/page | 2130706433 is 127.0.0.1, a loopback address",
        "http://0x7f.1:{port}/page | 0x7f.1 is 127.0.0.1, a loopback address",
        "http://0x7f000001:{port}/page | 0x7f000001 is 127.0.0.1, a loopback address",
        "http://0177.0.0.1:{port}/page | 0177.0.0.1 is 127.0.0.1, a loopback address",
        "http://127.1:{port}/page | 127.1 is 127.0.0.1, a loopback address",
        "http://[::1]:{port}/page | [::1] is a loopback address",
        "http://[::ffff:127.0.0.1]:{port}/page | [::ffff:127.0.0.1] is 127.0.0.1, a loopback",
        "http://[0:0:0:0:0:ffff:7f00:1]:{port}/page | is 127.0.0.1, a loopback address",
        "http://0.0.0.0:{port}/page | 0.0.0.0 is the unspecified (this-network) address",
        "http://0:{port}/page | 0 is 0.0.0.0, the unspecified (this-network) address",
        "http://[::]:{port}/page | [::] is the unspecified address",
        "http://169.254.169.254/latest/meta-data/ | 169.254.169.254 is a link-local address",
        "http://[fe80::1]/ | [fe80::1] is a link-local address",
        "http://10.0.0.1/ | 10.0.0.1 is a private address",
        "http://172.16.5.4/ | 172.16.5.4 is a private address",
        "http://192.168.1.1/ | 192.168.1.1 is a private address",
        "http://100.64.0.1/ | 100.64.0.1 is a shared (carrier-grade NAT) address",
        "http://[fc00::1]/ | [fc00::1] is a private (unique local) address",
        "http://[fd00:ec2::254]/ | [fd00:ec2::254] is a private (unique local) address",
        "http://224.0.0.1/ | 224.0.0.1 is a multicast address",
        "http://[ff02::1]/ | [ff02::1] is a multicast address",
      })
  void everyFormOfANonPublicAddressIsRefused(String url, String reason) {
    WebClient client = new WebClient(FAST, 64 * 1024);
    String u = url.replace("{port}", Integer.toString(server.port()));
    String message = refusal(client, u);
    assertTrue(message.startsWith("refused: "), message);
    assertTrue(message.contains(reason), message);
    assertTrue(message.contains("--allow-private-hosts"), message);
    assertFalse(message.contains("\n"), message);
    assertEquals(List.of(), server.requested(), "nothing was fetched");
  }

  @Test
  void allowingPrivateHostsFetchesThem() throws Exception {
    WebClient client = new WebClient(FAST.withPrivateHosts(true), 64 * 1024);
    for (String host : List.of("127.0.0.1", "localhost", "2130706433", "0x7f.1", "127.1")) {
      WebResponse r = client.get("http://" + host + ":" + server.port() + "/page");
      assertEquals("inside", new String(r.body(), StandardCharsets.UTF_8), host);
    }
    assertEquals(5, server.requested().size());
  }

  @Test
  void everyRedirectIsCheckedAndFetchedOnce() throws Exception {
    InetAddress second = InetAddress.getByName("127.0.0.2");
    try (FixtureServer inside = FixtureServer.start(second)) {
      inside.respond("/secret", 200, "text/plain", "secret".getBytes(StandardCharsets.UTF_8));
      // The test's own server is allowed; everything else keeps the default policy.
      WebClient client =
          new WebClient(
              FAST,
              64 * 1024,
              AddressPolicy.publicOnly().except(InetAddress.getByName("127.0.0.1")),
              InetAddress::getAllByName);
      server.redirect("/to-second", 302, inside.url("/secret"));
      server.redirect("/to-metadata", 301, "http://169.254.169.254/latest/meta-data/");
      server.redirect("/to-v6", 307, "http://[::1]:" + server.port() + "/page");
      server.redirect("/to-number", 308, "http://2130706434:" + inside.port() + "/secret");
      server.redirect("/hop1", 302, "/hop2");
      server.redirect("/hop2", 302, server.url("/hop3"));
      server.redirect("/hop3", 303, "/page");

      String second1 = refusal(client, server.url("/to-second"));
      assertTrue(
          second1.startsWith(
              "refused: the redirect to "
                  + inside.url("/secret")
                  + ": 127.0.0.2 is a loopback address"),
          second1);
      assertTrue(
          refusal(client, server.url("/to-metadata"))
              .contains("169.254.169.254 is a link-local address"));
      assertTrue(refusal(client, server.url("/to-v6")).contains("[::1] is a loopback address"));
      assertTrue(
          refusal(client, server.url("/to-number"))
              .contains("2130706434 is 127.0.0.2, a loopback address"));
      assertEquals(List.of(), inside.requested(), "no redirect target behind the check was hit");

      assertEquals(
          "inside", new String(client.get(server.url("/hop1")).body(), StandardCharsets.UTF_8));
      assertEquals(
          List.of(
              "/to-second",
              "/to-metadata",
              "/to-v6",
              "/to-number",
              "/hop1",
              "/hop2",
              "/hop3",
              "/page"),
          server.requested(),
          "each hop fetched once");
    }
  }

  @Test
  void theAddressCheckedIsTheAddressConnectedTo() throws Exception {
    Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();
    InetAddress outside = InetAddress.getByName("203.0.113.7");
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    WebClient.HostLookup rebinding =
        host -> {
          int n = lookups.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
          switch (host) {
            case "public-then-loopback.test":
              // A rebinding name server: a public answer first, then this machine.
              return new InetAddress[] {n == 1 ? outside : loopback};
            case "loopback-then-public.test":
              return new InetAddress[] {n == 1 ? loopback : outside};
            case "mixed.test":
              return new InetAddress[] {outside, loopback};
            default:
              throw new UnknownHostException(host);
          }
        };
    WebClient client = new WebClient(FAST, 64 * 1024, AddressPolicy.publicOnly(), rebinding);

    String first = refusal(client, "http://public-then-loopback.test:" + server.port() + "/page");
    assertFalse(first.startsWith("refused"), first);
    assertEquals(1, lookups.get("public-then-loopback.test").get(), "resolved once, then pinned");

    String second = refusal(client, "http://loopback-then-public.test:" + server.port() + "/page");
    assertTrue(
        second.startsWith(
            "refused: loopback-then-public.test resolves to 127.0.0.1, a loopback address"),
        second);
    assertEquals(1, lookups.get("loopback-then-public.test").get());

    String mixed = refusal(client, "http://mixed.test:" + server.port() + "/page");
    assertTrue(mixed.contains("mixed.test resolves to 127.0.0.1, a loopback address"), mixed);
    assertEquals(List.of(), server.requested(), "the loopback server was never reached");
  }
}
