package org.dyad.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the shipped Phoenix and CAMEO dictionaries and checks entries the field relies on. */
class DictionariesTest {

  private static final Dictionaries D = Dictionaries.standard();

  @Test
  void actorFilesLoadWholly() {
    assertTrue(D.actors().recordCount() > 27_000, "records: " + D.actors().recordCount());
    assertTrue(D.actors().problems().size() < 10, D.actors().problems().toString());
    assertEquals("IGOUNO", D.actors().get("United Nations").codeOn(null));
    assertEquals("IGOWSTNAT", D.actors().get("NATO").codeOn(null));
    assertEquals("PSEREBHMS", D.actors().get("Hamas").codeOn(null));
    assertEquals("AFG", D.actors().get("Kabul").codeOn(null));
    assertEquals("RUSGOV", D.actors().get("Vladimir Putin").codeOn(LocalDate.of(2004, 6, 1)));
    assertEquals("IGOEUREEC", D.actors().get("the European Union").codeOn(null));
  }

  @Test
  void agentVerbAndDiscardFilesLoad() {
    assertEquals("COP", D.agents().get("police").code());
    assertEquals("COP", D.agents().get("policemen").code());
    assertEquals("GOV", D.agents().get("foreign ministry").code());
    assertEquals("EDU", D.agents().get("students").code());
    assertTrue(D.verbs().verbs().size() > 1_500);
    assertTrue(D.verbs().patternCount() > 4_000);
    Verb freeze = D.verbs().verbs("freeze").get(0);
    assertTrue(freeze.patterns().stream().anyMatch(p -> "163".equals(p.code())));
    assertNotNull(D.discards().find("a baseball game"));
  }

  @Test
  void officeHoldersSince2014DependOnTheDate() {
    assertEquals("UKRGOV", D.actors().get("Volodymyr Zelenskyy").codeOn(LocalDate.of(2022, 3, 1)));
    assertEquals("UKRELI", D.actors().get("Zelensky").codeOn(LocalDate.of(2018, 3, 1)));
    assertEquals("USAGOV", D.actors().get("Antony Blinken").codeOn(LocalDate.of(2023, 5, 2)));
    assertEquals("IGOUNO", D.actors().get("Antonio Guterres").codeOn(LocalDate.of(2024, 1, 1)));
    assertEquals("ISROPP", D.actors().get("Netanyahu").codeOn(LocalDate.of(2022, 1, 1)));
    assertEquals("ISRGOV", D.actors().get("Netanyahu").codeOn(LocalDate.of(2024, 1, 1)));
    assertEquals("ISRGOV", D.actors().get("Netanyahu").codeOn(LocalDate.of(2012, 1, 1)));
    assertEquals("AZEGOV", D.actors().get("Ilham Aliyev").codeOn(LocalDate.of(2024, 12, 30)));
    assertEquals("RUSGOV", D.actors().get("Putin").codeOn(LocalDate.of(2001, 1, 1)), "Phoenix's");
  }

  @Test
  void usersOverlayTheirOwnFiles(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("mine.actors.txt");
    Files.writeString(mine, "KINGDOM_OF_NOWHERE [NWH]\n+NOWHERE_LAND\n");
    Dictionaries d = D.withActors(mine);
    assertEquals("NWH", d.actors().get("Nowhere Land").codeOn(null));
    assertEquals("IGOUNO", d.actors().get("United Nations").codeOn(null));
  }

  @Test
  void gazetteerYamlAddsActorsAndAgents(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("extra.yaml");
    Files.writeString(
        yaml,
        """
        actors:
          - names: [Jane Doe, President Doe]
            codes: [NRLGOV 20210120-20250120, NRLELI]
        agents:
          - phrase: harbour guard
            code: ~MIL
        """);
    Dictionaries d = D.withYaml(yaml);
    assertEquals("NRLGOV", d.actors().get("President Doe").codeOn(LocalDate.of(2022, 1, 1)));
    assertEquals("NRLELI", d.actors().get("Jane Doe").codeOn(LocalDate.of(2026, 1, 1)));
    assertEquals("MIL", d.agents().get("harbour guards").code());
  }
}
