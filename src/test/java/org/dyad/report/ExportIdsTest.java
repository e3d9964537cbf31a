package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportIdsTest {

  private static final Map<String, String> IDS =
      Map.of("634f10f2c479980a", "a2", "0b1e9d55aa01c3f7", "a5");

  @Test
  void replacesIdsWhereverDivergencesAndReportsListThem() {
    assertEquals(
        "cause: natural (a2, a5) vs violence (a5)",
        ExportIds.replaceIds(
            "cause: natural (634f10f2c479980a, 0b1e9d55aa01c3f7) vs violence (0b1e9d55aa01c3f7)",
            IDS));
    assertEquals(
        "cause:violence only in a2; responsibility:admitted only in a5",
        ExportIds.replaceIds(
            "cause:violence only in 634f10f2c479980a; responsibility:admitted only in"
                + " 0b1e9d55aa01c3f7",
            IDS));
  }

  @Test
  void leavesOtherWordsAndLongerWordsAlone() {
    assertEquals("number: 12 vs 7", ExportIds.replaceIds("number: 12 vs 7", IDS));
    assertEquals(
        "x634f10f2c479980a and 634f10f2c479980a-b",
        ExportIds.replaceIds("x634f10f2c479980a and 634f10f2c479980a-b", IDS));
  }
}
