package org.dyad.ingest.outlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

  private static final Provenance P = new Provenance(OutletDirectory.standard());
  private static final String BODY =
      "Port officials reopened the northern terminal on Tuesday after a week of repairs to the"
          + " damaged cranes, the operator said.";

  private static Provenance.Result of(String url, String stated, String page, String... lines) {
    List<String> l = List.of(lines);
    int body = l.indexOf(BODY);
    return P.of(url, stated, page, l, Set.of(), body < 0 ? l.size() : body);
  }

  @Test
  void theOutletIsTheStatedNameElseTheDirectoryElseThePageElseTheDomain() {
    assertEquals(
        "Harbour Daily", of("https://www.reuters.com/a", "Harbour Daily", null, BODY).outlet());
    assertEquals("Reuters", of("https://www.reuters.com/a", null, "Reuters Staff", BODY).outlet());
    assertEquals(
        "Quay Post", of("https://quaypost.example.net/a", null, "Quay Post", BODY).outlet());
    assertEquals("quaypost.co.uk", of("https://www.quaypost.co.uk/a", null, null, BODY).outlet());
    assertNull(of(null, null, null, BODY).outlet());
  }

  @Test
  void aWireDatelineNamesTheAgencyCarried() {
    Provenance.Result r =
        of(
            "https://quaypost.example.net/a",
            null,
            null,
            "Cranes back at work",
            "HAMBURG, May 4 (Reuters) - " + BODY);
    assertEquals("Reuters", r.syndicatedFrom());
    assertEquals(
        "Associated Press of Pakistan",
        of(null, null, null, "KARACHI, Apr 2 (APP): " + BODY).syndicatedFrom());
  }

  @Test
  void aBylineSourceLineHeaderCreditOrClosingCreditNamesIt() {
    assertEquals(
        "Anadolu", of(null, null, null, "Cranes back", "By Anadolu Agency", BODY).syndicatedFrom());
    assertEquals(
        "Agence France-Presse", of(null, null, null, BODY, "Source: AFP").syndicatedFrom());
    assertEquals(
        "Global Times",
        of(null, null, null, "Cranes back at work", "Global Times", BODY).syndicatedFrom());
    assertEquals(
        "Press Trust of India",
        of(null, null, null, BODY, "With inputs from PTI").syndicatedFrom());
  }

  @Test
  void peopleAStaffDeskOrThePublisherItselfAreNoSyndication() {
    assertNull(of(null, null, null, "By Reuters and Harbour Daily Staff", BODY).syndicatedFrom());
    assertNull(of(null, null, null, "By Jane Roe", BODY).syndicatedFrom());
    assertNull(
        of("https://www.reuters.com/a", null, null, "LONDON (Reuters) - " + BODY).syndicatedFrom());
    assertNull(of(null, "AFP", null, BODY, "Source: AFP").syndicatedFrom());
    assertNull(of(null, null, null, BODY, "With inputs from our correspondent").syndicatedFrom());
  }

  @Test
  void captionsAndCreditsAreNotEvidence() {
    List<String> lines = List.of("Cranes back at work", BODY, "(Reuters)");
    assertNull(P.of(null, null, null, lines, Set.of(2), 1).syndicatedFrom());
  }
}
