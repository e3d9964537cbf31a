package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "127.0.0.1 | a loopback address",
        "127.255.0.9 | a loopback address",
        "::1 | a loopback address",
        "0.0.0.0 | the unspecified (this-network) address",
        ":: | the unspecified address",
        "10.1.2.3 | a private address",
        "172.16.0.1 | a private address",
        "172.31.255.254 | a private address",
        "192.168.0.1 | a private address",
        "100.64.0.1 | a shared (carrier-grade NAT) address",
        "100.127.255.1 | a shared (carrier-grade NAT) address",
        "169.254.169.254 | a link-local address (where cloud metadata services answer)",
        "fe80::1 | a link-local address",
        "febf::1 | a link-local address",
        "fc00::1 | a private (unique local) address",
        "fd12:3456::1 | a private (unique local) address",
        "224.0.0.1 | a multicast address",
        "239.255.255.250 | a multicast address",
        "ff02::1 | a multicast address",
        "240.0.0.1 | a reserved address",
        "255.255.255.255 | the broadcast address",
        "::ffff:7f00:1 | a loopback address",
        "::ffff:a9fe:a9fe | a link-local address (where cloud metadata services answer)",
        "::7f00:1 | a loopback address inside an IPv6 address",
        "64:ff9b::a00:1 | a private address inside an IPv6 address",
        "2002:c0a8:0101::1 | a private address inside an IPv6 address",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2 | a Teredo tunnel address",
      })
  void everyNonPublicAddressIsRefusedByDefault(String address, String kind) throws Exception {
    InetAddress a = InetAddress.getByName(address);
    assertEquals(kind, AddressPolicy.publicOnly().refusal(a), address);
    assertNull(AddressPolicy.any().refusal(a), "--allow-private-hosts allows " + address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "93.184.216.34",
        "172.32.0.1",
        "100.128.0.1",
        "2606:4700:4700::1111",
        "2002:0808:0808::1",
        "::ffff:808:808"
      })
  void publicAddressesAreAllowed(String address) throws Exception {
    assertNull(AddressPolicy.publicOnly().refusal(InetAddress.getByName(address)), address);
  }
}
