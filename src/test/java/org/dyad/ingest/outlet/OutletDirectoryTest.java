package org.dyad.ingest.outlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Resources;
import org.junit.jupiter.api.Test;

class OutletDirectoryTest {

  private static final OutletDirectory DIR = OutletDirectory.standard();

  private static String name(Optional<Outlet> o) {
    return o.map(Outlet::name).orElse(null);
  }

  @Test
  void findsAnOutletByItsDomainOrAParentDomain() {
    assertEquals("IRNA", name(DIR.byAddress("https://en.irna.ir/news/85000000/")));
    assertEquals("Reuters", name(DIR.byAddress("https://www.reuters.com/world/")));
    assertEquals("Times of India", name(DIR.byAddress("https://m.timesofindia.indiatimes.com/x")));
    assertEquals(null, name(DIR.byAddress("https://no-such-outlet.example/")));
  }

  @Test
  void aMoreSpecificSubdomainRowWins() {
    assertEquals("O Globo", name(DIR.byAddress("https://oglobo.globo.com/mundo/")));
    assertEquals("TV Globo", name(DIR.byAddress("https://www.globo.com/")));
    assertEquals("Frontline", name(DIR.byAddress("https://frontline.thehindu.com/a")));
    assertEquals("The Hindu", name(DIR.byAddress("https://www.thehindu.com/a")));
  }

  @Test
  void namesMatchWithoutCaseArticleOrMedium() {
    assertEquals("Xinhua", name(DIR.byName("xinhua")));
    assertEquals("Associated Press", name(DIR.byName("the Associated Press")));
    assertEquals("Profile", name(DIR.byName("the Profile magazine")));
    assertEquals("Report.az", name(DIR.byName("Report.az")));
    assertTrue(DIR.byName("Xinhua").orElseThrow().isAgency());
  }

  @Test
  void aCountryNameIsNotTheOutletNamedAfterIt() {
    assertEquals(null, name(DIR.byName("Iran")));
    assertEquals(null, name(DIR.byName("China")));
    assertEquals("Iran Daily", name(DIR.byName("Iran Daily")));
  }

  @Test
  void theCountryOfAnAddressComesFromTheDirectoryElseTheCountryCode() {
    assertEquals(Optional.of("GBR"), DIR.countryOfAddress("https://www.reuters.com/x"));
    assertEquals(Optional.of("GEO"), DIR.countryOfAddress("https://unknown-paper.example.ge/x"));
    assertEquals(Optional.of("KEN"), DIR.countryOfAddress("https://small-site.co.ke/story"));
    assertEquals(Optional.empty(), DIR.countryOfAddress("https://small-site.com/story"));
  }

  @Test
  void everyDomainBelongsToOneOutletAndEveryRowIsComplete() {
    Set<String> domains = new HashSet<>();
    Set<String> countries = new HashSet<>();
    int rows = 0;
    for (String[] f : Resources.tsv("/dyad/outlets.tsv", 4)) {
      rows++;
      assertTrue(Outlet.KINDS.contains(f[3]), "kind of " + f[0]);
      countries.add(f[1]);
      for (String d : f[2].split("\\|")) {
        if (!d.isBlank()) {
          assertTrue(domains.add(d), "domain listed twice: " + d);
          assertEquals(d.toLowerCase(java.util.Locale.ROOT), d, "lower case: " + d);
        }
      }
    }
    assertTrue(rows > 1000, "rows: " + rows);
    assertTrue(countries.size() > 150, "countries: " + countries.size());
  }
}
