package org.dyad.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorCodesTest {

  private static final ActorCodes CODES = new ActorCodes(Set.of("RUS", "PSE", "ARN", "MUS"));

  @Test
  void countryThenRoles() {
    assertEquals("RUS", CODES.country("RUSGOVMIL"));
    assertEquals("GOV", CODES.role("RUSGOVMIL"));
    assertEquals("PSE", CODES.country("PSEREBHMS"));
    assertEquals("REB", CODES.role("PSEREBHMS"));
    assertEquals("RUS", CODES.country("RUS"));
    assertNull(CODES.role("RUS"));
  }

  @Test
  void internationalPrefixes() {
    assertEquals("IGO", CODES.country("IGOUNO"));
    assertEquals("IGO", CODES.role("IGOUNO"));
    assertEquals("EU", CODES.country("IGOEUREEC"));
    assertNull(CODES.country("NGOHRIAMN"));
    assertEquals("NGO", CODES.role("NGOHRIAMN"));
    assertEquals("ARN", CODES.country("NGOARN"), "an agent before the country: MSF Arnor");
    assertEquals("NGO", CODES.role("NGOARN"));
    assertNull(CODES.country("IMGMUSISI"), "MUS after an international prefix is a religion");
    assertEquals("MUS", CODES.country("MUS"), "MUS first is Mauritius");
  }

  @Test
  void rolesAndRegionsAlone() {
    assertNull(CODES.country("COP"));
    assertEquals("COP", CODES.role("COP"));
    assertNull(CODES.country("MEAREB"));
    assertEquals("REB", CODES.role("MEAREB"));
    assertNull(CODES.country(null));
  }
}
