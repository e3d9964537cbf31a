package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  private static final Gazetteer GAZ = Gazetteer.load();

  private static String codes(String text) {
    return String.join(
        " ",
        GAZ.find(text).stream()
            .map(e -> e.type().name().charAt(0) + ":" + e.text() + "=" + e.normalized())
            .toList());
  }

  @Test
  void findsCountriesNationalitiesCapitalsAndMetonymsForAnyPair() {
    assertEquals(
        "C:India=IND N:Pakistani=PAK C:Islamabad=PAK",
        codes("India expelled Pakistani diplomats, Islamabad said."));
    assertEquals("C:the Kremlin=RUS C:official Baku=AZE", codes("the Kremlin and official Baku"));
    assertEquals("C:Beijing=CHN C:Taipei=TWN", codes("Beijing warned Taipei"));
    assertEquals("N:Israeli=ISR N:Iranian=IRN", codes("Israeli jets struck Iranian sites"));
  }

  @Test
  void respectsCapitalisationAndWordBoundaries() {
    assertEquals("", codes("let us go; a roast turkey; georgian"));
    assertEquals("C:US=USA C:Turkey=TUR", codes("the US and Turkey"));
  }

  @Test
  void matchesTheCountryWordInsideHyphenatedCompounds() {
    List<EntityMention> es =
        GAZ.find("Russian-Azerbaijani relations and anti-Azerbaijani rhetoric");
    assertEquals(3, es.size(), es.toString());
    assertEquals("Russian", es.get(0).text());
    assertEquals("AZE", es.get(2).normalized());
  }

  @Test
  void prefersTheLongestMatch() {
    assertEquals("C:Papua New Guinea=PNG", codes("Papua New Guinea"));
    assertEquals("C:People's Republic of China=CHN", codes("People's Republic of China"));
  }

  @Test
  void findsRoleTitlesWithTheirCameoRoles() {
    List<EntityMention> es =
        GAZ.find("Russian political scientist Vadim Petrov and the foreign ministry");
    assertTrue(
        es.stream().anyMatch(e -> e.type() == EntityType.TITLE && e.normalized().equals("EDU")),
        es.toString());
    assertTrue(
        es.stream()
            .anyMatch(e -> e.text().equals("foreign ministry") && e.normalized().equals("GOV")));
    assertEquals("LEG", GAZ.roleOf("MP").orElseThrow());
    assertEquals("AZE", GAZ.countryCode("Azeri").orElseThrow());
  }

  @Test
  void canBeExtendedWithAUserYamlFile(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("extra.yaml");
    Files.writeString(
        yaml,
        "countries:\n  - iso3: RUS\n    metonyms: [Old Square]\ntitles:\n  - phrase: ataman\n    role: MIL\n");
    Gazetteer g = Gazetteer.load(yaml);
    assertEquals("RUS", g.find("Old Square decided").get(0).normalized());
    assertEquals("MIL", g.roleOf("ataman").orElseThrow());
  }

  @Property(tries = 200)
  void spansAreInRangeOrderedAndNonOverlapping(@ForAll @StringLength(max = 200) String noise) {
    String text = noise + " Moscow and Kyiv; the Kremlin - Ukrainian " + noise;
    int previousEnd = 0;
    for (EntityMention e : GAZ.find(text)) {
      assertTrue(e.span().start() >= previousEnd);
      assertTrue(e.span().end() <= text.length());
      assertEquals(e.text(), e.span().of(text));
      previousEnd = e.span().end();
    }
  }
}
