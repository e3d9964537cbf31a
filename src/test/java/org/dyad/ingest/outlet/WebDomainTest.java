package org.dyad.ingest.outlet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebDomainTest {

  @Test
  void registeredDomainsFollowThePublicSuffixList() {
    assertEquals(
        Optional.of("example.co.uk"), WebDomain.registered("https://news.example.co.uk/a/1"));
    assertEquals(
        Optional.of("example.com.ph"), WebDomain.registered("http://www.example.com.ph/x"));
    assertEquals(
        Optional.of("example.az"), WebDomain.registered("https://en.example.az/politics/"));
    assertEquals(
        Optional.of("someone.blogspot.com"), WebDomain.registered("someone.blogspot.com/p"));
  }

  @Test
  void hostsDropWwwAndRefuseAddressesWithoutADomainName() {
    assertEquals(Optional.of("en.example.org"), WebDomain.host("HTTPS://EN.Example.org/Path?q=1"));
    assertEquals(Optional.of("example.org"), WebDomain.host("www.example.org/news"));
    assertEquals(Optional.empty(), WebDomain.host("http://127.0.0.1:8080/a"));
    assertEquals(Optional.empty(), WebDomain.host("http://localhost/a"));
    assertEquals(Optional.empty(), WebDomain.host(null));
    assertEquals(Optional.empty(), WebDomain.registered("not a web address"));
  }

  @Test
  void anArchivedCopyIsThePageItKeeps() {
    String archived =
        "https://web.archive.org/web/20240102030405/https://www.example.ge/news/2024/01/01/story";
    assertEquals("https://www.example.ge/news/2024/01/01/story", WebDomain.unwrap(archived));
    assertEquals(Optional.of("example.ge"), WebDomain.registered(archived));
    assertEquals(Optional.of("ge"), WebDomain.topLevel(archived));
  }
}
